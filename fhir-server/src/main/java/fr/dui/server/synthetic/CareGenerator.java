package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;

/**
 * Care (SOI): vital signs as FR Core defines them (weight each month, blood pressure and pulse every other week,
 * around the person's own baselines), DLU states, long-term prescriptions validated by the pharmacist, their
 * administrations (given, sometimes refused) and dispensing, and nursing acts at home.
 */
final class CareGenerator {

    private static final String VITAL_SIGNS = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String[][] DLU_STATES = {
        {"desorientation", "Désorientation", "Désorientation temporelle, surtout en fin de journée."},
        {"troubles-memoire", "Troubles de la mémoire", "Oublis des faits récents, reconnaît ses proches."},
        {"chutes-repetees", "Chutes répétées", "Trois chutes sur les six derniers mois."},
        {"risque-escarre", "Risque d'escarre", "Score de Braden à 13 : matelas à air mis en place."},
        {"troubles-deglutition", "Troubles de la déglutition", "Eau gélifiée et textures mixées."},
        {"incontinence", "Incontinence", "Protections la nuit."},
        {"appareillage-dentaire", "Appareillage dentaire", "Prothèse complète du haut."},
        {"troubles-audition", "Troubles de l'audition", "Appareillé(e) des deux oreilles."}
    };

    private CareGenerator() {}

