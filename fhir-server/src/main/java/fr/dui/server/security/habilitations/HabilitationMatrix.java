package fr.dui.server.security.habilitations;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The matrix in memory, to answer "what may this profession do on this category in this establishment". */
public final class HabilitationMatrix {

    private final Map<String, Set<Interaction>> cells = new HashMap<>();

    public HabilitationMatrix(List<Habilitation> rows) {
        for (Habilitation h : rows) {
            cells.put(key(h.establishment(), h.profession(), h.category()), h.interactions());
        }
    }

    /** A row for the establishment replaces the row for every establishment ({@code *}). */
    public Set<Interaction> allowed(String establishment, String profession, DataCategory category) {
        Set<Interaction> specific = cells.get(key(establishment, profession, category));
        if (specific != null) {
            return specific;
        }
        return cells.getOrDefault(key(Habilitation.EVERY_ESTABLISHMENT, profession, category), Set.of());
    }

    /** Everything a profession may do in an establishment, by category. */
    public Map<DataCategory, Set<Interaction>> rights(String establishment, String profession) {
        Map<DataCategory, Set<Interaction>> result = new EnumMap<>(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            Set<Interaction> allowed = allowed(establishment, profession, category);
            if (!allowed.isEmpty()) {
                result.put(category, EnumSet.copyOf(allowed));
            }
        }
        return result;
    }

    private static String key(String establishment, String profession, DataCategory category) {
        return establishment + ";" + profession + ";" + category.code();
    }
}
