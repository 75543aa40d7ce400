package fr.dui.server.security.habilitations;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.RelatedPerson;

/**
 * What a proche may see of a usager's record (REL-5). A legal representative ({@code GUARD}) acts for the usager and
 * reads their record as they would. A personne de confiance ({@code NOK}) reads it only while an active consent of the
 * usager says so (category {@code acces-personne-confiance}, {@code permit}, in its period, naming them among its
 * actors or naming no actor), and only the resource types it lists in {@code provision.class} when it lists some.
 * Anyone else of the entourage reads nothing. Proches never write.
 */
public class ProcheAccess {

    static final String ROLE_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass";
    static final String CONSENT_TYPES = "https://dui-libre.fr/fhir/CodeSystem/dui-type-consentement";
    static final String TRUSTED_PERSON_ACCESS = "acces-personne-confiance";
    private static final String RESOURCE_TYPES = "http://hl7.org/fhir/resource-types";

    /**
     * What a proche may read.
     *
     * @param usager the usager (Patient id)
     * @param types the resource types they may read; empty = every type of the usager's record
     */
    public record Grant(String usager, Set<String> types) {
        public boolean allowsType(String type) {
            return types.isEmpty() || types.contains(type);
        }
    }

    private record Cached(Instant expires, Optional<Grant> grant) {}

    private final DaoRegistry daos;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ProcheAccess(DaoRegistry daos, Clock clock, Duration ttl) {
        this.daos = daos;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The grant of the proche a token names ({@code RelatedPerson/x}), now; empty when they may read nothing. */
    public Optional<Grant> of(String relatedPerson) {
        Instant now = clock.instant();
        Cached cached = cache.get(relatedPerson);
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.grant();
        }
        Optional<Grant> grant = compute(relatedPerson, now);
        cache.put(relatedPerson, new Cached(now.plus(ttl), grant));
        return grant;
    }

    /** Forgets every grant: an entourage or a consent changed. */
    public void invalidate() {
        cache.clear();
    }

    private Optional<Grant> compute(String reference, Instant now) {
        IdType id = new IdType(reference);
        if (!"RelatedPerson".equals(id.getResourceType()) || !id.hasIdPart()) {
            return Optional.empty();
        }
        RelatedPerson proche;
        try {
            proche = daos.getResourceDao(RelatedPerson.class)
                    .read(id.toUnqualifiedVersionless(), new SystemRequestDetails());
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return Optional.empty();
        }
        if ((proche.hasActive() && !proche.getActive())
                || !within(proche.getPeriod(), now)
                || !proche.getPatient().hasReference()) {
            return Optional.empty();
        }
        String usager = new IdType(proche.getPatient().getReference()).getIdPart();
        if (hasRole(proche, "GUARD")) {
            return Optional.of(new Grant(usager, Set.of()));
        }
        if (!hasRole(proche, "NOK")) {
            return Optional.empty();
        }
        SearchParameterMap consents = SearchParameterMap.newSynchronous();
        consents.add(Consent.SP_PATIENT, new ReferenceParam("Patient/" + usager));
        consents.add(Consent.SP_CATEGORY, new TokenParam(CONSENT_TYPES, TRUSTED_PERSON_ACCESS));
        consents.add(Consent.SP_STATUS, new TokenParam("active"));
        for (IBaseResource r : daos.getResourceDao(Consent.class)
                .search(consents, new SystemRequestDetails())
                .getAllResources()) {
            Consent consent = (Consent) r;
            Consent.ProvisionComponent provision = consent.getProvision();
            boolean permit = provision.getType() == Consent.ConsentProvisionType.PERMIT;
            boolean namesThem = !provision.hasActor()
                    || provision.getActor().stream()
                            .anyMatch(a -> a.getReference().hasReference()
                                    && new IdType(a.getReference().getReference())
                                            .toUnqualifiedVersionless()
                                            .getValue()
                                            .equals("RelatedPerson/" + id.getIdPart()));
            if (permit && namesThem && within(provision.getPeriod(), now)) {
                Set<String> types = provision.getClass_().stream()
                        .filter(c -> c.getSystem() == null || RESOURCE_TYPES.equals(c.getSystem()))
                        .map(Coding::getCode)
                        .collect(Collectors.toSet());
                return Optional.of(new Grant(usager, Set.copyOf(types)));
            }
        }
        return Optional.empty();
    }

    private static boolean hasRole(RelatedPerson proche, String role) {
        for (CodeableConcept relationship : proche.getRelationship()) {
            for (Coding coding : relationship.getCoding()) {
                if (ROLE_SYSTEM.equals(coding.getSystem()) && role.equals(coding.getCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a period (none = always) holds at this instant; also used for oppositions to sharing. */
    static boolean within(Period period, Instant now) {
        if (period == null || period.isEmpty()) {
            return true;
        }
        Date at = Date.from(now);
        return (period.getStart() == null || !period.getStart().after(at))
                && (period.getEnd() == null || period.getEnd().after(at));
    }
}
