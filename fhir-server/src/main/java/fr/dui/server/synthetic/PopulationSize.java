package fr.dui.server.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A named size of population: the establishments of the OG, each with its category and capacity (places, or people
 * followed for a service at home). Each establishment also has former usagers (15 % of its capacity) and people on
 * its waiting list (25 %).
 *
 * @param name the name given on the command line ({@code ehpad-30}, {@code og-4}, {@code og-20}, {@code og-200})
 * @param establishments the establishments, in generation order
 */
public record PopulationSize(String name, List<Establishment> establishments) {

    /** One establishment of the plan. */
    public record Establishment(Category category, int capacity) {

        /** Usagers with a séjour in progress. */
        public int current() {
            return capacity;
        }

        /** Usagers whose séjour ended. */
        public int former() {
            return Math.round(capacity * 0.15f);
        }

        /** People on the waiting list, not admitted yet. */
        public int waiting() {
            return Math.round(capacity * 0.25f);
        }

        public int people() {
            return current() + former() + waiting();
        }
    }

    /** The order categories come in a large OG: EHPADs and services at home first, as in most French OGs. */
    private static final List<Category> LARGE_OG_MIX = List.of(
            Category.EHPAD,
            Category.SAAD,
            Category.SSIAD,
            Category.IME,
            Category.EHPAD,
            Category.RESIDENCE_AUTONOMIE,
            Category.SAAD,
            Category.MAS,
            Category.ESAT,
            Category.EHPAD);

    public static final List<String> NAMES = List.of("ehpad-30", "og-4", "og-6", "og-20", "og-200");

    public PopulationSize {
        establishments = List.copyOf(establishments);
    }

    /** The size of that name; an exception listing the known names otherwise. */
    public static PopulationSize named(String name) {
        return switch (name) {
            case "ehpad-30" -> new PopulationSize(name, List.of(new Establishment(Category.EHPAD, 30)));
            case "og-4" ->
                new PopulationSize(
                        name,
                        List.of(
                                new Establishment(Category.EHPAD, 80),
                                new Establishment(Category.IME, 60),
                                new Establishment(Category.SSIAD, 60),
                                new Establishment(Category.SAAD, 120)));
            case "og-6" -> largeOg(name, 6, 1_000);
            case "og-20" -> largeOg(name, 20, 10_000);
            case "og-200" -> largeOg(name, 200, 100_000);
            default ->
                throw new IllegalArgumentException(
                        "Taille inconnue : « " + name + " ». Tailles possibles : " + String.join(", ", NAMES) + ".");
        };
    }

    /** {@code count} establishments sharing about {@code people} usagers in proportion to their category's weight. */
    static PopulationSize largeOg(String name, int count, int people) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            categories.add(LARGE_OG_MIX.get(i % LARGE_OG_MIX.size()));
        }
        double weights = categories.stream().mapToDouble(Category::sizeWeight).sum();
        double places = people / 1.4;
        return new PopulationSize(
                name,
                categories.stream()
                        .map(c ->
                                new Establishment(c, (int) Math.max(10, Math.round(places * c.sizeWeight() / weights))))
                        .toList());
    }

    public int people() {
        return establishments.stream().mapToInt(Establishment::people).sum();
    }

    /** French, for logs and the loader: « 4 établissements (EHPAD, IME, SSIAD, SAAD), 452 usagers ». */
    public String describe() {
        String kinds =
                establishments.stream().map(e -> e.category().name()).distinct().collect(Collectors.joining(", "));
        return establishments.size() + (establishments.size() > 1 ? " établissements (" : " établissement (") + kinds
                + "), " + people() + " usagers";
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(establishments.toArray());
    }
}
