package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import fr.dui.server.synthetic.OgPlan.EstablishmentPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * The application and the waiting list (ADM-1, ADM-2): an application to one or two establishments of the OG, and
 * in each a waiting-list registration whose JDV_J252 status says where it stands (42 being analysed, 72 admissible,
 * 71 admitted, 47 entered, 48 left), with the GIR for elderly people and a pre-admission visit when one is planned.
 */
final class AdmissionGenerator {

    private AdmissionGenerator() {}

    static void generate(RecordContext r, String orientationId) {
        List<EstablishmentPlan> targets = new ArrayList<>(List.of(r.establishment));
        List<EstablishmentPlan> others = r.og.sameCategoryAs(r.establishment);
        if (r.status == RecordContext.Status.WAITING && !others.isEmpty() && r.random.chance(0.35)) {
            targets.add(r.random.pick(others));
        }
        ServiceRequest application = profiled(new ServiceRequest(), r.id("demande"), "dui-demande-admission", r.key());
        application.addExtension(Fhir.SD + "dui-origine-demande", AdministrativeGenerator.origin(r));
        application.setStatus(
                r.status == RecordContext.Status.WAITING
                        ? ServiceRequest.ServiceRequestStatus.ACTIVE
                        : ServiceRequest.ServiceRequestStatus.COMPLETED);
        application.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        application.addCategory(Fhir.dui("dui-demande-type", "admission", null));
        application.setCode(Fhir.dui(
                "dui-temporalite-accueil",
                r.category().temporalite(),
                r.category().temporaliteLabel()));
        application.setSubject(r.patient());
        application.setAuthoredOnElement(Fhir.day(r.requested));
        application.setRequester(r.entourage
                .withRole("NOK")
                .or(() -> r.entourage.representative())
                .map(n -> Fhir.ref("RelatedPerson", n.id()))
                .orElse(r.patient()));
        targets.forEach(t -> application.addPerformer(Fhir.ref("Organization", t.id())));
        if (orientationId != null) {
            application.addSupportingInfo(Fhir.ref("Basic", orientationId));
        }
        r.add(application);

        for (int i = 0; i < targets.size(); i++) {
            registration(r, i + 1, application, targets.get(i), i == 0);
        }
    }

    private static void registration(
            RecordContext r, int n, ServiceRequest application, EstablishmentPlan owner, boolean own) {
        Task task = profiled(new Task(), r.id("attente" + n), "dui-liste-attente", r.key());
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(Fhir.dui("dui-demande-type", "liste-attente", null));
        task.setFocus(Fhir.ref(application));
        task.setFor(r.patient());
        task.setOwner(Fhir.ref("Organization", owner.id()));
        task.setAuthoredOnElement(Fhir.day(r.requested));
        String[] status;
        LocalDate modified;
        if (!own || r.status == RecordContext.Status.WAITING) {
            double draw = r.random.nextDouble();
            status = !own || draw < 0.6
                    ? new String[] {"42", "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS"}
                    : draw < 0.9
                            ? new String[] {"72", "Liste d'attente. Admissible dans l'ESMS"}
                            : new String[] {"71", "Liste d'attente. Admis dans l'ESMS"};
            task.setStatus("42".equals(status[0]) ? Task.TaskStatus.INPROGRESS : Task.TaskStatus.ACCEPTED);
            modified = r.requested.plusDays(r.random.between(0, 20));
            if (modified.isAfter(r.today())) {
                modified = r.today();
            }
            if (own && !"42".equals(status[0]) && r.random.chance(0.5)) {
                Encounter visit = visit(r, modified.plusDays(r.random.between(3, 20)));
                task.addInput()
                        .setType(Fhir.dui("dui-demande-type", "premier-contact", null))
                        .setValue(Fhir.ref(visit));
            }
        } else if (r.status == RecordContext.Status.CURRENT) {
            status = new String[] {"47", "Usager entré"};
            task.setStatus(Task.TaskStatus.COMPLETED);
            modified = r.entered;
        } else {
            status = new String[] {"48", "Usager sorti"};
            task.setStatus(Task.TaskStatus.COMPLETED);
            modified = r.left;
        }
        task.setBusinessStatus(Fhir.concept(Fhir.TRE_R357, status[0], status[1]));
        task.setLastModifiedElement(Fhir.day(modified));
        if (r.category().aggir()) {
            task.addInput()
                    .setType(Fhir.dui("dui-demande-type", "gir", null))
                    .setValue(Fhir.concept(Fhir.CISIS, AggirPatterns.code(r.gir), "GIR-" + r.gir));
        }
        r.add(task);
    }

    /** A pre-admission visit in the establishment's agenda (planned, or done if the date has passed). */
    private static Encounter visit(RecordContext r, LocalDate day) {
        Encounter visit = profiled(new Encounter(), r.id("visite"), "dui-evenement", r.key());
        visit.setClass_(Fhir.coding(Fhir.V3_ACT_CODE, "HH", null));
        visit.addType(Fhir.dui("dui-type-evenement", "visite-pre-admission", "Visite de pré-admission"));
        visit.setSubject(r.patient());
        visit.setServiceProvider(r.establishmentRef());
        Staff.Member host = r.staff
                .first(ProfessionKeys.DIRECTEUR, ProfessionKeys.RESPONSABLE_SECTEUR, ProfessionKeys.SECRETAIRE)
                .orElse(r.staff.any(0));
        var participant = visit.addParticipant().setIndividual(new Reference("PractitionerRole/" + host.roleId()));
        visit.getPeriod().setStartElement(Fhir.dateTime(day, 14, 0)).setEndElement(Fhir.dateTime(day, 15, 0));
        if (day.isAfter(r.today())) {
            visit.setStatus(Encounter.EncounterStatus.PLANNED);
        } else {
            visit.setStatus(Encounter.EncounterStatus.FINISHED);
            participant.addExtension(Fhir.SD + "dui-present", new BooleanType(true));
            visit.addExtension(Fhir.SD + "dui-usager-present", new BooleanType(true));
        }
        return r.add(visit);
    }
}
