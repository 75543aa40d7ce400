package fr.dui.pro.soins;

import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * SOI-2: the vital signs of one measure, each an Observation of its FR Core profile (category vital-signs, LOINC,
 * UCUM), by the professional about the usager in context, all in one transaction (one round trip).
 */
@Component
class VitalSignsWriter {

    private final DuiFhir fhir;
    private final ProSettings settings;

    VitalSignsWriter(DuiFhir fhir, ProSettings settings) {
        this.fhir = fhir;
        this.settings = settings;
    }

    /** Stores them; returns how many Observations were written. */
    int write(SmartContext smart, LocalDateTime moment, Map<VitalSign, BigDecimal> values) {
        List<Observation> observations = observations(smart, moment, values);
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Observation o : observations) {
            transaction
                    .addEntry()
                    .setFullUrl("urn:uuid:" + UUID.randomUUID())
                    .setResource(o)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Observation");
        }
        fhir.client(smart).transaction().withBundle(transaction).execute();
        return observations.size();
    }

    List<Observation> observations(SmartContext smart, LocalDateTime moment, Map<VitalSign, BigDecimal> values) {
        List<Observation> observations = new ArrayList<>();
        if (values.containsKey(VitalSign.SYSTOLIQUE) && values.containsKey(VitalSign.DIASTOLIQUE)) {
            Observation bp = base(smart, moment, VitalSign.SYSTOLIQUE.profile());
            bp.setCode(new CodeableConcept(new Coding(
                    Systems.LOINC, VitalSign.BLOOD_PRESSURE, "Blood pressure panel with all children optional")));
            for (VitalSign part : List.of(VitalSign.SYSTOLIQUE, VitalSign.DIASTOLIQUE)) {
                bp.addComponent()
                        .setCode(new CodeableConcept(new Coding(Systems.LOINC, part.loinc(), null)))
                        .setValue(quantity(part, values.get(part)));
            }
            observations.add(bp);
        }
        for (VitalSign sign : VitalSign.singles()) {
            BigDecimal value = values.get(sign);
            if (value == null) {
                continue;
            }
            Observation o = base(smart, moment, sign.profile());
            CodeableConcept code = new CodeableConcept(new Coding(Systems.LOINC, sign.loinc(), null));
            if (sign == VitalSign.SATURATION) {
                code.addCoding(new Coding(Systems.LOINC, VitalSign.PULSE_OXIMETRY, null));
            }
            code.setText(sign.label());
            o.setCode(code);
            o.setValue(quantity(sign, value));
            observations.add(o);
        }
        return observations;
    }

    private Observation base(SmartContext smart, LocalDateTime moment, String profile) {
        Observation o = new Observation();
        o.getMeta().addProfile(profile);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory()
                .addCoding()
                .setSystem(Systems.HL7_OBSERVATION_CATEGORY)
                .setCode("vital-signs")
                .setDisplay("Vital Signs");
        o.setSubject(new Reference("Patient/" + smart.patient()));
        if (smart.encounter() != null && !smart.encounter().isBlank()) {
            o.setEncounter(new Reference("Encounter/" + Refs.id(smart.encounter())));
        }
        o.setEffective(new DateTimeType(
                Date.from(moment.atZone(settings.zone()).toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(settings.zone())));
        String me = Refs.relative(smart.fhirUser());
        if (me != null) {
            o.addPerformer(new Reference(me));
        }
        return o;
    }

    private static Quantity quantity(VitalSign sign, BigDecimal value) {
        return new Quantity()
                .setValue(value)
                .setUnit(sign.unit())
                .setSystem(Systems.UCUM)
                .setCode(sign.ucum());
    }
}
