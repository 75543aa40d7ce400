package fr.dui.server.synthetic;

import fr.dui.server.synthetic.OgPlan.EstablishmentPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One usager's record being generated: who, where, the stay's dates, the resources made so far. Each part of the
 * record (entourage, stay, accompaniment, care, administration) reads it and adds its resources.
 */
final class RecordContext {

    /** Where the person stands with the establishment. */
    enum Status {
        /** Séjour in progress. */
        CURRENT,
        /** Séjour ended (discharge, death, transfer). */
        FORMER,
        /** On the waiting list, not admitted yet. */
        WAITING
    }

    final OgPlan og;
    final EstablishmentPlan establishment;
    final Staff staff;
    final Person person;
    final SyntheticRandom random;
    final Status status;
    /** Date the application was received. */
    final LocalDate requested;
    /** Admission decision (current and former) or null. */
    final LocalDate admitted;
    /** Entry date (current and former) or null. */
    final LocalDate entered;
    /** Exit date (former) or null. */
    final LocalDate left;

    private final List<Resource> resources = new ArrayList<>();
    Entourage entourage = Entourage.NONE;
    int gir;

    RecordContext(
            OgPlan og,
            EstablishmentPlan establishment,
            Staff staff,
            Person person,
            SyntheticRandom random,
            Status status,
            LocalDate requested,
            LocalDate admitted,
            LocalDate entered,
            LocalDate left) {
        this.og = og;
        this.establishment = establishment;
        this.staff = staff;
        this.person = person;
        this.random = random;
        this.status = status;
        this.requested = requested;
        this.admitted = admitted;
        this.entered = entered;
        this.left = left;
    }

    LocalDate today() {
        return og.referenceDate();
    }

    Category category() {
        return establishment.category();
    }

    int age() {
        return person.ageAt(today());
    }

    String key() {
        return og.ids().key();
    }

    /** Id of a resource of this record: {@code <usager id>-<what>}. */
    String id(String what) {
        return og.ids().of(establishment.index(), person.index(), what);
    }

    Reference patient() {
        return Fhir.ref("Patient", person.id());
    }

    Reference establishmentRef() {
        return Fhir.ref("Organization", establishment.id());
    }

    Reference role(Staff.Member member) {
        return Fhir.ref("PractitionerRole", member.roleId());
    }

    /** The séjour's id (current and former usagers). */
    String stayId() {
        return id("sejour");
    }

    /** TDDUI-style identifiers derived from the local one ({@code <local>-SEJOUR-1}). */
    String localId(String suffix) {
        return person.localId() + "-" + suffix;
    }

    /** The last day something can have happened in this record (exit date, or the reference date). */
    LocalDate lastDay() {
        return left != null ? left : today();
    }

    <T extends Resource> T add(T resource) {
        resources.add(resource);
        return resource;
    }

    List<Resource> resources() {
        return resources;
    }
}
