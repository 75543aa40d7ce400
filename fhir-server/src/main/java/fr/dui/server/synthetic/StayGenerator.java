package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.hl7.fhir.r4.model.StringType;

/**
 * The séjour (ACC-4), the events of the usager's agenda (COO-1, COO-4: interventions at home, workshops, medical
 * appointments, realised or cancelled) and presences and absences (an agenda of presence with its slots).
 */
final class StayGenerator {

    private StayGenerator() {}

    static void sejour(RecordContext r) {
        Encounter stay = profiled(new Encounter(), r.stayId(), "dui-sejour", r.key());
        stay.addExtension(
                Fhir.SD + "dui-temporalite-accueil",
                Fhir.dui(
                        "dui-temporalite-accueil",
                        r.category().temporalite(),
                        r.category().temporaliteLabel()));
        stay.addExtension(Fhir.SD + "dui-date-admission", Fhir.date(r.admitted));
        stay.addIdentifier().setSystem(Fhir.ID_SEJOUR).setValue(r.localId("SEJOUR-1"));
        stay.setClass_(Fhir.coding(Fhir.V3_ACT_CODE, "HH", null));
        stay.setSubject(r.patient());
        stay.setServiceProvider(r.establishmentRef());
        stay.getPeriod().setStartElement(Fhir.day(r.entered));
        String[] source = admitSource(r);
        stay.getHospitalization().setAdmitSource(Fhir.dui("dui-mode-entree", source[0], source[1]));
        if (r.status == RecordContext.Status.FORMER) {
            stay.setStatus(Encounter.EncounterStatus.FINISHED);
            stay.getPeriod().setEndElement(Fhir.day(r.left));
            String[] exit = dischargeDisposition(r);
            stay.getHospitalization().setDischargeDisposition(Fhir.dui("dui-mode-sortie", exit[0], exit[1]));
        } else {
            stay.setStatus(Encounter.EncounterStatus.INPROGRESS);
        }
        r.add(stay);
    }

    private static String[] admitSource(RecordContext r) {
        return switch (r.category().people()) {
            case PA ->
                r.random.chance(0.45)
                        ? new String[] {"hospitalisation", "Hospitalisation"}
                        : r.random.chance(0.6)
                                ? new String[] {"domicile-avec-aide", "Domicile avec aides"}
                                : new String[] {"domicile", "Domicile"};
            case ENF -> new String[] {"domicile", "Domicile"};
            case PH ->
                r.random.chance(0.3)
                        ? new String[] {"autre-essms", "Autre ESSMS"}
                        : new String[] {"domicile", "Domicile"};
        };
    }

    /** How a former usager left; EHPAD stays mostly end with death. */
    static String[] dischargeDisposition(RecordContext r) {
        if (r.category() == Category.EHPAD && r.random.chance(0.7)) {
            return new String[] {"deces", "Décès"};
        }
        return switch (r.category().people()) {
            case PA ->
                r.random.chance(0.5)
                        ? new String[] {"transfert-autre-essms", "Transfert vers un autre ESSMS"}
                        : new String[] {"hospitalisation-prolongee", "Hospitalisation prolongée"};
            case ENF -> new String[] {"transfert-autre-essms", "Transfert vers un autre ESSMS"};
            case PH ->
                r.random.chance(0.5)
                        ? new String[] {"demenagement", "Déménagement"}
                        : new String[] {"fin-de-prise-en-charge", "Fin de prise en charge"};
        };
    }

    /** Recent and coming events of a current usager. */
    static void events(RecordContext r) {
        Category c = r.category();
        int past = c.atHome() ? r.random.between(3, 6) : r.random.between(1, 3);
        int coming = r.random.between(1, 2);
        for (int i = 0; i < past + coming; i++) {
            boolean planned = i >= past;
            LocalDate day = planned
                    ? r.today().plusDays(1 + i - past + r.random.between(0, 3))
                    : r.today().minusDays((long) (past - i) * (c.atHome() ? 2 : 6) + r.random.between(0, 1));
            if (day.isBefore(r.entered)) {
                continue;
            }
            event(r, i + 1, day, planned);
        }
    }

