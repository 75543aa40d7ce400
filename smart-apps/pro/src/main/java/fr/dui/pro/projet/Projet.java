package fr.dui.pro.projet;

import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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

    /** The usager's last signature: when, the fingerprint signed, and whether the projet is unchanged since. */
    record Signature(String quand, String empreinte, boolean courante) {}

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
        String patient = Refs.relative(plan.getSubject());
        String current = empreinte(plan, attentes, objectifs, actions);
        Signature signature = a.included(index, Provenance.class).stream()
                .filter(p -> p.getTarget().stream().anyMatch(t -> id.equals(Refs.relative(t))))
                .filter(p -> p.getSignature().stream().anyMatch(s -> patient.equals(Refs.relative(s.getWho()))))
                .max(Comparator.comparing(Provenance::getRecorded))
                .map(p -> {
                    String signed = p.getSignature().stream()
                            .filter(s -> patient.equals(Refs.relative(s.getWho())) && s.hasData())
                            .map(s -> HexFormat.of().formatHex(s.getData()))
                            .findFirst()
                            .orElse("");
                    return new Signature(Texts.dayTime(p.getRecorded(), zone), signed, signed.equals(current));
                })
                .orElse(null);
        return Optional.of(new Projet(plan, attentes, objectifs, actions, signature));
    }

    /**
     * The fingerprint (SHA-256) of what the usager signs: the title, the projet de vie, the review date, the
     * expectations, goals and actions. It is the signature's data: the projet is signed while it is unchanged (the
     * DUI keeps references unversioned, so the signature cannot name the CarePlan's version).
     */
    static String empreinte(CarePlan plan, List<Goal> attentes, List<Goal> objectifs, List<Task> actions) {
        StringBuilder content = new StringBuilder();
        content.append(plan.getTitle())
                .append('\u001f')
                .append(plan.getDescription())
                .append('\u001f');
        var revision = plan.getExtensionByUrl(Systems.REVISION_DATE);
        content.append(revision == null ? "" : revision.getValue().primitiveValue())
                .append('\u001e');
        attentes.forEach(g -> content.append(g.getDescription().getText()).append('\u001f'));
        content.append('\u001e');
        objectifs.forEach(g -> content.append(g.getDescription().getText()).append('\u001f'));
        content.append('\u001e');
        actions.forEach(t -> content.append(t.getDescription()).append('\u001f'));
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String empreinte() {
        return empreinte(carePlan, attentes, objectifs, actions);
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
