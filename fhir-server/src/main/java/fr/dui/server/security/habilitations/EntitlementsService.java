package fr.dui.server.security.habilitations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * Computes and caches each professional's {@link Entitlements}. What they depend on (roles, séjours, waiting lists,
 * care teams, the matrix) changes rarely compared with how often it is asked, so the result is kept until one of
 * those changes ({@link #invalidate()}, called after the commit that changed it) or for at most {@code ttl}.
 */
public class EntitlementsService {

    private record Cached(long generation, Instant expires, Entitlements entitlements) {}

    private final ProfessionalDirectory directory;
    private final HabilitationStore store;
    private final BreakGlassStore breakGlass;
    private final SharingOppositions oppositions;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> scheduleOwners = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile HabilitationMatrix matrix;

    public EntitlementsService(
            ProfessionalDirectory directory,
            HabilitationStore store,
            BreakGlassStore breakGlass,
            SharingOppositions oppositions,
            Clock clock,
            Duration ttl) {
        this.directory = directory;
        this.oppositions = oppositions;
        this.store = store;
        this.breakGlass = breakGlass;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The entitlements of the person a token names ({@code PractitionerRole/x} or {@code Practitioner/y}). */
    public Entitlements of(String fhirUser) {
        long current = generation.get();
        Instant now = clock.instant();
        Cached cached = cache.get(fhirUser);
        if (cached != null && cached.generation() == current && cached.expires().isAfter(now)) {
            return cached.entitlements();
        }
        Entitlements computed = compute(fhirUser);
        cache.put(fhirUser, new Cached(current, now.plus(ttl), computed));
        return computed;
    }

    /** Forgets every computed entitlement: roles, séjours, care teams or the matrix changed. */
    public void invalidate() {
        generation.incrementAndGet();
        cache.clear();
        scheduleOwners.clear();
        matrix = null;
    }

    private HabilitationMatrix matrix() {
        HabilitationMatrix m = matrix;
        if (m == null) {
            m = new HabilitationMatrix(store.all());
            matrix = m;
        }
        return m;
    }

    private Entitlements compute(String fhirUser) {
        HabilitationMatrix m = matrix();
        Map<String, Map<DataCategory, Set<Interaction>>> rights = new HashMap<>();
        Set<String> members = new LinkedHashSet<>();
        members.add(fhirUser);
        for (PractitionerRole role : directory.roles(fhirUser)) {
            members.add("PractitionerRole/" + role.getIdElement().getIdPart());
            if (role.hasPractitioner() && role.getPractitioner().hasReference()) {
                members.add(role.getPractitioner().getReference());
            }
            Set<String> professions = new HashSet<>();
            role.getCode().forEach(code -> {
                for (Coding coding : code.getCoding()) {
                    Professions.key(coding).ifPresent(professions::add);
                }
            });
            for (String establishment : directory.establishments(role)) {
                Map<DataCategory, Set<Interaction>> here =
                        rights.computeIfAbsent(establishment, e -> new EnumMap<>(DataCategory.class));
                for (String profession : professions) {
                    m.rights(establishment, profession)
                            .forEach((category, allowed) -> here.computeIfAbsent(
                                            category, c -> EnumSet.noneOf(Interaction.class))
                                    .addAll(allowed));
                }
            }
        }
        rights.values().removeIf(Map::isEmpty);
        Map<String, Set<String>> establishmentsByUsager = new HashMap<>();
        for (String establishment : rights.keySet()) {
            for (String usager : directory.usagersOf(establishment)) {
                establishmentsByUsager
                        .computeIfAbsent(usager, u -> new HashSet<>())
                        .add(establishment);
            }
        }
        Set<String> careTeam = directory.careTeamUsagers(members);
        Set<String> workplaces = new HashSet<>(members);
        rights.keySet().forEach(establishment -> workplaces.add("Organization/" + establishment));
        return new Entitlements( // deep-copies, immutable
                rights,
                establishmentsByUsager,
                careTeam,
                breakGlass.active(List.copyOf(members), clock.instant()),
                oppositions.against(workplaces, careTeam, clock.instant()));
    }

    /** The usager a Schedule is the agenda of (to place a presence or absence). */
    public Optional<String> scheduleOwner(String scheduleReference) {
        return scheduleOwners.computeIfAbsent(scheduleReference, directory::scheduleOwner);
    }
}
