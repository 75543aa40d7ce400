package fr.dui.server.synthetic;

import static fr.dui.server.synthetic.Fhir.profiled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;

/**
 * The accompaniment: care team (COO-2), projet personnalisé with the usager's expectation, a goal, an action and the
 * usager's agreement (ACC-3), AGGIR evaluations with their GIR (ACC-1) and targeted transmissions (ACC-2, COO-3).
 */
final class AccompanimentGenerator {

    private AccompanimentGenerator() {}

    static void careTeam(RecordContext r) {
        Set<Staff.Member> members = new LinkedHashSet<>();
        int n = r.person.index();
        Category c = r.category();
        if (c.medicalised()) {
            r.staff.first(ProfessionKeys.MEDECIN).ifPresent(members::add);
            r.staff.oneOf(n, ProfessionKeys.INFIRMIER).ifPresent(members::add);
            r.staff.oneOf(n, ProfessionKeys.AIDE_SOIGNANT).ifPresent(members::add);
            r.staff.oneOf(n + 1, ProfessionKeys.AIDE_SOIGNANT).ifPresent(members::add);
            r.staff.oneOf(n, ProfessionKeys.AES).ifPresent(members::add);
        } else if (c == Category.SAAD) {
            r.staff.oneOf(n, ProfessionKeys.RESPONSABLE_SECTEUR).ifPresent(members::add);
            r.staff.oneOf(n, ProfessionKeys.AIDE_DOMICILE).ifPresent(members::add);
            r.staff
                    .oneOf(n + 1, ProfessionKeys.AIDE_DOMICILE_QUALIFIE, ProfessionKeys.AES)
                    .ifPresent(members::add);
        } else {
            r.staff
                    .oneOf(n, ProfessionKeys.EDUCATEUR, ProfessionKeys.EDUCATEUR_TECHNIQUE, ProfessionKeys.AES)
                    .ifPresent(members::add);
            r.staff
                    .oneOf(n, ProfessionKeys.MONITEUR_EDUCATEUR, ProfessionKeys.ANIMATEUR)
                    .ifPresent(members::add);
            r.staff.first(ProfessionKeys.PSYCHOLOGUE).ifPresent(members::add);
            r.staff.first(ProfessionKeys.MEDECIN).ifPresent(members::add);
        }
        if (members.isEmpty()) {
            members.add(r.staff.any(n));
        }
        CareTeam team = profiled(new CareTeam(), r.id("equipe"), "dui-equipe", r.key());
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.setName("Équipe de prise en charge de " + French.civility(r.person.woman(), r.person.usualFamily()));
        team.setSubject(r.patient());
        members.forEach(m -> team.addParticipant().setMember(r.role(m)));
        r.entourage
                .withRole("CAREGIVER")
                .ifPresent(a -> team.addParticipant().setMember(Fhir.ref("RelatedPerson", a.id())));
        team.setManagingOrganization(List.of(r.establishmentRef()));
        r.add(team);
    }

