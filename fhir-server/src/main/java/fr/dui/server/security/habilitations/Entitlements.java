package fr.dui.server.security.habilitations;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one professional may do, as computed from their roles, the habilitation matrix, where the usagers are
 * accompanied and which care teams the professional belongs to.
 *
 * @param rights by establishment (Organization id): what each category allows there
 * @param establishmentsByUsager for each usager (Patient id) the caller's establishments that accompany them (a
 *     séjour, an event, a place on the waiting list)
 * @param careTeam the usagers whose care team the caller belongs to
 * @param breakGlass the usagers the caller opened in emergency ({@code $bris-de-glace}), with when each access ends:
 *     their whole record is readable until then
 * @param opposed for each usager who opposes sharing with the caller ({@link SharingOppositions}), the categories
 *     kept from them: nothing of those categories is open to the caller, whatever the matrix says
 */
public record Entitlements(
        Map<String, Map<DataCategory, Set<Interaction>>> rights,
        Map<String, Set<String>> establishmentsByUsager,
        Set<String> careTeam,
        Map<String, Instant> breakGlass,
        Map<String, Set<DataCategory>> opposed) {

    public static final Entitlements NONE = new Entitlements(Map.of(), Map.of(), Set.of(), Map.of(), Map.of());

    /** Entitlements without any opposition to sharing. */
    public Entitlements(
            Map<String, Map<DataCategory, Set<Interaction>>> rights,
            Map<String, Set<String>> establishmentsByUsager,
            Set<String> careTeam,
            Map<String, Instant> breakGlass) {
        this(rights, establishmentsByUsager, careTeam, breakGlass, Map.of());
    }

    public Entitlements {
        rights = rights.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey,
                        e -> e.getValue().entrySet().stream()
                                .collect(Collectors.toUnmodifiableMap(
                                        Map.Entry::getKey, c -> Set.copyOf(c.getValue())))));
        establishmentsByUsager = establishmentsByUsager.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        careTeam = Set.copyOf(careTeam);
        breakGlass = Map.copyOf(breakGlass);
        opposed = opposed.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** Whether an emergency access to this usager's record is open now. */
    public boolean inEmergency(String usager) {
        Instant until = breakGlass.get(usager);
        return until != null && until.isAfter(Instant.now());
    }

    /** Whether some establishment of the caller allows the interaction on the category (data about no usager). */
    public boolean allows(DataCategory category, Interaction interaction) {
        return rights.values().stream()
                .anyMatch(byCategory ->
                        byCategory.getOrDefault(category, Set.of()).contains(interaction));
    }

    /** Whether the caller may do this on this usager's data of this category. */
    public boolean allows(DataCategory category, Interaction interaction, String usager) {
        if (interaction == Interaction.READ && inEmergency(usager)) {
            return true;
        }
        if (opposed.getOrDefault(usager, Set.of()).contains(category)) {
            return false;
        }
        return allowsIn(category, interaction, establishmentsByUsager.getOrDefault(usager, Set.of()))
                && (!category.sharedSecret() || careTeam.contains(usager));
    }

    /** Whether one of these establishments allows the interaction on the category. */
    public boolean allowsIn(DataCategory category, Interaction interaction, Set<String> establishments) {
        for (String establishment : establishments) {
            if (rights.getOrDefault(establishment, Map.of())
                    .getOrDefault(category, Set.of())
                    .contains(interaction)) {
                return true;
            }
        }
        return false;
    }

    /** The usagers whose data of at least one of these categories the caller may read. */
    public Set<String> readableUsagers(Set<DataCategory> categories) {
        Set<String> result = new HashSet<>();
        breakGlass.keySet().stream().filter(this::inEmergency).forEach(result::add);
        for (String usager : establishmentsByUsager.keySet()) {
            for (DataCategory category : categories) {
                if (allows(category, Interaction.READ, usager)) {
                    result.add(usager);
                    break;
                }
            }
        }
        return result;
    }

    /** The categories the caller may read for every one of these usagers. */
    public Set<DataCategory> readableForAll(Set<String> usagers) {
        Set<DataCategory> result = EnumSet.noneOf(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            if (!usagers.isEmpty() && usagers.stream().allMatch(u -> allows(category, Interaction.READ, u))) {
                result.add(category);
            }
        }
        return result;
    }
}
