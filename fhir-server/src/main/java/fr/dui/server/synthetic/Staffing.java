package fr.dui.server.synthetic;

import java.util.ArrayList;
import java.util.List;

/** How many professionals of each profession an establishment of a category and capacity has ({@code effectifs.csv}). */
final class Staffing {

    /** A profession of a category: one per {@code placesPerProfessional} places (0 = fixed), at least {@code minimum}. */
    record Line(Category category, String profession, int placesPerProfessional, int minimum) {

        int count(int capacity) {
            int byPlaces =
                    placesPerProfessional == 0 ? 0 : (capacity + placesPerProfessional - 1) / placesPerProfessional;
            return Math.max(minimum, byPlaces);
        }
    }

    private static final Staffing INSTANCE = new Staffing();

    private final List<Line> lines = new ArrayList<>();

    private Staffing() {
        for (String line : ResourceLines.read("effectifs.csv")) {
            String[] f = ResourceLines.fields(line);
            lines.add(new Line(Category.valueOf(f[0]), f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
        }
    }

    static Staffing get() {
        return INSTANCE;
    }

    List<Line> of(Category category) {
        return lines.stream().filter(l -> l.category() == category).toList();
    }
}
