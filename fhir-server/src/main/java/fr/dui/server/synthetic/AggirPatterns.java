package fr.dui.server.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GIR levels and AGGIR answers that go together. The GIR is drawn from the distribution usual for the kind of
 * service (EHPAD residents are mostly GIR 1 to 4, people helped at home mostly GIR 3 and 4); the answers to the 17
 * variables then follow the GIR: the lower the GIR, the more « C » (ne fait pas). This is not the national
 * algorithm that computes a GIR from answers; it makes grids a professional would find consistent with their GIR.
 */
final class AggirPatterns {

    /** The AGGIR variables (linkIds of the dui-aggir Questionnaire), groups with their sub-variables. */
    static final Map<String, List<String>> VARIABLES = variables();

    /** Discriminant variables come first; the last seven are illustrative. */
    static final List<String> ILLUSTRATIVE =
            List.of("gestion", "cuisine", "menage", "transport", "achats", "suiviTraitement", "tempsLibre");

    private AggirPatterns() {}

    private static Map<String, List<String>> variables() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("coherence", List.of("communication", "comportement"));
        v.put("orientation", List.of("temps", "espace"));
        v.put("toilette", List.of("haut", "bas"));
        v.put("habillage", List.of("haut", "moyen", "bas"));
        v.put("alimentation", List.of("seServir", "manger"));
        v.put("elimination", List.of("urinaire", "fecale"));
        for (String single : List.of(
                "transferts",
                "deplacementInterieur",
                "deplacementExterieur",
                "alerter",
                "gestion",
                "cuisine",
                "menage",
                "transport",
                "achats",
                "suiviTraitement",
                "tempsLibre")) {
            v.put(single, List.of());
        }
        return v;
    }

    /** A GIR (1 to 6) usual for the category. */
    static int gir(Category category, SyntheticRandom random) {
        double[] weights = switch (category) {
            // EHPAD: GMP around 700 (DREES).
            case EHPAD -> new double[] {11, 31, 17, 27, 6, 8};
            case SSIAD -> new double[] {6, 24, 28, 34, 5, 3};
            // APA at home: GIR 4 for most; GIR 5-6 are helped by the caisses de retraite.
            case SAAD -> new double[] {2, 13, 20, 45, 12, 8};
            case RESIDENCE_AUTONOMIE -> new double[] {0, 1, 4, 20, 30, 45};
            default -> new double[] {5, 15, 20, 30, 15, 15};
        };
        return random.weighted(weights) + 1;
    }

    /** An answer (A, B or C) to one variable for a person of that GIR. */
    static String answer(int gir, boolean illustrative, SyntheticRandom random) {
        // Chance of « ne fait pas » and of « fait partiellement », from GIR 1 to GIR 6.
        double[] c = {0.85, 0.55, 0.30, 0.15, 0.05, 0.01};
        double[] b = {0.13, 0.35, 0.50, 0.45, 0.35, 0.10};
        double pc = Math.min(0.95, c[gir - 1] + (illustrative ? 0.10 : 0));
        double draw = random.nextDouble();
        if (draw < pc) {
            return "C";
        }
        return draw < pc + b[gir - 1] ? "B" : "A";
    }

    /** Cisis code of a GIR ({@code MED-339} for GIR 1 ... {@code MED-344} for GIR 6). */
    static String code(int gir) {
        return "MED-" + (338 + gir);
    }
}
