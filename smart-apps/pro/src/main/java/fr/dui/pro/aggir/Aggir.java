package fr.dui.pro.aggir;

import java.util.EnumMap;
import java.util.Map;

/**
 * The national AGGIR algorithm (annexe 2-2 of the CASF, from décret 97-427): the eight discriminant variables that
 * count (cohérence, orientation, toilette, habillage, alimentation, élimination, transferts, déplacements à
 * l'intérieur), each coded A, B or C, are weighed by group A to H in turn until one reaches its threshold; the rank it
 * gives (1 to 13) is the GIR (1 to 6). Déplacements à l'extérieur and communication (alerter) are discriminant
 * variables of the grid but weigh 0 in every group. Pure: no FHIR, no state.
 */
public final class Aggir {

    /** The variables the algorithm weighs, in the order of the annex's tables. */
    public enum Variable {
        COHERENCE,
        ORIENTATION,
        TOILETTE,
        HABILLAGE,
        ALIMENTATION,
        ELIMINATION,
        TRANSFERTS,
        DEPLACEMENT_INTERIEUR
    }

    /** One group of the annex: the value of C and of B for each variable (A weighs 0), and its rank thresholds. */
    private record Group(int[] c, int[] b, int[] thresholds, int[] ranks, boolean last) {

        int sum(Map<Variable, Modalite> codes) {
            int sum = 0;
            for (Variable v : Variable.values()) {
                Modalite m = codes.get(v);
                sum += m == Modalite.C ? c[v.ordinal()] : m == Modalite.B ? b[v.ordinal()] : 0;
            }
            return sum;
        }

        /** The rank this sum gives, or 0 to test the next group. */
        int rank(int sum) {
            for (int i = 0; i < thresholds.length; i++) {
                if (sum >= thresholds[i]) {
                    return ranks[i];
                }
            }
            return last ? ranks[ranks.length - 1] : 0;
        }
    }

    // columns: cohérence, orientation, toilette, habillage, alimentation, élimination, transferts, déplacement int.
    private static final Group[] GROUPS = {
        new Group( // A
                new int[] {2000, 1200, 40, 40, 60, 100, 800, 200},
                new int[] {0, 0, 16, 16, 20, 16, 120, 32},
                new int[] {4380, 4140, 3390},
                new int[] {1, 2, 3},
                false),
        new Group( // B
                new int[] {1500, 1200, 40, 40, 60, 100, 800, -80},
                new int[] {320, 120, 16, 16, 0, 16, 120, -40},
                new int[] {2016},
                new int[] {4},
                false),
        new Group( // C
                new int[] {0, 0, 40, 40, 60, 160, 1000, 400},
                new int[] {0, 0, 16, 16, 20, 20, 200, 40},
                new int[] {1700, 1432},
                new int[] {5, 6},
                false),
        new Group( // D
                new int[] {0, 0, 0, 0, 2000, 400, 2000, 200},
                new int[] {0, 0, 0, 0, 200, 200, 200, 0},
                new int[] {2400},
                new int[] {7},
                false),
        new Group( // E
                new int[] {400, 400, 400, 400, 400, 800, 800, 200},
                new int[] {0, 0, 100, 100, 100, 100, 100, 0},
                new int[] {1200},
                new int[] {8},
                false),
        new Group( // F
                new int[] {200, 200, 500, 500, 500, 500, 500, 200},
                new int[] {100, 100, 100, 100, 100, 100, 100, 0},
                new int[] {800},
                new int[] {9},
                false),
        new Group( // G
                new int[] {150, 150, 300, 300, 500, 500, 400, 200},
                new int[] {0, 0, 200, 200, 200, 200, 200, 100},
                new int[] {650},
                new int[] {10},
                false),
        new Group( // H
                new int[] {0, 0, 3000, 3000, 3000, 3000, 1000, 1000},
                new int[] {0, 0, 2000, 2000, 2000, 2000, 2000, 1000},
                new int[] {4000, 2000},
                new int[] {11, 12, 13},
                true)
    };

    private Aggir() {}

    /** The rank (1 to 13) of these codes; every variable must be coded. */
    public static int rank(Map<Variable, Modalite> codes) {
        for (Variable v : Variable.values()) {
            if (codes.get(v) == null) {
                throw new IllegalArgumentException("Variable AGGIR non cotée : " + v);
            }
        }
        for (Group group : GROUPS) {
            int rank = group.rank(group.sum(codes));
            if (rank > 0) {
                return rank;
            }
        }
        throw new IllegalStateException("unreachable: group H always ranks");
    }

    /** The GIR (1 to 6) of these codes. */
    public static int gir(Map<Variable, Modalite> codes) {
        int rank = rank(codes);
        if (rank == 1) {
            return 1;
        }
        if (rank <= 7) {
            return 2;
        }
        if (rank <= 9) {
            return 3;
        }
        if (rank <= 11) {
            return 4;
        }
        return rank == 12 ? 5 : 6;
    }

    /** Convenience: the eight variables in order, as a string such as {@code "BBCBCCBB"}. */
    public static Map<Variable, Modalite> codes(String eightLetters) {
        if (eightLetters.length() != Variable.values().length) {
            throw new IllegalArgumentException("8 modalités attendues : " + eightLetters);
        }
        Map<Variable, Modalite> codes = new EnumMap<>(Variable.class);
        for (Variable v : Variable.values()) {
            codes.put(v, Modalite.valueOf(String.valueOf(eightLetters.charAt(v.ordinal()))));
        }
        return codes;
    }
}
