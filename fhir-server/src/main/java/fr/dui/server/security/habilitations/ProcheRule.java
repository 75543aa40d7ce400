package fr.dui.server.security.habilitations;

import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationFlagsEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor.Verdict;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IRuleApplier;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * A proche's access as a HAPI authorization rule, before the scopes (deny or abstain): nothing unless the usager's
 * consent (or a legal representation) opens their record now, to this very usager, only the types the consent
 * lists, and never a write. Checked at every request, so a withdrawn consent closes access at once.
 */
public final class ProcheRule implements IAuthRule {

    private static final Set<RestOperationTypeEnum> WRITES = Set.of(
            RestOperationTypeEnum.CREATE,
            RestOperationTypeEnum.UPDATE,
            RestOperationTypeEnum.PATCH,
            RestOperationTypeEnum.DELETE,
            RestOperationTypeEnum.TRANSACTION,
            RestOperationTypeEnum.BATCH);
    private static final Set<String> ENVELOPES = Set.of("Bundle", "OperationOutcome", "Parameters");

    private final Optional<ProcheAccess.Grant> grant;
    private final Optional<String> patientInToken;

    public ProcheRule(Optional<ProcheAccess.Grant> grant, Optional<String> patientInToken) {
        this.grant = grant;
        this.patientInToken = patientInToken;
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
        if (operation == RestOperationTypeEnum.METADATA) {
            return null;
        }
        if (grant.isEmpty()
                || patientInToken.filter(grant.get().usager()::equals).isEmpty()
                || (operation != null && WRITES.contains(operation))) {
            return deny();
        }
        if (output != null) {
            return ENVELOPES.contains(output.fhirType()) || grant.get().allowsType(output.fhirType()) ? null : deny();
        }
        if (request != null
                && request.getResourceName() != null
                && !grant.get().allowsType(request.getResourceName())) {
            return deny();
        }
        return null;
    }

    private Verdict deny() {
        return new Verdict(PolicyEnum.DENY, this);
    }

    @Override
    public String getName() {
        return "Accès du proche selon le consentement de l'usager";
    }
}
