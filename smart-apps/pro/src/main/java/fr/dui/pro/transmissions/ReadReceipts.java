package fr.dui.pro.transmissions;

import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * Who read which transmission, as FHIR data of the record: when a professional reads a transmission, the app stores
 * a {@code Communication} (profile dui-communication, category « information entre professionnels ») of that
 * transmission (payload = the Observation) from its author to the reader, with {@code received} = when it was read.
 * Per professional (a colleague's reading does not make it read for me), kept with the usager's record (so it is
 * covered by the habilitations, the audit trail and $everything), and searchable:
 * {@code Communication?recipient=<me>&category=…|information-professionnel}.
 */
public final class ReadReceipts {

    static final String TOPIC = "Lecture d'une transmission";

    private ReadReceipts() {}

    /** The receipt of {@code reader}'s reading of this transmission, now. */
    public static Communication receipt(Observation transmission, String reader, Instant now) {
        Communication receipt = new Communication();
        receipt.getMeta().addProfile(Systems.COMMUNICATION_PROFILE);
        receipt.setStatus(Communication.CommunicationStatus.COMPLETED);
        receipt.addCategory()
                .addCoding()
                .setSystem(Systems.COMMUNICATION_CATEGORY)
                .setCode("information-professionnel")
                .setDisplay("Information entre professionnels");
        receipt.setTopic(new CodeableConcept().setText(TOPIC));
        receipt.setSubject(new Reference(Refs.relative(transmission.getSubject())));
        if (transmission.hasEffectiveDateTimeType()) {
            receipt.setSent(transmission.getEffectiveDateTimeType().getValue());
        }
        receipt.setReceived(Date.from(now));
        receipt.setSender(new Reference(Refs.relative(transmission.getPerformerFirstRep())));
        receipt.addRecipient(new Reference(Refs.relative(reader)));
        receipt.addPayload()
                .setContent(new Reference(
                        "Observation/" + transmission.getIdElement().getIdPart()));
        return receipt;
    }

    /** The ids of the transmissions these receipts say were read. */
    public static Set<String> readIds(List<Communication> receipts) {
        return receipts.stream()
                .flatMap(c -> c.getPayload().stream())
                .filter(p -> p.hasContentReference())
                .map(p -> Refs.relative(p.getContentReference()))
                .filter(r -> r != null && r.startsWith("Observation/"))
                .map(Refs::id)
                .collect(Collectors.toSet());
    }

    /** Unread by {@code me}: written by someone else and without a receipt of mine. */
    public static boolean unread(Observation transmission, Set<String> readIds, String me) {
        boolean mine = transmission.getPerformer().stream()
                .anyMatch(p -> Refs.relative(me) != null && Refs.relative(me).equals(Refs.relative(p)));
        return !mine && !readIds.contains(transmission.getIdElement().getIdPart());
    }
}