    /** The projet personnalisé: a draft in the first three months, then agreed by the usager or their representative. */
    static void projet(RecordContext r) {
        List<CareTexts.Projet> projets = CareTexts.get().projets(r.category().people());
        CareTexts.Projet text = r.random.pick(projets);
        if (r.category().atHome() != text.title().contains("chez moi")
                && r.category().people() == Category.Public.PA) {
            text = projets.get(r.category().atHome() ? projets.size() - 1 : 0);
        }
        boolean draft = r.entered.isAfter(r.today().minusMonths(3));
        LocalDate start = draft ? r.today().minusDays(r.random.between(0, 10)) : r.entered.plusMonths(2);
        LocalDate revision = start.plusYears(1);
        while (!draft && revision.isBefore(r.today().minusMonths(1))) {
            start = revision;
            revision = revision.plusYears(1);
        }
        Staff.Member author = r.staff
                .first(
                        ProfessionKeys.MEDECIN,
                        ProfessionKeys.EDUCATEUR,
                        ProfessionKeys.RESPONSABLE_SECTEUR,
                        ProfessionKeys.INFIRMIER,
                        ProfessionKeys.EDUCATEUR_TECHNIQUE)
                .orElse(r.staff.any(0));
        String who = French.civility(r.person.woman(), r.person.usualFamily());

        CarePlan plan = profiled(new CarePlan(), r.id("pp"), "dui-projet-personnalise", r.key());
        plan.addExtension(Fhir.SD + "dui-date-revision", Fhir.date(revision));
        plan.setStatus(draft ? CarePlan.CarePlanStatus.DRAFT : CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.addCategory(Fhir.concept(
                Fhir.TRE_R390, r.category().projetCode(), r.category().projetLabel()));
        plan.setTitle(text.title());
        plan.setDescription(who + " : « " + French.agree(text.attente(), r.person.woman()) + " »");
        plan.setSubject(r.patient());
        plan.getPeriod().setStartElement(Fhir.day(start));
        plan.setAuthor(r.role(author));
        plan.addCareTeam(Fhir.ref("CareTeam", r.id("equipe")));
        plan.addGoal(Fhir.ref("Goal", r.id("attente")));
        plan.addGoal(Fhir.ref("Goal", r.id("objectif")));
        plan.addActivity().setReference(Fhir.ref("Task", r.id("action")));

        Goal attente = profiled(new Goal(), r.id("attente"), "dui-attente", r.key());
        attente.addExtension(Fhir.SD + "dui-reference-projet", Fhir.ref(plan));
        attente.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
        attente.addCategory(Fhir.dui("dui-demande-type", "attente", null));
        attente.getDescription().setText(French.agree(text.attente(), r.person.woman()));
        attente.setSubject(r.patient());
        attente.setExpressedBy(
                r.category().people() == Category.Public.ENF
                        ? r.entourage
                                .representative()
                                .map(g -> Fhir.ref("RelatedPerson", g.id()))
                                .orElse(r.patient())
                        : r.patient());

        Goal objectif = profiled(new Goal(), r.id("objectif"), "dui-objectif", r.key());
        objectif.addExtension(Fhir.SD + "dui-reference-projet", Fhir.ref(plan));
        objectif.setLifecycleStatus(draft ? Goal.GoalLifecycleStatus.PROPOSED : Goal.GoalLifecycleStatus.ACTIVE);
        objectif.addCategory(Fhir.dui("dui-demande-type", "objectif", null));
        objectif.getDescription().setText(text.objectif());
        objectif.setSubject(r.patient());
        objectif.setStart(Fhir.date(start));
        Goal.GoalTargetComponent target = objectif.addTarget();
        target.getMeasure().setText(text.measure());
        target.setDetail(new StringType(text.target()));
        target.setDue(Fhir.date(revision));
        objectif.setExpressedBy(r.role(author));

        Task action = profiled(new Task(), r.id("action"), "dui-action", r.key());
        action.addBasedOn(Fhir.ref(plan));
        action.setStatus(draft ? Task.TaskStatus.DRAFT : Task.TaskStatus.INPROGRESS);
        action.setIntent(Task.TaskIntent.PLAN);
        action.setDescription(text.action());
        action.setFor(r.patient());
        action.setOwner(r.role(r.staff
                .oneOf(
                        r.person.index(),
                        ProfessionKeys.AIDE_SOIGNANT,
                        ProfessionKeys.EDUCATEUR,
                        ProfessionKeys.AIDE_DOMICILE,
                        ProfessionKeys.EDUCATEUR_TECHNIQUE,
                        ProfessionKeys.ANIMATEUR)
                .orElse(author)));
        action.getExecutionPeriod().setStartElement(Fhir.day(start));
        action.setReasonReference(Fhir.ref(objectif));

        if (!draft) {
            Consent agreement = AdministrativeGenerator.consent(
                    r, "pp", "projet-personnalise", "Projet personnalisé", start.atTime(15, 0), true);
            agreement.setScope(Fhir.concept("http://terminology.hl7.org/CodeSystem/consentscope", "treatment", null));
            plan.addSupportingInfo(Fhir.ref(agreement));
        }
        r.add(plan);
        r.add(attente);
        r.add(objectif);
        r.add(action);
    }

    /** AGGIR grids with their GIR: at admission, and again each year for long stays (the GIR worsens or stays). */
    static void aggir(RecordContext r) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(r.entered.plusDays(10));
        if (r.lastDay().isAfter(r.entered.plusMonths(14))) {
            dates.add(r.lastDay().minusDays(r.random.between(20, 150)));
        }
        int gir = Math.min(6, r.gir + (dates.size() > 1 && r.gir < 6 && r.random.chance(0.5) ? 1 : 0));
        Staff.Member evaluator = r.staff
                .first(ProfessionKeys.MEDECIN, ProfessionKeys.INFIRMIER, ProfessionKeys.RESPONSABLE_SECTEUR)
                .orElse(r.staff.any(0));
        for (int i = 0; i < dates.size(); i++) {
            int level = i == dates.size() - 1 ? r.gir : gir;
            evaluation(r, i + 1, dates.get(i), level, evaluator);
        }
    }

