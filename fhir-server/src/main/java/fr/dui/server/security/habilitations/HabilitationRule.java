package fr.dui.server.security.habilitations;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationFlagsEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor.Verdict;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IRuleApplier;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Contract;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Slot;
import org.hl7.fhir.r4.model.Task;

/**
 * A professional's habilitations as a HAPI authorization rule, checked before the token's scopes: it only denies
 * (what the habilitations forbid) or abstains (the scopes then decide), so the rights are their intersection.
 *
 * <p>A resource is allowed when its {@link DataCategory} allows the interaction in one of the caller's
 * establishments that accompanies the usager it is about, and, for medical data, when the caller is in the usager's
 * care team. HAPI asks it for every resource read, returned by a search or an {@code _include}, every history entry,
 * every resource written (transaction entries included), and once per request before anything runs.
 */
public final class HabilitationRule implements IAuthRule {

    private static final Set<String> ENVELOPES = Set.of("Bundle", "OperationOutcome", "Parameters");

    private final Entitlements entitlements;
    private final EntitlementsService service;
    private final FhirTerser terser;

    public HabilitationRule(Entitlements entitlements, EntitlementsService service, FhirContext fhir) {
        this.entitlements = entitlements;
        this.service = service;
        this.terser = fhir.newTerser();
    }

    @Override
    public Verdict applyRule(
            RestOperationTypeEnum operation,
            RequestDetails request,
            IBaseResource input,
            IIdType inputId,
            IBaseResource output,
            IRuleApplier applier,
            Set<AuthorizationFlagsEnum> flags,
            Pointcut pointcut) {
        if (operation == null
                || operation == RestOperationTypeEnum.METADATA
                || operation == RestOperationTypeEnum.TRANSACTION
                || operation == RestOperationTypeEnum.BATCH) {
            return null; // the entries are checked one by one
        }
        if (output != null) {
            return decide(output, Interaction.READ, operation);
        }
        Optional<Interaction> write = writeOf(operation);
        if (input != null && write.isPresent()) {
            return decide(input, write.get(), operation);
        }
        if (input == null && request != null && request.getResourceName() != null && !isOperation(operation)) {
            // before anything runs: a type the caller may not touch at all is refused at once
            Interaction wanted = write.orElse(Interaction.READ);
            Set<DataCategory> categories = DataCategories.ofType(request.getResourceName());
            if (categories.stream().noneMatch(c -> entitlements.allows(c, wanted))) {
                return deny();
            }
        }
        return null;
    }

    private Verdict decide(IBaseResource resource, Interaction interaction, RestOperationTypeEnum operation) {
        Optional<DataCategory> category = DataCategories.of(resource);
        if (category.isEmpty()) {
            return ENVELOPES.contains(resource.fhirType()) || isOperation(operation) ? null : deny();
        }
        Set<String> establishments = interaction == Interaction.READ ? Set.of() : establishmentsItLinks(resource);
        if (interaction != Interaction.READ) {
            if (!establishments.isEmpty() && entitlements.allowsIn(category.get(), interaction, establishments)) {
                // admitting, registering an application or a place on a waiting list, forming a care team in one's
                // establishment
                return null;
            }
            if (!establishments.isEmpty() && isAdmission(resource)) {
                // an application or a waiting-list place is written by the establishments it is addressed to, even
                // when its usager is new in the same transaction (whose references are not resolved yet)
                return deny();
            }
            if (resource instanceof Patient && interaction == Interaction.CREATE) {
                return entitlements.allows(DataCategory.ADMINISTRATIF, Interaction.CREATE) ? null : deny();
            }
        }
        if (category.get() == DataCategory.ANNUAIRE) {
            return entitlements.allows(category.get(), interaction) ? null : deny();
        }
        Set<String> usagers = usagersOf(resource);
        if (usagers.isEmpty()) {
            if (!establishments.isEmpty()) {
                // a séjour or a care team placing a usager created in the same transaction (whose reference is not
                // resolved yet) in establishments that do not allow it: not "anywhere the caller may write"
                return deny();
            }
            return entitlements.allows(category.get(), interaction) ? null : deny();
        }
        for (String usager : usagers) {
            if (!entitlements.allows(category.get(), interaction, usager)) {
                return deny();
            }
        }
        return null;
    }

