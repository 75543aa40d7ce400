package fr.dui.server.synthetic;

import fr.dui.server.synthetic.OgPlan.EstablishmentPlan;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * One usager's whole record, according to where they stand: accompanied now (the full record), accompanied in the
 * past (identity, entourage, the finished séjour and what remains of it), or on the waiting list (identity, entourage,
 * application and registrations).
 */
final class UsagerGenerator {

    private final PersonGenerator persons;

    UsagerGenerator(InsRegistry insRegistry) {
        this.persons = new PersonGenerator(insRegistry);
    }

    List<Resource> generate(OgPlan og, EstablishmentPlan e, Staff staff, int u, RecordContext.Status status) {
        SyntheticRandom random = SyntheticRandom.of(og.seed(), e.index(), u);
        LocalDate today = og.referenceDate();
        double qualified = status == RecordContext.Status.WAITING ? 0.4 : e.category() == Category.IME ? 0.5 : 0.8;
        Person person = persons.person(og, e, u, random, qualified);
        int age = person.ageAt(today);
        LocalDate requested;
        LocalDate admitted = null;
        LocalDate entered = null;
        LocalDate left = null;
        int maxStayDays = Math.max(30, (age - e.category().minAge()) * 365 + 180);
        switch (status) {
            case CURRENT -> {
                entered = today.minusDays(Math.min(maxStayDays, stayDays(e.category(), random)));
                admitted = entered.minusDays(random.between(3, 20));
                requested = admitted.minusDays(random.between(20, 240));
            }
            case FORMER -> {
                left = today.minusDays(random.between(10, 700));
                entered = left.minusDays(Math.min(maxStayDays, Math.max(60, stayDays(e.category(), random))));
                admitted = entered.minusDays(random.between(3, 20));
                requested = admitted.minusDays(random.between(20, 240));
            }
            default -> requested = today.minusDays(random.between(5, 400));
        }
        RecordContext r = new RecordContext(og, e, staff, person, random, status, requested, admitted, entered, left);
        r.gir = e.category().aggir() ? AggirPatterns.gir(e.category(), random) : 6;
        Patient patient = r.add(persons.patient(og, person, entered != null ? entered : requested, random));
        EntourageGenerator.generate(r);
        String orientation = e.category().mdphOrientation()
                ? AdministrativeGenerator.orientation(r, requested.minusDays(random.between(15, 90)))
                : null;
        AdmissionGenerator.generate(r, orientation);
        if (status == RecordContext.Status.WAITING) {
            return r.resources();
        }
        StayGenerator.sejour(r);
        if (status == RecordContext.Status.FORMER) {
            died(r, patient);
        }
        AccompanimentGenerator.careTeam(r);
        if (e.category().aggir()) {
            AccompanimentGenerator.aggir(r);
        }
        AdministrativeGenerator.contract(r);
        if (status == RecordContext.Status.FORMER) {
            if (random.chance(0.5)) {
                AccompanimentGenerator.transmissions(r);
            }
            return r.resources();
        }
        AccompanimentGenerator.projet(r);
        AccompanimentGenerator.transmissions(r);
        CareGenerator.vitalSigns(r);
        CareGenerator.dluStates(r);
        CareGenerator.medications(r);
        CareGenerator.acts(r);
        StayGenerator.events(r);
        StayGenerator.presences(r);
        AdministrativeGenerator.benefits(r);
        AdministrativeGenerator.consents(r);
        AdministrativeGenerator.synthesis(r);
        AdministrativeGenerator.information(r);
        return r.resources();
    }

    /** Length of a stay: skewed, most short, some very long (EHPAD: median about two years). */
    static int stayDays(Category category, SyntheticRandom random) {
        double mean = switch (category) {
            case EHPAD -> 900;
            case RESIDENCE_AUTONOMIE -> 1500;
            case IME -> 1100;
            case MAS, ESAT -> 2400;
            case SSIAD -> 420;
            case SAAD -> 700;
        };
        int days = (int) Math.round(-mean * Math.log(1.0 - random.nextDouble()));
        return Math.max(15, Math.min(days, 12 * 365));
    }

    /** A séjour that ended with death: the Patient says so. */
    private static void died(RecordContext r, Patient patient) {
        r.resources().stream()
                .filter(res -> res instanceof Encounter enc && enc.getIdPart().equals(r.stayId()))
                .map(Encounter.class::cast)
                .filter(enc -> "deces"
                        .equals(enc.getHospitalization()
                                .getDischargeDisposition()
                                .getCodingFirstRep()
                                .getCode()))
                .findFirst()
                .ifPresent(enc -> patient.setDeceased(Fhir.dateTime(r.left, 4, 0)));
    }
}
