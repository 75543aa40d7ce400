package fr.dui.server.security.habilitations;

import java.util.Set;

/**
 * One cell of the habilitation matrix: what a profession may do on a category of data, in one establishment or in
 * every establishment of the OG.
 *
 * @param establishment the Organization id of the establishment, or {@link #EVERY_ESTABLISHMENT}; a row for an
 *     establishment replaces the {@code *} row of the same profession and category there
 * @param profession the profession, as {@link Professions} names it ({@code TRE_R85|313})
 * @param label how people call the profession ({@code Aide-soignant})
 * @param category the category of data
 * @param interactions what is allowed (empty: nothing)
 */
public record Habilitation(
        String establishment, String profession, String label, DataCategory category, Set<Interaction> interactions) {

    public static final String EVERY_ESTABLISHMENT = "*";

    public Habilitation {
        interactions = Set.copyOf(interactions);
    }
}
