package fr.dui.pro.coordination;

import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.springframework.stereotype.Component;

/** Writes the agenda as the guide models it: events (dui-evenement), presences and absences (dui-presence-absence). */
@Component
class AgendaWriter {

    private final DuiFhir fhir;
    private final ProSettings settings;

    AgendaWriter(DuiFhir fhir, ProSettings settings) {
        this.fhir = fhir;
        this.settings = settings;
    }

    /** A planned event of the usager in context, with the chosen professional; one create. */
    String intervention(SmartContext smart, InterventionForm form) {
        Codes.Code type = Codes.find(Codes.EVENT_TYPES, form.getType()).orElseThrow();
        Encounter event = new Encounter();
        event.getMeta().addProfile(Systems.EVENEMENT_PROFILE);
        event.setStatus(Encounter.EncounterStatus.PLANNED);
        event.setClass_(new Coding(Systems.ACT_CODE, "HH", "home health"));
        event.addType().addCoding(new Coding(Systems.EVENT_TYPE, type.code(), type.display()));
        event.setSubject(new Reference("Patient/" + smart.patient()));
        event.addParticipant().setIndividual(new Reference(Refs.relative(form.getIntervenant())));
        event.setPeriod(new Period()
                .setStart(date(form.getJour().atTime(form.getDebut())))
                .setEnd(date(form.getJour().atTime(form.getFin()))));
        if (smart.encounter() != null && !smart.encounter().isBlank()) {
            event.setPartOf(new Reference("Encounter/" + Refs.id(smart.encounter())));
        }
        return fhir.client(smart).create().resource(event).execute().getId().getIdPart();
    }

    /** COO-4: the usager was there, or not; the event is then done. A read and an update. */
    void presence(SmartContext smart, String eventId, boolean present) {
        var client = fhir.client(smart);
        Encounter event =
                client.read().resource(Encounter.class).withId(eventId).execute();
        if (!event.getSubject().hasReference()
                || !("Patient/" + smart.patient()).equals(Refs.relative(event.getSubject()))) {
            throw new IllegalArgumentException("Not an event of the usager in context");
        }
        event.getExtension().removeIf(e -> Systems.USAGER_PRESENT.equals(e.getUrl()));
        event.addExtension(Systems.USAGER_PRESENT, new BooleanType(present));
        if (event.getStatus() == Encounter.EncounterStatus.PLANNED
                || event.getStatus() == Encounter.EncounterStatus.ARRIVED
                || event.getStatus() == Encounter.EncounterStatus.INPROGRESS) {
            event.setStatus(Encounter.EncounterStatus.FINISHED);
        }
        client.update().resource(event).execute();
    }

    /**
     * COO-4: an absence over a period, with its reason, in the usager's presence agenda; the agenda is created with it
     * when the usager has none yet (a conditional create in the same transaction: one round trip).
     */
    void absence(SmartContext smart, AbsenceForm form) {
        Codes.Code nature = Codes.find(Codes.ABSENCE_KINDS, form.getNature()).orElseThrow();
        Codes.Code reason = Codes.find(Codes.ABSENCE_REASONS, form.getMotif()).orElseThrow();
        String patient = "Patient/" + smart.patient();
        Schedule agenda = new Schedule();
        agenda.getMeta().addProfile(Systems.AGENDA_PROFILE);
        agenda.setActive(true);
        agenda.addActor(new Reference(patient));
        String agendaUrl = "urn:uuid:" + UUID.randomUUID();
        Slot slot = new Slot();
        slot.getMeta().addProfile(Systems.PRESENCE_PROFILE);
        slot.setSchedule(new Reference(agendaUrl));
        slot.addServiceType().addCoding(new Coding(Systems.PRESENCE_TYPE, nature.code(), nature.display()));
        slot.addExtension(
                Systems.ABSENCE_REASON_EXTENSION,
                new CodeableConcept(new Coding(Systems.ABSENCE_REASON, reason.code(), reason.display())));
        slot.setStatus(Slot.SlotStatus.BUSYUNAVAILABLE);
        slot.setStart(date(form.getDebut()));
        slot.setEnd(date(form.getFin()));
        if (form.getCommentaire() != null && !form.getCommentaire().isBlank()) {
            slot.setComment(form.getCommentaire().strip());
        }
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction
                .addEntry()
                .setFullUrl(agendaUrl)
                .setResource(agenda)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Schedule")
                .setIfNoneExist("actor=" + patient);
        transaction
                .addEntry()
                .setFullUrl("urn:uuid:" + UUID.randomUUID())
                .setResource(slot)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Slot");
        fhir.client(smart).transaction().withBundle(transaction).execute();
    }

    private Date date(LocalDateTime local) {
        return Date.from(local.atZone(settings.zone()).toInstant());
    }
}
