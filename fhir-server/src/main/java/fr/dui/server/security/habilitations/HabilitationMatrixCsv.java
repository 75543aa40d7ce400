package fr.dui.server.security.habilitations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The habilitation matrix as a table a person edits (in a spreadsheet or a text editor): one line per establishment
 * and profession, one column per category, each cell the letters of what is allowed ({@code r} consulter, {@code c}
 * créer, {@code u} modifier, {@code d} supprimer, {@code -} rien). Separator {@code ;}, lines starting with {@code #}
 * are comments.
 *
 * <pre>
 * établissement;profession;libellé;administratif;social;accompagnement;soins;medical;documents;consentements;annuaire
 * *;TRE_R85|313;Aide-soignant;r;-;rcu;rcu;-;r;r;r
 * </pre>
 */
public final class HabilitationMatrixCsv {

    private static final List<String> FIXED = List.of("établissement", "profession", "libellé");

    private HabilitationMatrixCsv() {}

    /** A line of the table that cannot be read; the message is French, for the administrator. */
    public static final class InvalidMatrix extends IllegalArgumentException {
        InvalidMatrix(String message) {
            super(message);
        }
    }

    public static String header() {
        StringBuilder out = new StringBuilder(String.join(";", FIXED));
        for (DataCategory category : DataCategory.values()) {
            out.append(';').append(category.code());
        }
        return out.toString();
    }

    public static List<Habilitation> parse(String text) {
        List<Habilitation> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        boolean headerSeen = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(header())) {
                    throw new InvalidMatrix("Ligne " + (n + 1) + " : l'en-tête attendu est « " + header() + " »");
                }
                headerSeen = true;
                continue;
            }
            String[] cells = line.split(";", -1);
            if (cells.length != FIXED.size() + DataCategory.values().length) {
                throw new InvalidMatrix("Ligne " + (n + 1) + " : " + cells.length + " colonnes au lieu de "
                        + (FIXED.size() + DataCategory.values().length));
            }
            String establishment = cells[0].strip();
            String profession = cells[1].strip();
            String label = cells[2].strip();
            if (establishment.isEmpty() || !establishment.matches("\\*|[A-Za-z0-9\\-.]{1,64}")) {
                throw new InvalidMatrix("Ligne " + (n + 1) + " : établissement « " + establishment
                        + " » invalide (* ou l'identifiant de l'Organization)");
            }
            if (!Professions.valid(profession)) {
                throw new InvalidMatrix("Ligne " + (n + 1) + " : profession « " + profession
                        + " » invalide (attendu TRE_A02|code, TRE_R85|code, TRE_R94|code ou TRE_R95|code)");
            }
            for (DataCategory category : DataCategory.values()) {
                String cell = cells[FIXED.size() + category.ordinal()].strip();
                Set<Interaction> allowed;
                try {
                    allowed = Interaction.parse(cell);
                } catch (IllegalArgumentException e) {
                    throw new InvalidMatrix(
                            "Ligne " + (n + 1) + ", colonne " + category.code() + " : " + e.getMessage());
                }
                rows.add(new Habilitation(establishment, profession, label, category, allowed));
            }
        }
        if (!headerSeen) {
            throw new InvalidMatrix("La matrice est vide : l'en-tête attendu est « " + header() + " »");
        }
        return rows;
    }

    /** The table of the given rows. */
    public static String format(List<Habilitation> rows) {
        Map<String, Habilitation[]> lines = new LinkedHashMap<>();
        for (Habilitation h : rows) {
            lines.computeIfAbsent(
                            h.establishment() + ";" + h.profession(),
                            k -> new Habilitation[DataCategory.values().length])[
                    h.category().ordinal()] = h;
        }
        StringBuilder out = new StringBuilder(header()).append('\n');
        for (Map.Entry<String, Habilitation[]> line : lines.entrySet()) {
            String label = Arrays.stream(line.getValue())
                    .filter(h -> h != null)
                    .map(Habilitation::label)
                    .findFirst()
                    .orElse("");
            out.append(line.getKey()).append(';').append(label);
            Arrays.stream(line.getValue())
                    .forEach(h -> out.append(';').append(h == null ? "-" : Interaction.format(h.interactions())));
            out.append('\n');
        }
        return out.toString();
    }
}
