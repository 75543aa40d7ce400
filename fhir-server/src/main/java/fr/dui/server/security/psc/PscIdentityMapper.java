package fr.dui.server.security.psc;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import fr.dui.server.security.habilitations.ProfessionalDirectory;
import fr.dui.server.security.habilitations.Professions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * Finds the roles a Pro Santé Connect identity may act in here: the Practitioner whose idNat_PS is the identity's,
 * then its active PractitionerRoles whose profession is one PSC says the person exercises ({@code G15_<codeProfession>}
 * of TRE_A02, with the same specialty when the role names one) in the organisation PSC names for that practice (the
 * establishment of its FINESS géographique, or the organisme gestionnaire of its FINESS juridique for a role held at
 * OG level). Reads the storage as the system; never asks anything of the person's rights.
 */
public class PscIdentityMapper {

    static final String IDNAT_PS = "urn:oid:1.2.250.1.71.4.2.1";
    /** FINESS géographique of an establishment (FR Core). */
    static final String FINESS = "https://finess.esante.gouv.fr";
    /** idNat_Struct: 1 + FINESS, of an establishment or of an OG (FINESS juridique). */
    static final String IDNAT_STRUCT = "urn:oid:1.2.250.1.71.4.2.2";

    private static final String TRE_A02 = Professions.system("TRE_A02");

    /**
     * What PSC's identity matches here.
     *
     * @param personKnown whether a Practitioner has this idNat_PS
     * @param activities the roles it may act in, in a stable order
     */
    public record Match(boolean personKnown, List<PscActivity> activities) {}

    /**
     * A role the person may act in.
     *
     * @param role {@code PractitionerRole/x}
     * @param label how the choice page names it: "Médecin — EHPAD Les Tilleuls"
     */
    public record PscActivity(String role, String label) implements Serializable {}

    private final DaoRegistry daos;
    private final ProfessionalDirectory directory;

    public PscIdentityMapper(DaoRegistry daos, ProfessionalDirectory directory) {
        this.daos = daos;
        this.directory = directory;
    }

    public Match match(PscIdentity identity) {
        if (identity.idNat().isEmpty()) {
            return new Match(false, List.of());
        }
        List<IBaseResource> practitioners = search(
                Practitioner.class, Practitioner.SP_IDENTIFIER, List.of(new TokenParam(IDNAT_PS, identity.idNat())));
        if (practitioners.isEmpty()) {
            return new Match(false, List.of());
        }
        Map<PscIdentity.Activity, Set<String>> organizations = new HashMap<>();
        Map<String, PscActivity> found = new LinkedHashMap<>();
        for (IBaseResource practitioner : practitioners) {
            for (PractitionerRole role : directory.roles(
                    "Practitioner/" + practitioner.getIdElement().getIdPart())) {
                if (!role.hasOrganization() || !role.getOrganization().hasReference()) {
                    continue;
                }
                String organization = new IdType(role.getOrganization().getReference()).getIdPart();
                for (PscIdentity.Exercice exercice : identity.exercices()) {
                    if (!professionMatches(role, exercice)) {
                        continue;
                    }
                    for (PscIdentity.Activity activity : exercice.activities()) {
                        if (organizations
                                .computeIfAbsent(activity, this::organizationsOf)
                                .contains(organization)) {
                            String reference =
                                    "PractitionerRole/" + role.getIdElement().getIdPart();
                            found.computeIfAbsent(reference, r -> new PscActivity(r, label(role, organization)));
                        }
                    }
                }
            }
        }
        return new Match(true, List.copyOf(found.values()));
    }

    /** The role's profession is {@code G15_<codeProfession>} (TRE_A02), and its specialty, if any, PSC's. */
    static boolean professionMatches(PractitionerRole role, PscIdentity.Exercice exercice) {
        if (exercice.profession().isEmpty()) {
            return false;
        }
        String profession = "G15_" + exercice.profession();
        for (CodeableConcept code : role.getCode()) {
            for (Coding coding : code.getCoding()) {
                if (!TRE_A02.equals(coding.getSystem()) || coding.getCode() == null) {
                    continue;
                }
                if (coding.getCode().equals(profession)
                        || coding.getCode().equals(profession + "/" + exercice.savoirFaire())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The organisations a PSC activity names: its establishment, and its OG. */
    private Set<String> organizationsOf(PscIdentity.Activity activity) {
        List<TokenParam> identifiers = new ArrayList<>();
        if (!activity.finessSite().isEmpty()) {
            identifiers.add(new TokenParam(FINESS, activity.finessSite()));
            identifiers.add(new TokenParam(IDNAT_STRUCT, "1" + activity.finessSite()));
        }
        if (!activity.finessJuridique().isEmpty()) {
            identifiers.add(new TokenParam(IDNAT_STRUCT, "1" + activity.finessJuridique()));
        }
        Set<String> ids = new LinkedHashSet<>();
        if (!identifiers.isEmpty()) {
            search(Organization.class, Organization.SP_IDENTIFIER, identifiers)
                    .forEach(o -> ids.add(o.getIdElement().getIdPart()));
        }
        return ids;
    }

    private String label(PractitionerRole role, String organization) {
        String profession = role.getCode().stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> c.hasDisplay())
                .map(Coding::getDisplay)
                .findFirst()
                .orElse("Professionnel");
        String where = search(Organization.class, "_id", List.of(new TokenParam(organization))).stream()
                .map(o -> ((Organization) o).getName())
                .filter(n -> n != null && !n.isBlank())
                .findFirst()
                .orElse("Organization/" + organization);
        return profession + " — " + where;
    }

    private List<IBaseResource> search(Class<? extends IBaseResource> type, String parameter, List<TokenParam> anyOf) {
        SearchParameterMap map = SearchParameterMap.newSynchronous();
        TokenOrListParam any = new TokenOrListParam();
        anyOf.forEach(any::addOr);
        map.add(parameter, any);
        return daos.getResourceDao(type).search(map, new SystemRequestDetails()).getAllResources();
    }
}
