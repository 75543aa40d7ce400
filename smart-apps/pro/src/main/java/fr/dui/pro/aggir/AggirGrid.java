package fr.dui.pro.aggir;

import fr.dui.pro.aggir.Aggir.Variable;
import fr.dui.pro.aggir.Modalite.Rule;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of the DUI's AGGIR questionnaire (Questionnaire dui-aggir: its linkIds and texts), grouped as the grid
 * shows them, and how the coded answers give the eight variables the algorithm weighs.
 */
public final class AggirGrid {

    /** A question of the grid: a variable, or a sub-variable of a group. */
    public record Question(String linkId, String texte) {}

    /** A line of the grid: a variable (its own question) or a group of sub-variables. */
    public record Item(
            String linkId,
            String texte,
            boolean discriminante,
            List<Question> questions,
            Variable variable,
            Rule rule) {

        public boolean groupe() {
            return questions.size() > 1 || !questions.get(0).linkId().equals(linkId);
        }
    }

    public static final String QUESTIONNAIRE = "https://dui-libre.fr/fhir/Questionnaire/dui-aggir";
    public static final String MODALITE_SYSTEM = "https://dui-libre.fr/fhir/CodeSystem/dui-aggir-modalite";

    public static final List<Item> ITEMS = List.of(
            group(
                    "coherence",
                    "Cohérence : converser et se comporter de façon sensée",
                    Variable.COHERENCE,
                    Rule.ANY_C_IS_C,
                    q("coherence.communication", "Communication"),
                    q("coherence.comportement", "Comportement")),
            group(
                    "orientation",
                    "Orientation : se repérer dans le temps et les lieux",
                    Variable.ORIENTATION,
                    Rule.ANY_C_IS_C,
                    q("orientation.temps", "Dans le temps"),
                    q("orientation.espace", "Dans l'espace")),
            group(
                    "toilette",
                    "Toilette : assurer son hygiène corporelle",
                    Variable.TOILETTE,
                    Rule.PLAIN,
                    q("toilette.haut", "Haut du corps"),
                    q("toilette.bas", "Bas du corps")),
            group(
                    "habillage",
                    "Habillage : s'habiller, se déshabiller",
                    Variable.HABILLAGE,
                    Rule.PLAIN,
                    q("habillage.haut", "Haut"),
                    q("habillage.moyen", "Moyen"),
                    q("habillage.bas", "Bas")),
            group(
                    "alimentation",
                    "Alimentation : se servir et manger",
                    Variable.ALIMENTATION,
                    Rule.B_WITH_C_IS_C,
                    q("alimentation.seServir", "Se servir"),
                    q("alimentation.manger", "Manger")),
            group(
                    "elimination",
                    "Élimination : assurer l'hygiène de l'élimination",
                    Variable.ELIMINATION,
                    Rule.ANY_C_IS_C,
                    q("elimination.urinaire", "Urinaire"),
                    q("elimination.fecale", "Fécale")),
            single("transferts", "Transferts : se lever, se coucher, s'asseoir", true, Variable.TRANSFERTS),
            single("deplacementInterieur", "Déplacements à l'intérieur", true, Variable.DEPLACEMENT_INTERIEUR),
            single("deplacementExterieur", "Déplacements à l'extérieur", true, null),
            single("alerter", "Alerter : utiliser un moyen de communication à distance", true, null),
            single("gestion", "Gestion : gérer ses affaires, son budget, ses biens", false, null),
            single("cuisine", "Cuisine : préparer ses repas", false, null),
            single("menage", "Ménage : effectuer l'ensemble des travaux ménagers", false, null),
            single("transport", "Transports : prendre ou commander un moyen de transport", false, null),
            single("achats", "Achats : acquérir directement ou par correspondance", false, null),
            single("suiviTraitement", "Suivi du traitement", false, null),
            single("tempsLibre", "Activités de temps libre", false, null));

    private AggirGrid() {}

    /** Every question (the leaves), in order. */
    public static List<Question> questions() {
        return ITEMS.stream().flatMap(i -> i.questions().stream()).toList();
    }

    /** The eight weighed variables from the answers (linkId → modality); every question must be answered. */
    public static Map<Variable, Modalite> variables(Map<String, Modalite> answers) {
        Map<Variable, Modalite> variables = new EnumMap<>(Variable.class);
        for (Item item : ITEMS) {
            if (item.variable() != null) {
                List<Modalite> parts = item.questions().stream()
                        .map(q -> answers.get(q.linkId()))
                        .toList();
                if (parts.contains(null)) {
                    throw new IllegalArgumentException("Question sans réponse dans " + item.linkId());
                }
                variables.put(item.variable(), Modalite.combine(item.rule(), parts));
            }
        }
        return variables;
    }

    /** The answers of a form (request parameters named by linkId, values A, B or C), and the questions unanswered. */
    public static Parsed parse(Map<String, String> parameters) {
        Map<String, Modalite> answers = new LinkedHashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (Question q : questions()) {
            String value = parameters.get(q.linkId());
            Modalite m = null;
            if (value != null) {
                try {
                    m = Modalite.valueOf(value.trim());
                } catch (IllegalArgumentException e) {
                    m = null;
                }
            }
            if (m == null) {
                missing.add(q.linkId());
            } else {
                answers.put(q.linkId(), m);
            }
        }
        return new Parsed(answers, missing);
    }

    /** What a form gave: the answers, and the linkIds left unanswered (or with an unknown value). */
    public record Parsed(Map<String, Modalite> answers, List<String> missing) {

        public boolean complete() {
            return missing.isEmpty();
        }

        public int gir() {
            return Aggir.gir(variables(answers));
        }
    }

    private static Question q(String linkId, String texte) {
        return new Question(linkId, texte);
    }

    private static Item group(String linkId, String texte, Variable variable, Rule rule, Question... questions) {
        return new Item(linkId, texte, true, List.of(questions), variable, rule);
    }

    private static Item single(String linkId, String texte, boolean discriminante, Variable variable) {
        return new Item(linkId, texte, discriminante, List.of(new Question(linkId, texte)), variable, Rule.PLAIN);
    }
}