    /** The usagers a resource is about: its Patient compartment, and the usager of types outside it. */
    Set<String> usagersOf(IBaseResource resource) {
        Set<String> usagers = new LinkedHashSet<>();
        if (resource instanceof Patient) {
            if (resource.getIdElement().hasIdPart()) {
                usagers.add(resource.getIdElement().getIdPart());
            }
            return usagers;
        }
        if (resource instanceof Task task) {
            ProfessionalDirectory.patientOf(task.getFor()).ifPresent(usagers::add);
        } else if (resource instanceof Contract contract) {
            contract.getSubject()
                    .forEach(s -> ProfessionalDirectory.patientOf(s).ifPresent(usagers::add));
        } else if (resource instanceof Slot slot && slot.hasSchedule()) {
            service.scheduleOwner(slot.getSchedule().getReference()).ifPresent(usagers::add);
        }
        for (IIdType owner : terser.getCompartmentOwnersForResource("Patient", resource, (Set<String>) null)) {
            // HAPI returns every reference of the compartment's parameters (a performer too): keep the Patients
            if (owner.hasIdPart() && "Patient".equals(owner.getResourceType())) {
                usagers.add(owner.getIdPart());
            }
        }
        return usagers;
    }

    /**
     * The establishments a séjour, a waiting-list entry or a care team places the usager in, or an application for
     * admission is addressed to (its performers: it is written with the usager it creates, before any waiting-list
     * entry places them in an establishment).
     */
    static Set<String> establishmentsItLinks(IBaseResource resource) {
        List<Reference> references = new ArrayList<>();
        if (resource instanceof Encounter encounter) {
            references.add(encounter.getServiceProvider());
        } else if (resource instanceof Task task
                && DataCategories.of(task).orElse(null) == DataCategory.ADMINISTRATIF) {
            references.add(task.getOwner());
        } else if (resource instanceof CareTeam team) {
            references.add(team.getManagingOrganizationFirstRep());
        } else if (resource instanceof ServiceRequest request && isAdmissionApplication(request)) {
            references.addAll(request.getPerformer());
        }
        Set<String> establishments = new LinkedHashSet<>();
        for (Reference reference : references) {
            if (reference != null && reference.hasReference()) {
                IdType id = new IdType(reference.getReference());
                if ("Organization".equals(id.getResourceType()) && id.hasIdPart()) {
                    establishments.add(id.getIdPart());
                }
            }
        }
        return establishments;
    }

    private static boolean isAdmission(IBaseResource resource) {
        return resource instanceof ServiceRequest
                || (resource instanceof Task task
                        && DataCategories.of(task).orElse(null) == DataCategory.ADMINISTRATIF);
    }

    private static boolean isAdmissionApplication(ServiceRequest request) {
        return request.getCategory().stream()
                .flatMap(c -> c.getCoding().stream())
                .anyMatch(
                        c -> DataCategories.DUI_REQUEST_TYPE.equals(c.getSystem()) && "admission".equals(c.getCode()));
    }

    private static Optional<Interaction> writeOf(RestOperationTypeEnum operation) {
        return switch (operation) {
            case CREATE -> Optional.of(Interaction.CREATE);
            case UPDATE, PATCH -> Optional.of(Interaction.UPDATE);
            case DELETE -> Optional.of(Interaction.DELETE);
            default -> Optional.empty();
        };
    }

    private static boolean isOperation(RestOperationTypeEnum operation) {
        return operation == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
                || operation == RestOperationTypeEnum.EXTENDED_OPERATION_TYPE
                || operation == RestOperationTypeEnum.EXTENDED_OPERATION_SERVER;
    }

    private Verdict deny() {
        return new Verdict(PolicyEnum.DENY, this);
    }

    @Override
    public String getName() {
        return "Habilitations du professionnel";
    }
}
