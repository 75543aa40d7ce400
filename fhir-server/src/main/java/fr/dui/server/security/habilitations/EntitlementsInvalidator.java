package fr.dui.server.security.habilitations;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import fr.dui.server.platform.fhir.StorageInterceptor;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgets computed entitlements when what they are computed from changes: roles, organisations, séjours, waiting
 * lists, care teams, agendas, usagers' oppositions to sharing; and proches' grants when an entourage or a consent changes. After the commit, so no request recomputes them from the state before it.
 */
@Interceptor
public class EntitlementsInvalidator implements StorageInterceptor {

    private static final Set<String> WATCHED =
            Set.of("PractitionerRole", "Organization", "Encounter", "Task", "CareTeam", "Schedule", "Consent");
    private static final Set<String> PROCHES = Set.of("RelatedPerson", "Consent");

    private final EntitlementsService service;
    private final ProcheAccess proches;

    public EntitlementsInvalidator(EntitlementsService service, ProcheAccess proches) {
        this.service = service;
        this.proches = proches;
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void created(IBaseResource resource) {
        changed(resource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updated(IBaseResource previous, IBaseResource resource) {
        changed(resource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    public void deleted(IBaseResource resource) {
        changed(resource);
    }

    private void changed(IBaseResource resource) {
        if (resource == null) {
            return;
        }
        if (WATCHED.contains(resource.fhirType())) {
            afterCommit(service::invalidate);
        }
        if (PROCHES.contains(resource.fhirType())) {
            afterCommit(proches::invalidate);
        }
    }

    private static void afterCommit(Runnable invalidate) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate.run();
                }
            });
        }
        invalidate.run();
    }
}