    private static void evaluation(RecordContext r, int n, LocalDate day, int gir, Staff.Member evaluator) {
        QuestionnaireResponse grid =
                profiled(new QuestionnaireResponse(), r.id("aggir" + n), "dui-evaluation", r.key());
        grid.setQuestionnaire("https://dui-libre.fr/fhir/Questionnaire/dui-aggir");
        grid.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        grid.setSubject(r.patient());
        grid.setEncounter(Fhir.ref("Encounter", r.stayId()));
        grid.setAuthoredElement(Fhir.dateTime(day, 10, 0));
        grid.setAuthor(r.role(evaluator));
        for (Map.Entry<String, List<String>> variable : AggirPatterns.VARIABLES.entrySet()) {
            boolean illustrative = AggirPatterns.ILLUSTRATIVE.contains(variable.getKey());
            var item = grid.addItem().setLinkId(variable.getKey());
            if (variable.getValue().isEmpty()) {
                item.addAnswer().setValue(modalite(AggirPatterns.answer(gir, illustrative, r.random)));
            } else {
                for (String sub : variable.getValue()) {
                    item.addItem()
                            .setLinkId(variable.getKey() + "." + sub)
                            .addAnswer()
                            .setValue(modalite(AggirPatterns.answer(gir, illustrative, r.random)));
                }
            }
        }
        grid.addItem()
                .setLinkId("gir")
                .addAnswer()
                .setValue(new Coding(Fhir.CISIS, AggirPatterns.code(gir), "GIR-" + gir));
        r.add(grid);

        Observation level = profiled(new Observation(), r.id("gir" + n), "dui-gir", r.key());
        level.setStatus(Observation.ObservationStatus.FINAL);
        level.addCategory(Fhir.dui("dui-categorie-observation", "evaluation-score", null));
        level.setCode(Fhir.dui("dui-observation-code", "gir", null));
        level.setSubject(r.patient());
        level.setEffective(Fhir.dateTime(day, 10, 0));
        level.addPerformer(r.role(evaluator));
        level.setValue(Fhir.concept(Fhir.CISIS, AggirPatterns.code(gir), "GIR-" + gir));
        level.addDerivedFrom(Fhir.ref(grid));
        r.add(level);
    }

    private static Coding modalite(String code) {
        return new Coding(Fhir.CS + "dui-aggir-modalite", code, null);
    }

    /** A few targeted transmissions of the last weeks, by the professionals who are there every day. */
    static void transmissions(RecordContext r) {
        List<CareTexts.Transmission> texts =
                CareTexts.get().transmissions(r.category().people());
        int count = r.random.between(3, 8);
        for (int i = 0; i < count; i++) {
            LocalDate day = r.lastDay().minusDays((long) (count - i) * r.random.between(2, 5));
            if (day.isBefore(r.entered)) {
                continue;
            }
            CareTexts.Transmission text = r.random.pick(texts);
            Staff.Member author = r.staff
                    .oneOf(
                            r.person.index() + i,
                            ProfessionKeys.AIDE_SOIGNANT,
                            ProfessionKeys.EDUCATEUR,
                            ProfessionKeys.AIDE_DOMICILE,
                            ProfessionKeys.EDUCATEUR_TECHNIQUE,
                            ProfessionKeys.AES,
                            ProfessionKeys.INFIRMIER)
                    .orElse(r.staff.any(i));
            Observation t = profiled(new Observation(), r.id("tr" + (i + 1)), "dui-transmission", r.key());
            t.setStatus(Observation.ObservationStatus.FINAL);
            t.addCategory(Fhir.dui("dui-categorie-observation", "transmission", null));
            t.setCode(Fhir.dui("dui-cible-transmission", text.cible(), cibleLabel(text.cible())));
            t.setSubject(r.patient());
            t.setEncounter(Fhir.ref("Encounter", r.stayId()));
            t.setEffective(Fhir.dateTime(day, r.random.pick(List.of(7, 10, 14, 16, 21)), r.random.between(0, 5) * 10));
            t.addPerformer(r.role(author));
            component(t, "donnees", text.donnees(), r);
            component(t, "actions", text.actions(), r);
            component(t, "resultats", text.resultats(), r);
            r.add(t);
        }
    }

    private static void component(Observation t, String code, String text, RecordContext r) {
        if (!text.isBlank()) {
            t.addComponent()
                    .setCode(Fhir.dui("dui-observation-code", code, null))
                    .setValue(new StringType(French.agree(text, r.person.woman())));
        }
    }

    static String cibleLabel(String cible) {
        return switch (cible) {
            case "douleur" -> "Douleur";
            case "sommeil" -> "Sommeil";
            case "alimentation" -> "Alimentation";
            case "hydratation" -> "Hydratation";
            case "elimination" -> "Élimination";
            case "chute" -> "Chute";
            case "comportement" -> "Comportement";
            case "humeur-anxiete" -> "Humeur et anxiété";
            case "hygiene" -> "Hygiène";
            case "mobilite" -> "Mobilité";
            case "peau-escarre" -> "Peau et escarre";
            case "respiration" -> "Respiration";
            case "traitement" -> "Traitement";
            case "relation-famille" -> "Relation avec l'entourage";
            case "vie-sociale-activites" -> "Vie sociale et activités";
            case "projet-personnalise" -> "Projet personnalisé";
            default -> throw new IllegalArgumentException(cible);
        };
    }
}
