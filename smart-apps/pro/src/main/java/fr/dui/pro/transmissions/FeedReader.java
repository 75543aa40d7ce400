package fr.dui.pro.transmissions;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.smart.SmartContext;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * The team feed of a shift in one round trip: a batch of the shift's transmissions (with the usagers and authors
 * they name), of the professional's read receipts since the shift began and of their rights (on the usager in context,
 * else in general). The DUI narrows the first search to the usagers the professional accompanies.
 */
@Component
class FeedReader {

    static final int MAX = 200;
    private static final DateTimeFormatter FHIR_DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm");

    private final DuiFhir fhir;
    private final DroitsReader droits;

    FeedReader(DuiFhir fhir, DroitsReader droits) {
        this.fhir = fhir;
        this.droits = droits;
    }

    Feed read(SmartContext smart, Shift.Window window) {
        String me = Refs.relative(smart.fhirUser());
        BatchBuilder batch = new BatchBuilder();
        int transmissions = batch.get("Observation?category=" + enc(Systems.OBSERVATION_CATEGORY + "|transmission")
                + "&date=ge" + enc(FHIR_DATE.format(window.start().withNano(0))) + "&date=lt"
                + enc(FHIR_DATE.format(window.end().withNano(0))) + "&_sort=-date&_count=" + MAX
                + "&_include=Observation:subject&_include=Observation:performer"
                + "&_include:iterate=PractitionerRole:practitioner");
        int receipts = batch.get("Communication?recipient=" + enc(me == null ? "" : me) + "&category="
                + enc(Systems.COMMUNICATION_CATEGORY + "|information-professionnel") + "&received=ge"
                + enc(FHIR_DATE.format(window.start().withNano(0))) + "&_count=1000");
        int rights = droits.demander(batch, smart);
        Bundle response =
                fhir.client(smart).transaction().withBundle(batch.build()).execute();
        BatchAnswer answer = new BatchAnswer(response);
        droits.lire(answer, rights);
        if (!answer.answered(transmissions)) {
            throw new FeedRefusedException(answer.refusal(transmissions));
        }
        Set<String> read = ReadReceipts.readIds(answer.matches(receipts, Communication.class));
        List<Feed.Item> items = answer.matches(transmissions, Observation.class).stream()
                .map(t -> item(t, answer, read, me, window))
                .sorted(Comparator.comparing((Feed.Item i) -> !i.nonLue()))
                .toList();
        return new Feed(window, items, items.stream().filter(Feed.Item::nonLue).count());
    }

    private static Feed.Item item(Observation t, BatchAnswer answer, Set<String> read, String me, Shift.Window window) {
        String usager = answer.resolve(t.getSubject(), Patient.class)
                .map(p -> Texts.name(p.getName()))
                .orElse(Refs.relative(t.getSubject()));
        Reference author = t.getPerformerFirstRep();
        String auteur = answer.resolve(author, PractitionerRole.class)
                .map(r -> answer.resolve(r.getPractitioner(), Practitioner.class)
                                .map(p -> Texts.name(p.getName()))
                                .orElse("")
                        + (r.hasCode() ? " (" + Texts.of(r.getCodeFirstRep()) + ")" : ""))
                .or(() -> answer.resolve(author, Practitioner.class).map(p -> Texts.name(p.getName())))
                .orElse(Refs.relative(author));
        ZonedDateTime when = t.hasEffectiveDateTimeType()
                ? t.getEffectiveDateTimeType().getValue().toInstant().atZone(window.zone())
                : null;
        boolean mine = me != null && me.equals(Refs.relative(author));
        return new Feed.Item(
                t.getIdElement().getIdPart(),
                usager,
                Texts.of(t.getCode()),
                Components.text(t, Components.DONNEES),
                Components.text(t, Components.ACTIONS),
                Components.text(t, Components.RESULTATS),
                auteur.trim(),
                when == null ? "" : HOUR.format(when),
                ReadReceipts.unread(t, read, me),
                mine);
    }
}
