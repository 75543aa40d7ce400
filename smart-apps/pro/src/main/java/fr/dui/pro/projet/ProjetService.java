package fr.dui.pro.projet;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.web.DuiRefusalException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * ACC-3: reads the projet personnalisé in one round trip (the CarePlan with its goals and actions {@code _include}d
 * and its signatures {@code _revinclude}d, and the usager), writes its changes in one transaction (the CarePlan, the
 * Goals and Tasks changed, added or withdrawn), and records the usager's agreement: a signature (Provenance
 * dui-signature) of the usager on the current version of the CarePlan.
 */
@Component
class ProjetService {

    static final String SD = Systems.DUI + "StructureDefinition/";
    static final String PP_CATEGORY = "https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r390-type-projet-personnalise";
    static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";

    private final DuiFhir fhir;
    private final ProSettings settings;
    private final Clock clock;
    private final DroitsReader droits;

    ProjetService(DuiFhir fhir, ProSettings settings, Clock clock, DroitsReader droits) {
        this.fhir = fhir;
        this.settings = settings;
        this.clock = clock;
        this.droits = droits;
    }

    static final class Refus extends DuiRefusalException {
        Refus(String title, String reason) {
            super(title, reason);
        }
    }

    /**
     * The usager's name, their projet if any, and what the professional's habilitations let them do on it (read with
     * {@code $mes-droits} in the same batch): change the projet (accompagnement), record the usager's agreement (a
     * Consent: consentements).
     */
    record Lu(String usager, Optional<Projet> projet, boolean modifie, boolean recueilleSignatures) {}

