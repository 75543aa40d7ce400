package fr.dui.pro.synthese;

import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.transmissions.Components;
import fr.dui.pro.transmissions.ReadReceipts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Task;

/** Turns the DUI's answer to the {@link SyntheseQuery} into the fiche, part by part. */
final class SyntheseAssembler {

    /** A benefit ending within this many days is announced. */
    static final int EXPIRY_NOTICE_DAYS = 90;

    private final BatchAnswer answer;
    private final SyntheseQuery query;
    private final ZoneId zone;
    private final LocalDate today;

    SyntheseAssembler(BatchAnswer answer, SyntheseQuery query, ZoneId zone, LocalDate today) {
        this.answer = answer;
        this.query = query;
        this.zone = zone;
        this.today = today;
    }

    Synthese assemble(String patientId, String me) {
        Patient patient = answer.read(query.usager, Patient.class)
                .orElseThrow(() -> new UsagerRefusedException(answer.refusal(query.usager)));
        Set<String> read = ReadReceipts.readIds(answer.matches(query.lectures, Communication.class));
        List<Observation> transmissions = answer.matches(query.transmissions, Observation.class);
        long unread = transmissions.stream()
                .filter(t -> ReadReceipts.unread(t, read, me))
                .count();
        Synthese.Part<Synthese.Projet> projet = part(query.projet, CarePlan.class, this::projet);
        return new Synthese(
                patientId,
                Identites.of(patient, today, zone),
                part(
                        query.entourage,
                        RelatedPerson.class,
                        l -> l.stream().map(this::proche).toList()),
                part(query.equipe, CareTeam.class, this::equipe),
                part(query.sejour, Encounter.class, this::sejour),
                part(query.gir, Observation.class, this::gir),
                projet,
                alertes(projet, unread),
                part(query.constantes, Observation.class, l -> VitalSigns.of(l, zone)),
                part(
                        query.medical,
                        Observation.class,
                        l -> l.stream().map(this::observationMedicale).toList()),
                part(
                        query.transmissions,
                        Observation.class,
                        l -> l.stream()
                                .limit(5)
                                .map(t -> new Synthese.TransmissionBreve(
                                        Texts.of(t.getCode()),
                                        Components.summary(t, 140),
                                        t.hasEffectiveDateTimeType()
                                                ? Texts.dayTime(
                                                        t.getEffectiveDateTimeType()
                                                                .getValue(),
                                                        zone)
                                                : "",
                                        ReadReceipts.unread(t, read, me)))
                                .toList()));
    }

    private <R extends org.hl7.fhir.r4.model.Resource, T> Synthese.Part<T> part(
            int index, Class<R> type, Function<List<R>, T> mapper) {
        if (!answer.answered(index)) {
            return Synthese.Part.refused(answer.refusal(index));
        }
        return Synthese.Part.of(mapper.apply(answer.matches(index, type)));
    }

    private Synthese.Proche proche(RelatedPerson person) {
        List<String> roles = new ArrayList<>();
        boolean trusted = false;
        for (CodeableConcept relationship : person.getRelationship()) {
            roles.add(Texts.of(relationship));
            trusted |= relationship.getCoding().stream()
                    .anyMatch(c -> Systems.ENTOURAGE_ROLE.equals(c.getSystem()) && "NOK".equals(c.getCode()));
        }
        String phone = person.getTelecom().stream()
                .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .map(ContactPoint::getValue)
                .findFirst()
                .orElse(null);
        return new Synthese.Proche(Texts.name(person.getName()), roles, trusted, phone);
    }

    private List<Synthese.Intervenant> equipe(List<CareTeam> teams) {
        List<Synthese.Intervenant> members = new ArrayList<>();
        for (CareTeam team : teams) {
            for (CareTeam.CareTeamParticipantComponent participant : team.getParticipant()) {
                members.add(intervenant(participant.getMember(), participant.getRoleFirstRep()));
            }
        }
        return members;
    }

    private Synthese.Intervenant intervenant(Reference member, CodeableConcept teamRole) {
        PractitionerRole role = answer.resolve(member, PractitionerRole.class).orElse(null);
        if (role != null) {
            String name = answer.resolve(role.getPractitioner(), Practitioner.class)
                    .map(p -> Texts.name(p.getName()))
                    .orElse(role.getPractitioner().getDisplay());
            return new Synthese.Intervenant(name, Texts.of(role.getCodeFirstRep()));
        }
        String name = answer.resolve(member, Practitioner.class)
                .map(p -> Texts.name(p.getName()))
                .orElse(member.hasDisplay() ? member.getDisplay() : Refs.relative(member));
        return new Synthese.Intervenant(name, Texts.of(teamRole));
    }

