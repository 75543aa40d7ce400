package fr.dui.server.synthetic;

import java.util.List;
import java.util.Optional;

/** The people around a usager, by their role for the establishment (TRE_R260). */
record Entourage(List<Relative> relatives) {

    static final Entourage NONE = new Entourage(List.of());

    /** A RelatedPerson of the record. */
    record Relative(String id, String role, String given, String family, boolean woman) {

        String displayName() {
            return given + " " + family;
        }
    }

    Entourage {
        relatives = List.copyOf(relatives);
    }

    Optional<Relative> withRole(String role) {
        return relatives.stream().filter(r -> r.role().equals(role)).findFirst();
    }

    /** Who signs for the usager: the legal representative when there is one. */
    Optional<Relative> representative() {
        return withRole("GUARD");
    }
}
