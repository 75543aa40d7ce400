package fr.dui.pro.projet;

import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * The usager's current projet personnalisé as read from the DUI: the CarePlan, its expectations and goals (Goals),
 * its actions (Tasks), and the usager's signatures (Provenance dui-signature on a version of the CarePlan): the
 * projet is signed when the usager signed its current version.
 */
record Projet(CarePlan carePlan, List<Goal> attentes, List<Goal> objectifs, List<Task> actions, Signature signature) {

    static final String ATTENTE = Systems.DUI + "StructureDefinition/dui-attente";

    /** The usager's last signature: when, and whether it is of the current version. */
    record Signature(String quand, String version, boolean courante) {}

    static Optional<Projet> from(BatchAnswer a, int index, ZoneId zone) {
        List<CarePlan> plans = new ArrayList<>(a.matches(index, CarePlan.class));
        plans.sort(Comparator.comparing((CarePlan p) -> p.getStatus() == CarePlan.CarePlanStatus.ACTIVE ? 0 : 1));
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        CarePlan plan = plans.get(0);
        List<Goal> attentes = new ArrayList<>();
        List<Goal> objectifs = new ArrayList<>();
        for (Reference ref : plan.getGoal()) {
            a.resolve(ref, Goal.class).ifPresent(g -> {
                if (g.getMeta().hasProfile(ATTENTE)) {
                    attentes.add(g);
                } else {
                    objectifs.add(g);
                }
            });
        }
        List<Task> actions = new ArrayList<>();
        for (CarePlan.CarePlanActivityComponent activity : plan.getActivity()) {
            a.resolve(activity.getReference(), Task.class).ifPresent(actions::add);
        }
        String id = "CarePlan/" + plan.getIdElement().getIdPart();
        String current = plan.getMeta().getVersionId();
        String patient = Refs.relative(plan.getSubject());
        Signature signature = a.included(index, Provenance.class).stream()
                .filter(p -> p.getTarget().stream().anyMatch(t -> id.equals(Refs.relative(t))))
                .filter(p -> p.getSignature().stream().anyMatch(s -> patient.equals(Refs.relative(s.getWho()))))
                .max(Comparator.comparing(Provenance::getRecorded))
                .map(p -> {
                    String version = p.getTarget().stream()
                            .map(Reference::getReference)
                            .filter(r -> r != null && r.contains("/_history/"))
                            .map(r -> r.substring(r.indexOf("/_history/") + 10))
                            .findFirst()
                            .orElse("");
                    return new Signature(Texts.dayTime(p.getRecorded(), zone), version, version.equals(current));
                })
                .orElse(null);
        return Optional.of(new Projet(plan, attentes, objectifs, actions, signature));
    }

    String revision() {
        var ext = carePlan.getExtensionByUrl(Systems.REVISION_DATE);
        return ext != null && ext.getValue() instanceof DateType d ? d.getValueAsString() : null;
    }

    String revisionTexte() {
        String date = revision();
        return date == null ? "" : Texts.day(LocalDate.parse(date));
    }

    ProjetForm form() {
        ProjetForm form = new ProjetForm();
        form.setVersion(carePlan.getMeta().getVersionId());
        form.setTitre(carePlan.getTitle());
        form.setDescription(carePlan.getDescription());
        String date = revision();
        form.setRevision(date == null ? null : LocalDate.parse(date));
        attentes.forEach(g -> form.getAttentes()
                .add(new ProjetForm.Element(
                        g.getIdElement().getIdPart(), g.getDescription().getText())));
        objectifs.forEach(g -> form.getObjectifs()
                .add(new ProjetForm.Element(
                        g.getIdElement().getIdPart(), g.getDescription().getText())));
        actions.forEach(t ->
                form.getActions().add(new ProjetForm.Element(t.getIdElement().getIdPart(), t.getDescription())));
        return form;
    }
}