    private Synthese.Sejour sejour(List<Encounter> encounters) {
        if (encounters.isEmpty()) {
            return null;
        }
        Encounter e = encounters.get(0);
        String establishment = answer.resolve(e.getServiceProvider(), Organization.class)
                .map(Organization::getName)
                .orElse(e.getServiceProvider().getDisplay());
        Extension admission = e.getExtensionByUrl(Systems.ADMISSION_DATE);
        Extension kind = e.getExtensionByUrl(Systems.RECEPTION_KIND);
        return new Synthese.Sejour(
                establishment,
                e.getPeriod().hasStart() ? Texts.day(e.getPeriod().getStart(), zone) : "",
                admission != null && admission.getValue() instanceof DateType d ? Texts.day(d.getValue(), zone) : "",
                kind != null && kind.getValue() instanceof CodeableConcept c ? Texts.of(c) : "",
                Texts.of(e.getHospitalization().getAdmitSource()));
    }

    private Synthese.Gir gir(List<Observation> girs) {
        if (girs.isEmpty()) {
            return null;
        }
        Observation gir = girs.get(0);
        String level = Texts.of(gir.getValueCodeableConcept()).replace('-', ' ');
        String author = answer.resolve(gir.getPerformerFirstRep(), PractitionerRole.class)
                .flatMap(r -> answer.resolve(r.getPractitioner(), Practitioner.class))
                .map(p -> Texts.name(p.getName()))
                .orElse("");
        return new Synthese.Gir(
                level,
                gir.hasEffectiveDateTimeType()
                        ? Texts.day(gir.getEffectiveDateTimeType().getValue(), zone)
                        : "",
                author);
    }

    private Synthese.Projet projet(List<CarePlan> plans) {
        if (plans.isEmpty()) {
            return null;
        }
        CarePlan plan = plans.get(0);
        List<String> attentes = new ArrayList<>();
        List<String> objectifs = new ArrayList<>();
        for (Reference ref : plan.getGoal()) {
            answer.resolve(ref, Goal.class).ifPresent(goal -> {
                boolean expectation = goal.getMeta().getProfile().stream()
                        .anyMatch(p -> Systems.ATTENTE_PROFILE.equals(p.getValue()));
                (expectation ? attentes : objectifs).add(Texts.of(goal.getDescription()));
            });
        }
        List<String> actions = plan.getActivity().stream()
                .map(a -> answer.resolve(a.getReference(), Task.class)
                        .map(Task::getDescription)
                        .orElse(null))
                .filter(d -> d != null && !d.isBlank())
                .toList();
        Extension revision = plan.getExtensionByUrl(Systems.REVISION_DATE);
        LocalDate revisionDate = revision != null && revision.getValue() instanceof DateType d
                ? d.getValue().toInstant().atZone(zone).toLocalDate()
                : null;
        return new Synthese.Projet(
                plan.getTitle(),
                plan.getDescription(),
                plan.getPeriod().hasStart() ? Texts.day(plan.getPeriod().getStart(), zone) : "",
                Texts.day(revisionDate),
                revisionDate != null && revisionDate.isBefore(today),
                attentes,
                objectifs,
                actions);
    }

    private List<Synthese.Alerte> alertes(Synthese.Part<Synthese.Projet> projet, long unread) {
        List<Synthese.Alerte> alerts = new ArrayList<>();
        for (AllergyIntolerance allergy : answer.matches(query.allergies, AllergyIntolerance.class)) {
            alerts.add(new Synthese.Alerte("danger", "Allergie : " + Texts.of(allergy.getCode()), null));
        }
        for (Coverage benefit : answer.matches(query.prestations, Coverage.class)) {
            if (!benefit.getPeriod().hasEnd()) {
                continue;
            }
            LocalDate end =
                    benefit.getPeriod().getEnd().toInstant().atZone(zone).toLocalDate();
            String name = Texts.of(benefit.getType());
            if (end.isBefore(today)) {
                alerts.add(new Synthese.Alerte(
                        "danger", name + " : droits expirés depuis le " + Texts.day(end) + ".", null));
            } else if (!end.isAfter(today.plusDays(EXPIRY_NOTICE_DAYS))) {
                alerts.add(new Synthese.Alerte(
                        "attention", name + " : droits à renouveler avant le " + Texts.day(end) + ".", null));
            }
        }
        if (unread > 0) {
            alerts.add(new Synthese.Alerte(
                    "info",
                    unread == 1
                            ? "1 transmission non lue."
                            : (unread >= SyntheseQuery.RECENT_TRANSMISSIONS ? "Au moins " : "") + unread
                                    + " transmissions non lues.",
                    "/transmissions"));
        }
        if (projet.value() != null && projet.value().revisionDepassee()) {
            alerts.add(new Synthese.Alerte(
                    "attention",
                    "Projet personnalisé : révision prévue le " + projet.value().revision() + ", à programmer.",
                    null));
        }
        return alerts;
    }

    private Synthese.ObservationMedicale observationMedicale(Observation o) {
        String detail = o.hasNote() ? o.getNoteFirstRep().getText() : "";
        return new Synthese.ObservationMedicale(
                Texts.of(o.getCode()),
                detail,
                o.hasEffectiveDateTimeType()
                        ? Texts.day(o.getEffectiveDateTimeType().getValue(), zone)
                        : "");
    }
}
