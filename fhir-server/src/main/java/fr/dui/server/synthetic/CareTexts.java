package fr.dui.server.synthetic;

import java.util.ArrayList;
import java.util.List;

/** French texts of transmissions, treatments and projets personnalisés, by public (embedded lists). */
final class CareTexts {

    record Transmission(String cible, String donnees, String actions, String resultats) {}

    record Medication(String label, String dosage, int perDay) {}

    record Projet(String title, String attente, String objectif, String measure, String target, String action) {}

    private static final CareTexts INSTANCE = new CareTexts();

    private final List<String[]> transmissions = new ArrayList<>();
    private final List<String[]> medications = new ArrayList<>();
    private final List<String[]> projets = new ArrayList<>();

    private CareTexts() {
        ResourceLines.read("transmissions.csv").forEach(l -> transmissions.add(ResourceLines.fields(l)));
        ResourceLines.read("medicaments.csv").forEach(l -> medications.add(ResourceLines.fields(l)));
        ResourceLines.read("projets.csv").forEach(l -> projets.add(ResourceLines.fields(l)));
    }

    static CareTexts get() {
        return INSTANCE;
    }

    List<Transmission> transmissions(Category.Public people) {
        return transmissions.stream()
                .filter(f -> f[0].equals(people.name()))
                .map(f -> new Transmission(f[1], f[2], f[3], f[4]))
                .toList();
    }

    List<Medication> medications(Category.Public people) {
        return medications.stream()
                .filter(f -> List.of(f[3].split(",")).contains(people.name()))
                .map(f -> new Medication(f[0], f[1], Integer.parseInt(f[2])))
                .toList();
    }

    List<Projet> projets(Category.Public people) {
        return projets.stream()
                .filter(f -> f[0].equals(people.name()))
                .map(f -> new Projet(f[1], f[2], f[3], f[4], f[5], f[6]))
                .toList();
    }
}
