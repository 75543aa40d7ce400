package fr.dui.pro.transmissions;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.smart.SmartContext;
import java.time.Clock;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/**
 * Records that the professional read some transmissions: reads them (one search), then stores one receipt each
 * ({@link ReadReceipts}) in one batch: two round trips whatever their number.
 */
@Component
class ReceiptWriter {

    private final DuiFhir fhir;
    private final Clock clock;

    ReceiptWriter(DuiFhir fhir, Clock clock) {
        this.fhir = fhir;
        this.clock = clock;
    }

    /** Returns how many receipts were stored. */
    int markRead(SmartContext smart, List<String> transmissionIds) {
        List<String> ids = transmissionIds.stream()
                .filter(id -> id.matches("[A-Za-z0-9\\-.]{1,64}"))
                .distinct()
                .limit(FeedReader.MAX)
                .toList();
        if (ids.isEmpty()) {
            return 0;
        }
        IGenericClient client = fhir.client(smart);
        Bundle found = client.search()
                .byUrl("Observation?_id=" + enc(String.join(",", ids)) + "&category="
                        + enc(Systems.OBSERVATION_CATEGORY + "|transmission") + "&_count=" + ids.size())
                .returnBundle(Bundle.class)
                .execute();
        String me = Refs.relative(smart.fhirUser());
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        for (Bundle.BundleEntryComponent entry : found.getEntry()) {
            if (entry.getResource() instanceof Observation transmission) {
                batch.addEntry()
                        .setResource(ReadReceipts.receipt(transmission, me, clock.instant()))
                        .getRequest()
                        .setMethod(Bundle.HTTPVerb.POST)
                        .setUrl("Communication");
            }
        }
        if (batch.getEntry().isEmpty()) {
            return 0;
        }
        Bundle answer = client.transaction().withBundle(batch).execute();
        BatchAnswer stored = new BatchAnswer(answer);
        int count = 0;
        for (int i = 0; i < answer.getEntry().size(); i++) {
            if (stored.answered(i)) {
                count++;
            } else {
                throw new ReceiptRefusedException(stored.refusal(i));
            }
        }
        return count;
    }
}
