package fr.dui.server.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Frequent French family names and given names by sex and generation (embedded lists, read once). */
final class FrenchNames {

    private static final FrenchNames INSTANCE = new FrenchNames();

    private final List<String> families;
    private final Map<String, List<String>> given = new HashMap<>();

    private FrenchNames() {
        this.families = ResourceLines.read("noms.txt");
        for (String line : ResourceLines.read("prenoms.csv")) {
            String[] f = ResourceLines.fields(line);
            List<String> names = new ArrayList<>();
            for (String name : f[2].split(",")) {
                names.add(name.strip());
            }
            given.put(f[0] + "|" + f[1], List.copyOf(names));
        }
    }

    static FrenchNames get() {
        return INSTANCE;
    }

    String family(SyntheticRandom random) {
        return random.pick(families);
    }

    /** A given name usual for a person of that sex born that year. */
    String given(SyntheticRandom random, boolean woman, int birthYear) {
        String generation = birthYear <= 1955 ? "ancienne" : birthYear <= 2000 ? "adulte" : "jeune";
        return random.pick(given.get((woman ? "F" : "M") + "|" + generation));
    }
}
