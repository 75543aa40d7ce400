package fr.dui.pro.transmissions;

import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import java.util.Date;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

/**
 * Writes a targeted transmission as the guide models it (profile dui-transmission): an Observation of category
 * « transmission » whose code is the target, with the données, actions and résultats as components, written by the
 * professional about the usager in context (and the séjour in context, if any).
 */
@Component
class TransmissionWriter {

    private final DuiFhir fhir;
    private final TargetCatalogue targets;
    private final ProSettings settings;

    TransmissionWriter(DuiFhir fhir, TargetCatalogue targets, ProSettings settings) {
        this.fhir = fhir;
        this.targets = targets;
        this.settings = settings;
    }

    /** Stores it; returns the new transmission's id. */
    String write(SmartContext smart, TransmissionForm form) {
        Observation transmission = new Observation();
        transmission.getMeta().addProfile(Systems.TRANSMISSION_PROFILE);
        transmission.setStatus(Observation.ObservationStatus.FINAL);
        transmission
                .addCategory()
                .addCoding()
                .setSystem(Systems.OBSERVATION_CATEGORY)
                .setCode("transmission");
        transmission
                .getCode()
                .addCoding()
                .setSystem(Systems.TRANSMISSION_TARGET)
                .setCode(form.getCible())
                .setDisplay(targets.display(smart, form.getCible()));
        transmission.setSubject(new Reference("Patient/" + smart.patient()));
        if (smart.encounter() != null && !smart.encounter().isBlank()) {
            transmission.setEncounter(new Reference("Encounter/" + Refs.id(smart.encounter())));
        }
        transmission.setEffective(new DateTimeType(
                Date.from(form.getMoment().atZone(settings.zone()).toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                java.util.TimeZone.getTimeZone(settings.zone())));
        transmission.addPerformer(new Reference(Refs.relative(smart.fhirUser())));
        component(transmission, Components.DONNEES, form.getDonnees());
        component(transmission, Components.ACTIONS, form.getActions());
        component(transmission, Components.RESULTATS, form.getResultats());
        return fhir.client(smart)
                .create()
                .resource(transmission)
                .execute()
                .getId()
                .getIdPart();
    }

    private static void component(Observation transmission, String code, String text) {
        if (text != null && !text.isBlank()) {
            Observation.ObservationComponentComponent component = transmission.addComponent();
            component.getCode().addCoding().setSystem(Systems.OBSERVATION_CODE).setCode(code);
            component.setValue(new StringType(text.strip()));
        }
    }
}
