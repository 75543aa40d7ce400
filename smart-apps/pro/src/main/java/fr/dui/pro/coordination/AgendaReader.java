package fr.dui.pro.coordination;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.synthese.UsagerRefusedException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Slot;
import org.springframework.stereotype.Component;

/**
 * Reads agendas in one round trip each: the usager's week (a {@code batch}: the usager, the week's events with their
 * professionals, the usager's presence agenda with its presences and absences through {@code _revinclude}), and a
 * professional's own week (a {@code batch}: the events they take part in, with the usagers through {@code _include}).
 * Each batch also reads the professional's rights ({@code $mes-droits}).
 */
@Component
class AgendaReader {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("d MMMM yyyy HH'h'mm", Locale.FRENCH);

    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ZoneId zone;

    AgendaReader(DuiFhir fhir, DroitsReader droits, ProSettings settings) {
        this.fhir = fhir;
        this.droits = droits;
        this.zone = settings.zone();
    }

    Agenda usager(SmartContext smart, LocalDate anyDay) {
        AgendaWeek week = AgendaWeek.of(anyDay, zone);
        String patient = enc("Patient/" + smart.patient());
        BatchBuilder b = new BatchBuilder();
        int usager = b.get("Patient/" + enc(smart.patient()));
        int events = b.get("Encounter?subject=" + patient + "&_profile=" + enc(Systems.EVENEMENT_PROFILE)
                + "&date=ge" + enc(AgendaWeek.fhir(week.start())) + "&date=lt" + enc(AgendaWeek.fhir(week.end()))
                + "&_include=Encounter:participant&_include:iterate=PractitionerRole:practitioner&_sort=date"
                + "&_count=300");
        int presences = b.get("Schedule?actor=" + patient + "&_revinclude=Slot:schedule&_count=10");
        int rights = droits.demander(b, smart.patient());
        BatchAnswer answer = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(b.build()).execute());
        droits.lire(answer, rights);
        Patient person = answer.read(usager, Patient.class)
                .orElseThrow(() -> new UsagerRefusedException(answer.refusal(usager)));
        List<Encounter> encounters = answer.matches(events, Encounter.class);
        List<Slot> slots = answer.answered(presences) ? includedSlots(answer, presences) : List.of();
        List<Agenda.Jour> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = week.monday().plusDays(i);
            ZonedDateTime from = day.atStartOfDay(zone);
            ZonedDateTime to = day.plusDays(1).atStartOfDay(zone);
            List<Agenda.Evenement> ofDay = encounters.stream()
                    .filter(e -> e.getPeriod().hasStart())
                    .filter(e -> local(e.getPeriod().getStart()).toLocalDate().equals(day))
                    .sorted(Comparator.comparing(e -> e.getPeriod().getStart()))
                    .map(e -> evenement(e, answer, null))
                    .toList();
            List<Agenda.Absence> absences = slots.stream()
                    .filter(s -> s.hasStart() && s.hasEnd())
                    .filter(s -> s.getStart().toInstant().isBefore(to.toInstant())
                            && s.getEnd().toInstant().isAfter(from.toInstant()))
                    .filter(AgendaReader::isAbsence)
                    .map(this::absence)
                    .toList();
            days.add(new Agenda.Jour(AgendaWeek.dayLabel(day), day, ofDay, absences));
        }
        return new Agenda(
                Texts.name(person.getName()),
                week.monday(),
                week.title(),
                days,
                answer.refusal(events),
                answer.refusal(presences));
    }

    /**
     * COO-6: the events of the week in which this professional takes part, with their usagers; and the rights the
     * navigation shows, in the same batch.
     */
    Agenda mine(SmartContext smart, LocalDate anyDay) {
        AgendaWeek week = AgendaWeek.of(anyDay, zone);
        String me = Refs.relative(smart.fhirUser());
        BatchBuilder b = new BatchBuilder();
        int events = b.get("Encounter?participant=" + enc(me == null ? "" : me) + "&_profile="
                + enc(Systems.EVENEMENT_PROFILE) + "&date=ge" + enc(AgendaWeek.fhir(week.start()))
                + "&date=lt" + enc(AgendaWeek.fhir(week.end())) + "&_include=Encounter:subject&_sort=date"
                + "&_count=300");
        int rights = droits.demander(b, smart);
        BatchAnswer answer = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(b.build()).execute());
        droits.lire(answer, rights);
        List<Encounter> encounters = answer.matches(events, Encounter.class);
        List<Agenda.Jour> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = week.monday().plusDays(i);
            List<Agenda.Evenement> ofDay = encounters.stream()
                    .filter(e -> e.getPeriod().hasStart())
                    .filter(e -> local(e.getPeriod().getStart()).toLocalDate().equals(day))
                    .sorted(Comparator.comparing(e -> e.getPeriod().getStart()))
                    .map(e -> evenement(
                            e,
                            answer,
                            answer.resolve(e.getSubject(), Patient.class)
                                    .map(p -> Texts.name(p.getName()))
                                    .orElse(e.getSubject().getDisplay())))
                    .toList();
            days.add(new Agenda.Jour(AgendaWeek.dayLabel(day), day, ofDay, List.of()));
        }
        return new Agenda(null, week.monday(), week.title(), days, answer.refusal(events), null);
    }

    /** The professionals who may take an intervention: me, and the usager's care team (one search). */
    List<Codes.Code> intervenants(SmartContext smart) {
        String me = Refs.relative(smart.fhirUser());
        Bundle teams = fhir.client(smart)
                .search()
                .byUrl("CareTeam?subject=" + enc("Patient/" + smart.patient())
                        + "&status=active&_include=CareTeam:participant&_include:iterate=PractitionerRole:practitioner")
                .returnBundle(Bundle.class)
                .execute();
        BatchAnswer answer = BatchAnswer.ofSearch(teams);
        List<Codes.Code> choices = new ArrayList<>();
        if (me != null) {
            choices.add(new Codes.Code(me, "Moi-même"));
        }
        for (CareTeam team : answer.matches(0, CareTeam.class)) {
            for (CareTeam.CareTeamParticipantComponent p : team.getParticipant()) {
                String ref = Refs.relative(p.getMember());
                if (ref == null || !ref.startsWith("PractitionerRole/") || ref.equals(me)) {
                    continue;
                }
                if (choices.stream().noneMatch(c -> c.code().equals(ref))) {
                    choices.add(new Codes.Code(ref, professional(p.getMember(), answer)));
                }
            }
        }
        return choices;
    }

    private List<Slot> includedSlots(BatchAnswer answer, int index) {
        return answer.included(index, Slot.class);
    }

    private Agenda.Evenement evenement(Encounter e, BatchAnswer answer, String usager) {
        ZonedDateTime start = local(e.getPeriod().getStart());
        String hours = HOUR.format(start)
                + (e.getPeriod().hasEnd()
                        ? " – " + HOUR.format(local(e.getPeriod().getEnd()))
                        : "");
        String type = e.getType().stream()
                .map(Texts::of)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse("Événement");
        String who = e.getParticipant().stream()
                .map(p -> professional(p.getIndividual(), answer))
                .filter(n -> n != null && !n.isBlank())
                .collect(Collectors.joining(", "));
        Extension present = e.getExtensionByUrl(Systems.USAGER_PRESENT);
        String presence = present != null && present.getValue() instanceof BooleanType b
                ? (b.booleanValue() ? "Présent" : "Absent")
                : "";
        boolean open = presence.isEmpty()
                && e.getStatus() != Encounter.EncounterStatus.CANCELLED
                && e.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR;
        return new Agenda.Evenement(e.getIdElement().getIdPart(), hours, type, who, statut(e), presence, open, usager);
    }

    private static String statut(Encounter e) {
        if (e.getStatus() == null) {
            return "";
        }
        String label = switch (e.getStatus()) {
            case PLANNED, ARRIVED, TRIAGED -> "Planifié";
            case INPROGRESS -> "En cours";
            case FINISHED -> "Réalisé";
            case CANCELLED -> "Annulé";
            default -> "";
        };
        Extension reason = e.getExtensionByUrl(Systems.CANCEL_REASON);
        if (reason != null && reason.getValue() != null) {
            String why = reason.getValue() instanceof CodeableConcept c
                    ? Texts.of(c)
                    : reason.getValue().primitiveValue();
            label += " (" + why + ")";
        }
        return label;
    }

    private String professional(Reference ref, BatchAnswer answer) {
        if (ref == null || !ref.hasReference()) {
            return ref == null ? "" : ref.getDisplay();
        }
        PractitionerRole role = answer.resolve(ref, PractitionerRole.class).orElse(null);
        if (role != null) {
            String name = answer.resolve(role.getPractitioner(), Practitioner.class)
                    .map(p -> Texts.name(p.getName()))
                    .orElse(role.getPractitioner().getDisplay());
            String job = Texts.of(role.getCodeFirstRep());
            return job.isBlank() ? name : name + " (" + job + ")";
        }
        return answer.resolve(ref, Practitioner.class)
                .map(p -> Texts.name(p.getName()))
                .or(() -> answer.resolve(ref, RelatedPerson.class).map(p -> Texts.name(p.getName())))
                .orElse(ref.hasDisplay() ? ref.getDisplay() : "");
    }

    static boolean isAbsence(Slot slot) {
        return slot.getServiceType().stream()
                .flatMap(c -> c.getCoding().stream())
                .anyMatch(c -> Systems.PRESENCE_TYPE.equals(c.getSystem())
                        && ("absence".equals(c.getCode()) || "absence-prevue".equals(c.getCode())));
    }

    private Agenda.Absence absence(Slot slot) {
        Extension reason = slot.getExtensionByUrl(Systems.ABSENCE_REASON_EXTENSION);
        String motif = reason != null && reason.getValue() instanceof CodeableConcept c ? Texts.of(c) : "";
        String nature = Texts.of(slot.getServiceTypeFirstRep());
        String period =
                "du " + DAY_HOUR.format(local(slot.getStart())) + " au " + DAY_HOUR.format(local(slot.getEnd()));
        return new Agenda.Absence(slot.getIdElement().getIdPart(), motif, nature, period, slot.getComment());
    }

    private ZonedDateTime local(java.util.Date date) {
        return date.toInstant().atZone(zone);
    }
}