    static void vitalSigns(RecordContext r) {
        Category c = r.category();
        boolean child = c.people() == Category.Public.ENF;
        if (!c.medicalised() && !child) {
            return;
        }
        Staff.Member nurse = r.staff
                .oneOf(r.person.index(), ProfessionKeys.INFIRMIER, ProfessionKeys.AIDE_SOIGNANT)
                .orElse(r.staff.any(r.person.index()));
        VitalSignPatterns.Baseline baseline = VitalSignPatterns.baseline(r.person.woman(), r.age(), r.gir, r.random);
        int weights = child ? 2 : c == Category.SSIAD ? 2 : 6;
        int monthsBetween = child ? 3 : 1;
        for (int i = 0; i < weights; i++) {
            int monthsAgo = (weights - 1 - i) * monthsBetween;
            LocalDate day = r.lastDay().minusMonths(monthsAgo).minusDays(r.random.between(0, 4));
            if (day.isBefore(r.entered)) {
                continue;
            }
            double kg = VitalSignPatterns.weight(baseline, i * monthsBetween, r.random);
            Observation weight = vital(
                    r, "poids" + (i + 1), "fr-core-observation-body-weight", "29463-7", "Body weight", day, 7, nurse);
            weight.setValue(new Quantity()
                    .setValue(kg)
                    .setUnit("kg")
                    .setSystem(Fhir.UCUM)
                    .setCode("kg"));
            r.add(weight);
        }
        if (child) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            LocalDate day = r.lastDay().minusDays((2 - i) * 14L + r.random.between(0, 2));
            if (day.isBefore(r.entered)) {
                continue;
            }
            VitalSignPatterns.BloodPressure bp = VitalSignPatterns.bloodPressure(baseline, r.random);
            Observation pressure = vital(
                    r,
                    "ta" + (i + 1),
                    "fr-core-observation-bp",
                    "85354-9",
                    "Blood pressure panel with all children optional",
                    day,
                    8,
                    nurse);
            pressure.addComponent()
                    .setCode(Fhir.concept(Fhir.LOINC, "8480-6", null))
                    .setValue(mmHg(bp.systolic()));
            pressure.addComponent()
                    .setCode(Fhir.concept(Fhir.LOINC, "8462-4", null))
                    .setValue(mmHg(bp.diastolic()));
            r.add(pressure);
            Observation pulse =
                    vital(r, "fc" + (i + 1), "fr-core-observation-heartrate", "8867-4", "Heart rate", day, 8, nurse);
            pulse.setValue(new Quantity()
                    .setValue(VitalSignPatterns.heartRate(baseline, r.random))
                    .setUnit("/min")
                    .setSystem(Fhir.UCUM)
                    .setCode("/min"));
            r.add(pulse);
        }
    }

    private static Observation vital(
            RecordContext r,
            String what,
            String profile,
            String loinc,
            String display,
            LocalDate day,
            int hour,
            Staff.Member nurse) {
        Observation o =
                profiled(new Observation(), r.id(what), Fhir.FR_CORE + "StructureDefinition/" + profile, r.key());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(Fhir.concept(VITAL_SIGNS, "vital-signs", null));
        o.setCode(Fhir.concept(Fhir.LOINC, loinc, display));
        o.setSubject(r.patient());
        o.setEffective(Fhir.dateTime(day, hour, r.random.between(0, 5) * 10));
        o.addPerformer(r.role(nurse));
        return o;
    }

    private static Quantity mmHg(int value) {
        return new Quantity()
                .setValue(value)
                .setUnit("mmHg")
                .setSystem(Fhir.UCUM)
                .setCode("mm[Hg]");
    }

    /** States of the DLU the doctor recorded (EHPAD residents and MAS residents, one to three each). */
    static void dluStates(RecordContext r) {
        if (r.category() != Category.EHPAD && r.category() != Category.MAS) {
            return;
        }
        var doctor = r.staff.first(ProfessionKeys.MEDECIN);
        if (doctor.isEmpty()) {
            return;
        }
        int count = r.gir <= 2 ? r.random.between(2, 3) : r.random.between(0, 2);
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            int i = r.random.between(0, DLU_STATES.length - 1);
            if (!chosen.contains(i)) {
                chosen.add(i);
            }
        }
        for (int i : chosen) {
            String[] state = DLU_STATES[i];
            Observation o = profiled(new Observation(), r.id("dlu-" + state[0]), "dui-observation-medicale", r.key());
            o.setStatus(Observation.ObservationStatus.FINAL);
            o.addCategory(Fhir.dui("dui-categorie-observation", "observation-medicale", null));
            o.setCode(Fhir.dui("dui-etat-patient-dlu", state[0], state[1]));
            o.setSubject(r.patient());
            o.setEffective(Fhir.day(r.entered.plusDays(15)));
            o.addPerformer(r.role(doctor.get()));
            o.setValue(new BooleanType(true));
            o.addNote().setText(French.agree(state[2], r.person.woman()));
            r.add(o);
        }
    }

    /**
     * Long-term treatments where the establishment has a doctor: prescriptions (validated by the pharmacist, the
     * most recent one still to validate), their dispensing, and the administrations of the last two days.
     */
    static void medications(RecordContext r) {
        var doctor = r.staff.first(ProfessionKeys.MEDECIN);
        if (doctor.isEmpty() || r.status != RecordContext.Status.CURRENT) {
            return;
        }
        var pharmacist = r.staff.first(ProfessionKeys.PHARMACIEN);
        Staff.Member nurse =
                r.staff.oneOf(r.person.index(), ProfessionKeys.INFIRMIER).orElse(doctor.get());
        List<CareTexts.Medication> catalogue =
                new ArrayList<>(CareTexts.get().medications(r.category().people()));
        int count = r.random.between(2, 4);
        for (int i = 0; i < count && !catalogue.isEmpty(); i++) {
            CareTexts.Medication med = catalogue.remove(r.random.between(0, catalogue.size() - 1));
            boolean recent = i == count - 1 && r.random.chance(0.3);
            LocalDate written =
                    recent ? r.today().minusDays(r.random.between(0, 2)) : r.entered.plusDays(r.random.between(1, 20));
            MedicationRequest rx = profiled(new MedicationRequest(), r.id("rx" + (i + 1)), "dui-prescription", r.key());
            rx.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
            rx.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
            rx.setMedication(new CodeableConcept().setText(med.label()));
            rx.setSubject(r.patient());
            rx.setAuthoredOnElement(Fhir.day(written));
            rx.setRequester(r.role(doctor.get()));
            rx.addDosageInstruction().setText(med.dosage());
            var validation = rx.addExtension().setUrl(Fhir.SD + "dui-validation-pharmaceutique");
            boolean validated = !recent && pharmacist.isPresent();
            if (validated) {
                boolean reserve = r.random.chance(0.05);
                validation.addExtension(
                        "statut",
                        reserve
                                ? Fhir.dui(
                                        "dui-statut-validation-pharmaceutique",
                                        "validee-avec-reserve",
                                        "Validée avec réserve")
                                : Fhir.dui("dui-statut-validation-pharmaceutique", "validee", "Validée"));
                validation.addExtension("pharmacien", r.role(pharmacist.get()));
                validation.addExtension("date", Fhir.dateTime(written, 17, 0));
                if (reserve) {
                    validation.addExtension(
                            "commentaire", new StringType("Surveiller la fonction rénale (clairance à contrôler)."));
                }
            } else {
                validation.addExtension(
                        "statut", Fhir.dui("dui-statut-validation-pharmaceutique", "a-valider", "À valider"));
            }
            r.add(rx);
            if (!validated) {
                continue;
            }
            MedicationDispense dispense =
                    profiled(new MedicationDispense(), r.id("disp" + (i + 1)), "dui-dispensation", r.key());
            dispense.setStatus(MedicationDispense.MedicationDispenseStatus.COMPLETED);
            dispense.setMedication(new CodeableConcept().setText(med.label()));
            dispense.setSubject(r.patient());
            dispense.addPerformer().setActor(r.role(pharmacist.get()));
            dispense.addAuthorizingPrescription(Fhir.ref(rx));
            dispense.setQuantity(new Quantity()
                    .setValue(28L * med.perDay())
                    .setUnit("unité(s)")
                    .setSystem(Fhir.UCUM)
                    .setCode("{unit}"));
            dispense.setWhenHandedOverElement(Fhir.dateTime(r.today().minusDays(r.random.between(3, 20)), 10, 0));
            r.add(dispense);
            if (med.label().startsWith("Paracétamol") || med.label().contains("ampoule")) {
                continue;
            }
            int[] hours =
                    med.perDay() == 1 ? new int[] {8} : med.perDay() == 2 ? new int[] {8, 19} : new int[] {8, 12, 19};
            int n = 0;
            for (int day = 2; day >= 1; day--) {
                for (int hour : hours) {
                    n++;
                    administration(r, i + 1, n, rx, med, r.today().minusDays(day), hour, nurse);
                }
            }
        }
    }

    private static void administration(
            RecordContext r,
            int rxNumber,
            int n,
            MedicationRequest rx,
            CareTexts.Medication med,
            LocalDate day,
            int hour,
            Staff.Member nurse) {
        MedicationAdministration given = profiled(
                new MedicationAdministration(), r.id("adm" + rxNumber + "-" + n), "dui-administration", r.key());
        double draw = r.random.nextDouble();
        if (draw < 0.05) {
            given.setStatus(MedicationAdministration.MedicationAdministrationStatus.NOTDONE);
            given.addStatusReason(
                    draw < 0.035
                            ? Fhir.dui("dui-motif-non-administration", "refus-usager", "Refus de l'usager")
                            : Fhir.dui("dui-motif-non-administration", "usager-absent", "Usager absent"));
        } else {
            given.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
        }
        given.setMedication(new CodeableConcept().setText(med.label()));
        given.setSubject(r.patient());
        given.setEffective(Fhir.dateTime(day, hour, r.random.between(0, 3) * 10));
        given.addPerformer().setActor(r.role(nurse));
        given.setRequest(Fhir.ref(rx));
        r.add(given);
    }

    /** Nursing acts of the SSIAD and the occasional dressing in an EHPAD (SOI-1). */
    static void acts(RecordContext r) {
        int count = r.category() == Category.SSIAD
                ? r.random.between(2, 4)
                : r.category() == Category.EHPAD && r.random.chance(0.2) ? 1 : 0;
        String[] acts = {
            "Toilette complète au lit et prévention d'escarre",
            "Pansement d'une plaie de jambe",
            "Surveillance de la glycémie capillaire",
            "Pose de bas de contention"
        };
        for (int i = 0; i < count; i++) {
            Staff.Member who = r.staff
                    .oneOf(r.person.index() + i, ProfessionKeys.INFIRMIER, ProfessionKeys.AIDE_SOIGNANT)
                    .orElse(r.staff.any(i));
            LocalDate day = r.lastDay().minusDays(1L + i * 2L);
            if (day.isBefore(r.entered)) {
                continue;
            }
            Procedure act = profiled(new Procedure(), r.id("acte" + (i + 1)), "dui-acte", r.key());
            act.setStatus(Procedure.ProcedureStatus.COMPLETED);
            act.getCode().setText(acts[r.category() == Category.SSIAD ? i % acts.length : 1]);
            act.setSubject(r.patient());
            act.setEncounter(Fhir.ref("Encounter", r.stayId()));
            act.setPerformed(Fhir.dateTime(day, 9, r.random.between(0, 5) * 10));
            act.addPerformer().setActor(r.role(who));
            r.add(act);
        }
    }
}
