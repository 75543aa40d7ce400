package fr.dui.server.security.habilitations;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;

/**
 * A usager's opposition to the sharing of their information within the team (article L.1110-4 of the code de la santé
 * publique): an active {@code Consent} of category {@code partage-informations-equipe}, {@code provision.type = deny},
 * within its period. It names the professionals it keeps out in {@code provision.actor} (a {@code PractitionerRole},
 * a {@code Practitioner} or an establishment's {@code Organization}); naming nobody, it keeps out every professional
 * outside the usager's care team. It covers the categories of data listed in {@code provision.class} (codes of
 * {@code dui-categorie-donnees}), or all of them when it lists none. Only bris de glace goes past it.
 */
public class SharingOppositions {

    static final String CATEGORIES = "https://dui-libre.fr/fhir/CodeSystem/dui-categorie-donnees";
    static final String TEAM_SHARING = "partage-informations-equipe";

    private final DaoRegistry daos;

    public SharingOppositions(DaoRegistry daos) {
        this.daos = daos;
    }

    /**
     * The categories each usager keeps from this professional.
     *
     * @param members who the professional is ({@code PractitionerRole/x}, {@code Practitioner/y}) and where they work
     *     ({@code Organization/z})
     * @param careTeam the usagers whose care team the professional belongs to
     */
    public Map<String, Set<DataCategory>> against(Set<String> members, Set<String> careTeam, Instant now) {
        Map<String, Set<DataCategory>> opposed = new HashMap<>();
        SearchParameterMap map = SearchParameterMap.newSynchronous();
        map.add(Consent.SP_CATEGORY, new TokenParam(ProcheAccess.CONSENT_TYPES, TEAM_SHARING));
        map.add(Consent.SP_STATUS, new TokenParam("active"));
        for (IBaseResource r : daos.getResourceDao(Consent.class)
                .search(map, new SystemRequestDetails())
                .getAllResources()) {
            Consent consent = (Consent) r;
            Consent.ProvisionComponent provision = consent.getProvision();
            String usager =
                    ProfessionalDirectory.patientOf(consent.getPatient()).orElse(null);
            if (usager == null
                    || provision.getType() != Consent.ConsentProvisionType.DENY
                    || !ProcheAccess.within(provision.getPeriod(), now)) {
                continue;
            }
            boolean keepsThemOut = provision.hasActor()
                    ? provision.getActor().stream()
                            .map(a -> a.getReference().getReference())
                            .anyMatch(members::contains)
                    : !careTeam.contains(usager);
            if (keepsThemOut) {
                opposed.computeIfAbsent(usager, u -> EnumSet.noneOf(DataCategory.class))
                        .addAll(categories(provision));
            }
        }
        return opposed;
    }

    private static Set<DataCategory> categories(Consent.ProvisionComponent provision) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (Coding coding : provision.getClass_()) {
            if (CATEGORIES.equals(coding.getSystem())) {
                DataCategory.fromCode(coding.getCode()).ifPresent(categories::add);
            }
        }
        return categories.isEmpty() ? EnumSet.allOf(DataCategory.class) : categories;
    }
}
