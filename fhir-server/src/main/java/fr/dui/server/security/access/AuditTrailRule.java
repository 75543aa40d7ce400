package fr.dui.server.security.access;

import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationFlagsEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor.Verdict;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IRuleApplier;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * The audit trail's own rule, checked before the scopes: nobody writes or deletes an AuditEvent (the server alone
 * writes the trail), and only auditors read one, whatever their other scopes say ({@code *} included). Checking
 * AuditEvent is also decided resource by resource, so it holds for paging, {@code _include} and transactions.
 */
final class AuditTrailRule implements IAuthRule {

    private static final String AUDIT_EVENT = "AuditEvent";
    private static final Set<RestOperationTypeEnum> WRITES = Set.of(
            RestOperationTypeEnum.CREATE,
            RestOperationTypeEnum.UPDATE,
            RestOperationTypeEnum.PATCH,
            RestOperationTypeEnum.DELETE);

    private final boolean auditor;

    AuditTrailRule(boolean auditor) {
        this.auditor = auditor;
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
        boolean aboutTrail = isAuditEvent(input)
                || (inputId != null && AUDIT_EVENT.equals(inputId.getResourceType()))
                || (request != null && AUDIT_EVENT.equals(request.getResourceName()));
        if (operation != null && WRITES.contains(operation) && aboutTrail) {
            return new Verdict(PolicyEnum.DENY, this);
        }
        if (auditor || (request != null && "$validate".equals(request.getOperation()))) {
            return null; // the scopes decide
        }
        if (isAuditEvent(output) || (aboutTrail && operation != RestOperationTypeEnum.GET_PAGE)) {
            return new Verdict(PolicyEnum.DENY, this);
        }
        return null;
    }

    @Override
    public String getName() {
        return "Journal d'audit : écriture interdite, lecture réservée aux auditeurs";
    }

    private static boolean isAuditEvent(IBaseResource resource) {
        return resource != null && AUDIT_EVENT.equals(resource.fhirType());
    }
}
