package fr.dui.pro.aggir;

import java.util.List;

/**
 * The modalities of an AGGIR variable (CodeSystem dui-aggir-modalite), with the adverbs of the 2008 guide: A does it
 * alone, totally, habitually and correctly; B partly, or not habitually, or not correctly; C does not do it.
 */
public enum Modalite {
    A,
    B,
    C;

    /**
     * A variable with sub-variables (annexe 2-1 of the CASF): A when all are A, C when all are C, B otherwise (toilette,
     * habillage); for alimentation, a B with a C also gives C (AC stays B); for cohérence, orientation and élimination,
     * any C gives C. (The guide's text is a fac-similé not reproduced in the open copies of the code: these tables are
     * those of the established open-source calculators, FreeHealth's {@code NewGirScore}, MedinTux and the INSEE HID
     * program, which agree on them.)
     */
    public static Modalite combine(Rule rule, List<Modalite> parts) {
        if (parts.stream().allMatch(p -> p == A)) {
            return A;
        }
        if (parts.stream().allMatch(p -> p == C)) {
            return C;
        }
        boolean anyC = parts.contains(C);
        return switch (rule) {
            case PLAIN -> B;
            case B_WITH_C_IS_C -> anyC && !parts.contains(A) ? C : B;
            case ANY_C_IS_C -> anyC ? C : B;
        };
    }

    /** How sub-variables combine. */
    public enum Rule {
        PLAIN,
        B_WITH_C_IS_C,
        ANY_C_IS_C
    }
}
