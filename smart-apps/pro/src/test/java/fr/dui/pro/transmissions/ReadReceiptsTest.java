package fr.dui.pro.transmissions;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.pro.fhir.Systems;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class ReadReceiptsTest {

    private static Observation transmission(String id, String author) {
        Observation t = new Observation();
        t.setId("Observation/" + id);
        t.setSubject(new Reference("Patient/usager-jeanne-dupont"));
        t.setEffective(new DateTimeType("2026-11-28T07:30:00+01:00"));
        t.addPerformer(new Reference(author));
        return t;
    }

    @Test
    void aReceiptIsACommunicationOfTheTransmissionFromItsAuthorToTheReader() {
        Instant now = Instant.parse("2026-11-28T09:00:00Z");
        Communication receipt = ReadReceipts.receipt(
                transmission("t1", "PractitionerRole/role-ide-bernard-ehpad"),
                "http://localhost:8080/fhir/PractitionerRole/role-as-benali-ehpad",
                now);

        assertThat(receipt.getMeta().getProfile().get(0).getValue()).isEqualTo(Systems.COMMUNICATION_PROFILE);
        assertThat(receipt.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("information-professionnel");
        assertThat(receipt.getSubject().getReference()).isEqualTo("Patient/usager-jeanne-dupont");
        assertThat(receipt.getSender().getReference()).isEqualTo("PractitionerRole/role-ide-bernard-ehpad");
        assertThat(receipt.getRecipientFirstRep().getReference()).isEqualTo("PractitionerRole/role-as-benali-ehpad");
        assertThat(receipt.getPayloadFirstRep().getContentReference().getReference())
                .isEqualTo("Observation/t1");
        assertThat(receipt.getReceived().toInstant()).isEqualTo(now);
        assertThat(ReadReceipts.readIds(List.of(receipt))).containsExactly("t1");
    }

    @Test
    void unreadMeansWrittenBySomeoneElseAndWithoutMyReceipt() {
        String me = "PractitionerRole/role-as-benali-ehpad";
        Observation colleagues = transmission("t1", "PractitionerRole/role-ide-bernard-ehpad");
        Observation mine = transmission("t2", me);

        assertThat(ReadReceipts.unread(colleagues, Set.of(), me)).isTrue();
        assertThat(ReadReceipts.unread(colleagues, Set.of("t1"), me)).isFalse();
        assertThat(ReadReceipts.unread(mine, Set.of(), me)).isFalse();
    }
}
