package fr.dui.server.security.habilitations;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Task;

/**
 * Reads, through HAPI's storage and as the system, what habilitations are computed from: a professional's roles, the
 * establishments each role covers, the usagers each establishment accompanies, and the care teams a professional is
 * in. Never called with the caller's own rights (it decides them).
 */
public class ProfessionalDirectory {

    static final String WAITING_LIST = "liste-attente";

    private final DaoRegistry daos;

    public ProfessionalDirectory(DaoRegistry daos) {
        this.daos = daos;
    }

    /**
     * The active roles the person acts in: the role itself for {@code PractitionerRole/x}, every active role of the
     * professional for {@code Practitioner/y}.
     */
    public List<PractitionerRole> roles(String fhirUser) {
        List<PractitionerRole> roles = new ArrayList<>();
        if (fhirUser.startsWith("PractitionerRole/")) {
            read(PractitionerRole.class, fhirUser).ifPresent(roles::add);
        } else if (fhirUser.startsWith("Practitioner/")) {
            SearchParameterMap map = SearchParameterMap.newSynchronous();
            map.add(PractitionerRole.SP_PRACTITIONER, new ReferenceParam(fhirUser));
            search(PractitionerRole.class, map).forEach(r -> roles.add((PractitionerRole) r));
        }
        Date now = new Date();
        return roles.stream()
                .filter(r -> !r.hasActive() || r.getActive())
                .filter(r -> !r.hasPeriod()
                        || r.getPeriod().getEnd() == null
                        || r.getPeriod().getEnd().after(now))
                .toList();
    }

    /**
     * The establishments a role covers: its establishment, or every establishment of the OG for a role held at the
     * OG level (transverse functions).
     */
    public Set<String> establishments(PractitionerRole role) {
        Set<String> result = new LinkedHashSet<>();
        if (!role.hasOrganization() || !role.getOrganization().hasReference()) {
            return result;
        }
        String organization = idPart(role.getOrganization());
        result.add(organization);
        SearchParameterMap map = SearchParameterMap.newSynchronous();
        map.add(Organization.SP_PARTOF, new ReferenceParam("Organization/" + organization));
        for (IBaseResource child : search(Organization.class, map)) {
            result.add(child.getIdElement().getIdPart());
        }
        return result;
    }

    /** The usagers an establishment accompanies: séjours and events it provides, its waiting list. */
    public Set<String> usagersOf(String establishment) {
        Set<String> usagers = new LinkedHashSet<>();
        SearchParameterMap encounters = SearchParameterMap.newSynchronous();
        encounters.add(Encounter.SP_SERVICE_PROVIDER, new ReferenceParam("Organization/" + establishment));
        for (IBaseResource r : search(Encounter.class, encounters)) {
            patientOf(((Encounter) r).getSubject()).ifPresent(usagers::add);
        }
        SearchParameterMap waiting = SearchParameterMap.newSynchronous();
        waiting.add(Task.SP_OWNER, new ReferenceParam("Organization/" + establishment));
        waiting.add(Task.SP_CODE, new TokenParam(DataCategories.DUI_REQUEST_TYPE, WAITING_LIST));
        for (IBaseResource r : search(Task.class, waiting)) {
            patientOf(((Task) r).getFor()).ifPresent(usagers::add);
        }
        return usagers;
    }

    /** The usagers whose active care team counts one of these members ({@code PractitionerRole/x}, …). */
    public Set<String> careTeamUsagers(Set<String> members) {
        Set<String> usagers = new LinkedHashSet<>();
        if (members.isEmpty()) {
            return usagers;
        }
        SearchParameterMap map = SearchParameterMap.newSynchronous();
        ReferenceOrListParam any = new ReferenceOrListParam();
        members.forEach(m -> any.addOr(new ReferenceParam(m)));
        map.add(CareTeam.SP_PARTICIPANT, any);
        for (IBaseResource r : search(CareTeam.class, map)) {
            CareTeam team = (CareTeam) r;
            if (team.getStatus() == CareTeam.CareTeamStatus.ACTIVE || !team.hasStatus()) {
                patientOf(team.getSubject()).ifPresent(usagers::add);
            }
        }
        return usagers;
    }

    /**
     * How people name these usagers on a screen, sorted: {@code [{id, label}]} with label "NOM Prénom (né(e) le
     * …)"; at most 500.
     */
    public List<Map<String, String>> usagerLabels(Set<String> ids) {
        List<Map<String, String>> labels = new ArrayList<>();
        if (ids.isEmpty()) {
            return labels;
        }
        SearchParameterMap map = SearchParameterMap.newSynchronous();
        TokenOrListParam any = new TokenOrListParam();
        ids.stream().limit(500).forEach(id -> any.addOr(new TokenParam(id)));
        map.add("_id", any);
        for (IBaseResource r : search(Patient.class, map)) {
            Patient p = (Patient) r;
            HumanName name = p.getNameFirstRep();
            String label = (name.getFamily() == null ? "" : name.getFamily().toUpperCase()) + " "
                    + name.getGivenAsSingleString()
                    + (p.hasBirthDate()
                            ? " (" + new SimpleDateFormat("dd/MM/yyyy").format(p.getBirthDate()) + ")"
                            : "");
            labels.add(Map.of("id", p.getIdElement().getIdPart(), "label", label.strip()));
        }
        labels.sort(Comparator.comparing(m -> m.get("label")));
        return labels;
    }

    /** The usager whose agenda a Schedule is. */
    public Optional<String> scheduleOwner(String scheduleReference) {
        return read(Schedule.class, scheduleReference)
                .flatMap(s -> s.getActor().stream()
                        .map(ProfessionalDirectory::patientOf)
                        .flatMap(Optional::stream)
                        .findFirst());
    }

    static Optional<String> patientOf(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        IdType id = new IdType(reference.getReference());
        return "Patient".equals(id.getResourceType()) && id.hasIdPart()
                ? Optional.of(id.getIdPart())
                : Optional.empty();
    }

    private static String idPart(Reference reference) {
        return new IdType(reference.getReference()).getIdPart();
    }

    private <T extends IBaseResource> Optional<T> read(Class<T> type, String reference) {
        IdType id = new IdType(reference);
        if (!id.hasIdPart()) {
            return Optional.empty();
        }
        try {
            IFhirResourceDao<T> dao = daos.getResourceDao(type);
            return Optional.of(dao.read(id.toUnqualifiedVersionless(), new SystemRequestDetails()));
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return Optional.empty();
        }
    }

    private <T extends IBaseResource> List<IBaseResource> search(Class<T> type, SearchParameterMap map) {
        return daos.getResourceDao(type).search(map, new SystemRequestDetails()).getAllResources();
    }
}
