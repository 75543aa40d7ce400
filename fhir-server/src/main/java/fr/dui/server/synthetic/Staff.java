package fr.dui.server.synthetic;

import java.util.List;
import java.util.Optional;

/** The professionals of one establishment, by role: who the usagers' records name as authors and team members. */
record Staff(List<Member> members) {

    /** A professional's role in the establishment. */
    record Member(String roleId, String practitionerId, String profession, String given, String family, boolean woman) {

        String displayName() {
            return given + " " + family;
        }
    }

    Staff {
        members = List.copyOf(members);
    }

    List<Member> of(String profession) {
        return members.stream().filter(m -> m.profession().equals(profession)).toList();
    }

    /** The first professional of the first of these professions the establishment has. */
    Optional<Member> first(String... professions) {
        for (String profession : professions) {
            List<Member> found = of(profession);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** One of the professionals of the first of these professions the establishment has (rotation by {@code n}). */
    Optional<Member> oneOf(int n, String... professions) {
        for (String profession : professions) {
            List<Member> found = of(profession);
            if (!found.isEmpty()) {
                return Optional.of(found.get(Math.floorMod(n, found.size())));
            }
        }
        return Optional.empty();
    }

    /** Anyone: the establishment always has at least one professional. */
    Member any(int n) {
        return members.get(Math.floorMod(n, members.size()));
    }
}
