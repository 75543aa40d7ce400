package fr.dui.server.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.profiles.DuiPackages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * French communes with their INSEE code (TRE_R13), postal code and département (embedded list). Birth places are
 * drawn only among the communes the DUI terminology knows: FR Core binds the birth place's INSEE code to TRE_R13
 * (required), and the terminology package carries a fragment of it.
 */
final class Communes {

    /** A commune of the code officiel géographique. */
    record Commune(String insee, String name, String postalCode, String departement) {}

    private static final Communes INSTANCE = new Communes();

    private final List<Commune> all = new ArrayList<>();
    private final Map<String, List<Commune>> byDepartement = new LinkedHashMap<>();
    private final List<Commune> birthPlaces = new ArrayList<>();

    private Communes() {
        Set<String> known = knownInseeCodes();
        for (String line : ResourceLines.read("communes.csv")) {
            String[] f = ResourceLines.fields(line);
            Commune commune = new Commune(f[0], f[1], f[2], f[3]);
            all.add(commune);
            byDepartement
                    .computeIfAbsent(commune.departement(), d -> new ArrayList<>())
                    .add(commune);
            if (known.contains(commune.insee())) {
                birthPlaces.add(commune);
            }
        }
        if (birthPlaces.isEmpty()) {
            throw new IllegalStateException("No commune of the list is in the terminology's TRE_R13");
        }
    }

    /** The INSEE codes of the TRE_R13 fragment shipped in the DUI terminology package. */
    private static Set<String> knownInseeCodes() {
        try {
            JsonNode codeSystem =
                    new ObjectMapper().readTree(DuiPackages.terminology().read("CodeSystem-TRE-R13-CommuneOM.json"));
            Set<String> codes = new HashSet<>();
            codeSystem.path("concept").forEach(c -> codes.add(c.path("code").asText()));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Communes get() {
        return INSTANCE;
    }

    List<Commune> all() {
        return List.copyOf(all);
    }

    List<Commune> of(String departement) {
        return List.copyOf(byDepartement.get(departement));
    }

    /** Départements with at least {@code communes} communes in the list: where an OG may be set. */
    List<String> departementsWithAtLeast(int communes) {
        return byDepartement.entrySet().stream()
                .filter(e -> e.getValue().size() >= communes)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A birth place: mostly in the département where the person lives, when the terminology knows one there. */
    Commune birthPlace(SyntheticRandom random, String departement) {
        List<Commune> local = birthPlaces.stream()
                .filter(c -> c.departement().equals(departement))
                .toList();
        return !local.isEmpty() && random.chance(0.6) ? random.pick(local) : random.pick(birthPlaces);
    }
}