    Lu read(SmartContext smart) {
        BatchBuilder batch = new BatchBuilder();
        int patient = batch.get("Patient/" + enc(smart.patient()));
        int plans = batch.get("CarePlan?subject=" + enc("Patient/" + smart.patient())
                + "&status=active,draft&_include=CarePlan:goal&_include=CarePlan:activity-reference"
                + "&_revinclude=Provenance:target&_count=5");
        int rights = droits.demander(batch, smart.patient());
        BatchAnswer a = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(batch.build()).execute());
        if (!a.answered(plans)) {
            throw new Refus("Projet personnalisé inaccessible", a.refusal(plans));
        }
        String name =
                a.read(patient, Patient.class).map(p -> Texts.name(p.getName())).orElse("");
        Droits d = droits.lire(a, rights);
        return new Lu(
                name,
                Projet.from(a, plans, settings.zone()),
                d.peut(Droits.ACCOMPAGNEMENT, "c") || d.peut(Droits.ACCOMPAGNEMENT, "u"),
                d.peut(Droits.CONSENTEMENTS, "c"));
    }

    /** Stores the form's changes; refused if someone changed the projet since the form was opened. */
    void save(SmartContext smart, ProjetForm form) {
        Optional<Projet> current = read(smart).projet();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Reference subject = new Reference("Patient/" + smart.patient());
        Reference me = new Reference(Refs.relative(smart.fhirUser()));
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        CarePlan plan;
        String planRef;
        if (current.isPresent()) {
            plan = current.get().carePlan();
            if (!plan.getMeta().getVersionId().equals(form.getVersion())) {
                throw new Refus(
                        "Projet modifié entre-temps",
                        "Quelqu'un a modifié ce projet depuis que vous l'avez ouvert : rechargez la page et refaites vos"
                                + " changements.");
            }
            planRef = "CarePlan/" + plan.getIdElement().getIdPart();
        } else {
            plan = new CarePlan();
            plan.getMeta().addProfile(SD + "dui-projet-personnalise");
            // en préparation until the usager agrees (the profile: an active projet has the usager's Consent)
            plan.setStatus(CarePlan.CarePlanStatus.DRAFT);
            plan.setIntent(CarePlan.CarePlanIntent.PLAN);
            plan.addCategory(new CodeableConcept(new Coding(PP_CATEGORY, "PP", "Projet Personnalisé")));
            plan.setSubject(subject);
            plan.getPeriod().setStartElement(new DateTimeType(today.toString()));
            plan.setAuthor(me);
            planRef = "urn:uuid:" + UUID.randomUUID();
        }
        plan.setTitle(form.getTitre().strip());
        plan.setDescription(
                form.getDescription() == null || form.getDescription().isBlank()
                        ? null
                        : form.getDescription().strip());
        plan.getExtension().removeIf(e -> Systems.REVISION_DATE.equals(e.getUrl()));
        plan.addExtension(Systems.REVISION_DATE, new DateType(form.getRevision().toString()));
        plan.getGoal().clear();
        plan.getActivity().clear();

        List<Goal> goals = current.map(p -> {
                    List<Goal> all = new java.util.ArrayList<>(p.attentes());
                    all.addAll(p.objectifs());
                    return all;
                })
                .orElse(List.of());
        for (ProjetForm.Element e : concat(form.getAttentes(), form.getObjectifs())) {
            Goal goal = goals.stream()
                    .filter(g -> g.getIdElement().getIdPart().equals(e.getId()))
                    .findFirst()
                    .orElse(null);
            if (goal == null) {
                continue; // not of this projet: ignored
            }
            if (e.vide()) {
                goal.setLifecycleStatus(Goal.GoalLifecycleStatus.CANCELLED);
                put(tx, goal);
            } else {
                if (!e.getTexte().strip().equals(goal.getDescription().getText())) {
                    goal.getDescription().setText(e.getTexte().strip());
                    put(tx, goal);
                }
                plan.addGoal(new Reference("Goal/" + goal.getIdElement().getIdPart()));
            }
        }
        if (!blank(form.getNouvelleAttente())) {
            Goal goal = goal(SD + "dui-attente", form.getNouvelleAttente(), planRef, subject, subject, today);
            plan.addGoal(new Reference(post(tx, goal)));
        }
        if (!blank(form.getNouvelObjectif())) {
            Goal goal = goal(SD + "dui-objectif", form.getNouvelObjectif(), planRef, subject, me, today);
            plan.addGoal(new Reference(post(tx, goal)));
        }
        List<Task> tasks = current.map(Projet::actions).orElse(List.of());
        for (ProjetForm.Element e : form.getActions()) {
            Task task = tasks.stream()
                    .filter(t -> t.getIdElement().getIdPart().equals(e.getId()))
                    .findFirst()
                    .orElse(null);
            if (task == null) {
                continue;
            }
            if (e.vide()) {
                task.setStatus(Task.TaskStatus.CANCELLED);
                put(tx, task);
            } else {
                if (!e.getTexte().strip().equals(task.getDescription())) {
                    task.setDescription(e.getTexte().strip());
                    put(tx, task);
                }
                plan.addActivity()
                        .setReference(
                                new Reference("Task/" + task.getIdElement().getIdPart()));
            }
        }
        if (!blank(form.getNouvelleAction())) {
            Task task = new Task();
            task.getMeta().addProfile(SD + "dui-action");
            task.setIntent(Task.TaskIntent.PLAN);
            task.setStatus(Task.TaskStatus.INPROGRESS);
            task.addBasedOn(new Reference(planRef));
            task.setDescription(form.getNouvelleAction().strip());
            task.setFor(subject);
            task.setOwner(me);
            task.getExecutionPeriod().setStartElement(new DateTimeType(today.toString()));
            plan.addActivity().setReference(new Reference(post(tx, task)));
        }
        if (current.isPresent()) {
            put(tx, plan);
        } else {
            tx.getEntry()
                    .add(
                            0,
                            new Bundle.BundleEntryComponent()
                                    .setFullUrl(planRef)
                                    .setResource(plan)
                                    .setRequest(new Bundle.BundleEntryRequestComponent()
                                            .setMethod(Bundle.HTTPVerb.POST)
                                            .setUrl("CarePlan")));
        }
        fhir.client(smart).transaction().withBundle(tx).execute();
    }

    /**
     * The usager's agreement on the current version, in one transaction: their Consent to the projet (profile
     * dui-consentement, category projet-personnalise), the CarePlan made active with that Consent in its supportingInfo,
     * and the usager's signature (Provenance dui-signature) of the CarePlan's version this update creates and of the
     * Consent, recorded by the professional.
     */
    void sign(SmartContext smart, String version) {
        Projet projet = read(smart)
                .projet()
                .orElseThrow(() ->
                        new Refus("Aucun projet à signer", "Cet usager n'a pas de projet personnalisé en cours."));
        CarePlan plan = projet.carePlan();
        if (!plan.getMeta().getVersionId().equals(version)) {
            throw new Refus(
                    "Projet modifié entre-temps",
                    "Le projet a été modifié depuis que vous l'avez ouvert : relisez-le avec l'usager avant sa signature.");
        }
        Date now = Date.from(clock.instant());
        TimeZone zone = TimeZone.getTimeZone(settings.zone());
        Reference usager = new Reference("Patient/" + smart.patient());
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);

        Consent consent = new Consent();
        consent.getMeta().addProfile(SD + "dui-consentement");
        consent.addCategory(new CodeableConcept(new Coding(
                Systems.DUI + "CodeSystem/dui-type-consentement", "projet-personnalise", "Projet personnalisé")));
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.setScope(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "treatment", null)));
        consent.setPatient(usager);
        consent.setDateTimeElement(new DateTimeType(now, ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, zone));
        consent.addPerformer(usager);
        consent.setPolicyRule(
                new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", null)));
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        String consentRef = post(tx, consent);

        plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        plan.addSupportingInfo(new Reference(consentRef));
        put(tx, plan);

        int next = Integer.parseInt(version) + 1; // the version this transaction's update creates
        Provenance signature = new Provenance();
        signature.getMeta().addProfile(SD + "dui-signature");
        signature.addTarget(new Reference("CarePlan/" + plan.getIdElement().getIdPart() + "/_history/" + next));
        signature.addTarget(new Reference(consentRef));
        signature.setRecordedElement(new InstantType(now, ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, zone));
        signature.addAgent().setWho(usager);
        signature
                .addAgent()
                .setType(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "enterer", "Enterer")))
                .setWho(new Reference(Refs.relative(smart.fhirUser())));
        signature
                .addSignature()
                .addType(new Coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.7", "Consent Signature"))
                .setWhenElement(new InstantType(now, ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, zone))
                .setWho(usager)
                .setData(java.util.HexFormat.of().parseHex(projet.empreinte()));
        post(tx, signature);
        fhir.client(smart).transaction().withBundle(tx).execute();
    }

    private static Goal goal(
            String profile, String text, String planRef, Reference subject, Reference expressedBy, LocalDate today) {
        Goal goal = new Goal();
        goal.getMeta().addProfile(profile);
        goal.addExtension(SD + "dui-reference-projet", new Reference(planRef));
        goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
        goal.getDescription().setText(text.strip());
        goal.setSubject(subject);
        goal.setStart(new DateType(today.toString()));
        goal.setExpressedBy(expressedBy);
        return goal;
    }

    private static List<ProjetForm.Element> concat(List<ProjetForm.Element> a, List<ProjetForm.Element> b) {
        List<ProjetForm.Element> all = new java.util.ArrayList<>(a == null ? List.of() : a);
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String post(Bundle tx, Resource resource) {
        String fullUrl = "urn:uuid:" + UUID.randomUUID();
        tx.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
        return fullUrl;
    }

    private static void put(Bundle tx, Resource resource) {
        String url = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        Bundle.BundleEntryRequestComponent request = tx.addEntry()
                .setFullUrl(url)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl(url);
        if (resource.getMeta().hasVersionId()) {
            request.setIfMatch("W/\"" + resource.getMeta().getVersionId() + "\"");
        }
    }
}