    private static void event(RecordContext r, int n, LocalDate day, boolean planned) {
        Category c = r.category();
        Encounter event = profiled(new Encounter(), r.id("evt" + n), "dui-evenement", r.key());
        event.setClass_(Fhir.coding(Fhir.V3_ACT_CODE, "HH", null));
        Staff.Member who;
        int hour;
        int minutes;
        CodeableConcept type;
        if (c == Category.SSIAD) {
            who = r.staff
                    .oneOf(r.person.index() + n, ProfessionKeys.AIDE_SOIGNANT, ProfessionKeys.INFIRMIER)
                    .orElseThrow();
            type = Fhir.concept(Fhir.CISIS, "MED-1296", "Intervention d'un aide soignant");
            hour = 8;
            minutes = 45;
        } else if (c == Category.SAAD) {
            who = r.staff
                    .oneOf(r.person.index() + n, ProfessionKeys.AIDE_DOMICILE, ProfessionKeys.AES)
                    .orElseThrow();
            type = Fhir.dui("dui-type-evenement", "intervention-domicile", "Intervention à domicile");
            hour = 11;
            minutes = 90;
        } else if (c.people() == Category.Public.PA) {
            who = r.staff.oneOf(n, ProfessionKeys.ANIMATEUR, ProfessionKeys.AES).orElse(r.staff.any(n));
            type = n % 2 == 0
                    ? Fhir.dui("dui-type-evenement", "activite-collective", "Activité collective")
                    : Fhir.dui("dui-type-evenement", "visite-proches", "Visite de proches");
            hour = 15;
            minutes = 60;
        } else {
            who = r.staff
                    .oneOf(
                            r.person.index() + n,
                            ProfessionKeys.EDUCATEUR,
                            ProfessionKeys.EDUCATEUR_TECHNIQUE,
                            ProfessionKeys.MONITEUR_EDUCATEUR)
                    .orElse(r.staff.any(n));
            type = Fhir.dui("dui-type-evenement", "atelier", "Atelier");
            hour = 10;
            minutes = 90;
        }
        event.addType(type);
        event.setSubject(r.patient());
        event.setServiceProvider(r.establishmentRef());
        event.setPartOf(Fhir.ref("Encounter", r.stayId()));
        event.getPeriod()
                .setStartElement(Fhir.dateTime(day, hour, 0))
                .setEndElement(Fhir.dateTime(day.atTime(hour, 0).plusMinutes(minutes)));
        var participant = event.addParticipant().setIndividual(r.role(who));
        if (planned) {
            event.setStatus(Encounter.EncounterStatus.PLANNED);
        } else if (r.random.chance(0.08)) {
            event.setStatus(Encounter.EncounterStatus.CANCELLED);
            event.addExtension(
                    Fhir.SD + "dui-motif-annulation",
                    new StringType(
                            r.random.chance(0.5)
                                    ? French.civility(r.person.woman(), r.person.usualFamily()) + " était hospitalisé"
                                            + (r.person.woman() ? "e" : "")
                                    : "Professionnel absent, intervention reportée"));
        } else {
            event.setStatus(Encounter.EncounterStatus.FINISHED);
            boolean present = !r.random.chance(0.05);
            participant.addExtension(Fhir.SD + "dui-present", new BooleanType(true));
            event.addExtension(Fhir.SD + "dui-usager-present", new BooleanType(present));
        }
        r.add(event);
    }

    /**
     * Presences and absences: day services (IME, ESAT) record each day of the last week; everyone may have an
     * absence (hospital stay, holidays, a stay with the family).
     */
    static void presences(RecordContext r) {
        Category c = r.category();
        boolean daily = c == Category.IME || c == Category.ESAT;
        boolean absent = r.random.chance(0.3);
        if (!daily && !absent) {
            return;
        }
        Schedule agenda = profiled(new Schedule(), r.id("agenda"), "dui-agenda-usager", r.key());
        agenda.setActive(true);
        agenda.addActor(r.patient());
        agenda.getPlanningHorizon().setStartElement(Fhir.day(r.entered));
        r.add(agenda);
        int n = 0;
        if (daily) {
            for (int d = 7; d >= 1; d--) {
                LocalDate day = r.today().minusDays(d);
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY
                        || day.getDayOfWeek() == DayOfWeek.SUNDAY
                        || day.isBefore(r.entered)) {
                    continue;
                }
                boolean ill = r.random.chance(0.06);
                slot(
                        r,
                        ++n,
                        agenda,
                        day.atTime(9, 0),
                        day.atTime(16, 30),
                        ill ? new String[] {"maladie", "Maladie"} : null,
                        ill ? "Absent(e), malade (appel des parents)" : null);
            }
        }
        if (absent) {
            String[] reason = switch (c.people()) {
                case PA ->
                    r.random.chance(0.7)
                            ? new String[] {"hospitalisation", "Hospitalisation"}
                            : new String[] {"sejour-famille", "Séjour en famille"};
                case ENF -> new String[] {"vacances", "Vacances"};
                case PH -> new String[] {"sejour-famille", "Séjour en famille"};
            };
            LocalDate start = r.today().minusDays(r.random.between(10, 60));
            if (!start.isBefore(r.entered)) {
                String comment = "hospitalisation".equals(reason[0])
                        ? "Hospitalisé(e) pour une "
                                + r.random.pick(List.of(
                                        "pneumopathie",
                                        "fracture du poignet",
                                        "décompensation cardiaque",
                                        "déshydratation"))
                        : "Séjour prévu avec la famille";
                slot(
                        r,
                        ++n,
                        agenda,
                        start.atTime(18, 0),
                        start.plusDays(r.random.between(3, 12)).atTime(12, 0),
                        reason,
                        comment);
            }
        }
    }

    private static void slot(
            RecordContext r,
            int n,
            Schedule agenda,
            LocalDateTime start,
            LocalDateTime end,
            String[] absenceReason,
            String comment) {
        Slot slot = profiled(new Slot(), r.id("pres" + n), "dui-presence-absence", r.key());
        slot.setSchedule(Fhir.ref(agenda));
        if (absenceReason == null) {
            slot.addServiceType(Fhir.dui("dui-type-presence", "presence", "Présence"));
            slot.setStatus(Slot.SlotStatus.BUSY);
        } else {
            slot.addServiceType(Fhir.dui("dui-type-presence", "absence", "Absence"));
            slot.setStatus(Slot.SlotStatus.BUSYUNAVAILABLE);
            slot.addExtension(
                    Fhir.SD + "dui-motif-absence", Fhir.dui("dui-motif-absence", absenceReason[0], absenceReason[1]));
        }
        slot.setStartElement(new InstantType(Fhir.dateTime(start).getValueAsString()));
        slot.setEndElement(new InstantType(Fhir.dateTime(end).getValueAsString()));
        if (comment != null) {
            slot.setComment(French.agree(comment, r.person.woman()));
        }
        r.add(slot);
    }
}
