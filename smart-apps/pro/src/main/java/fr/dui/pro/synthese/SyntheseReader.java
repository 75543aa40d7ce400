package fr.dui.pro.synthese;

import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import java.time.Clock;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;

/** Reads a usager's fiche de synthèse from the DUI in one batch request. */
@Component
class SyntheseReader {

    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ProSettings settings;
    private final Clock clock;

    SyntheseReader(DuiFhir fhir, DroitsReader droits, ProSettings settings, Clock clock) {
        this.fhir = fhir;
        this.droits = droits;
        this.settings = settings;
        this.clock = clock;
    }

    Synthese read(SmartContext smart, String patientId) {
        String me = Refs.relative(smart.fhirUser());
        SyntheseQuery query = new SyntheseQuery(patientId, me == null ? "" : me);
        Bundle answer =
                fhir.client(smart).transaction().withBundle(query.batch()).execute();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        BatchAnswer batch = new BatchAnswer(answer);
        droits.lire(batch, query.droits);
        return new SyntheseAssembler(batch, query, settings.zone(), today).assemble(patientId, me);
    }
}
