package fr.dui.server.security.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor.Verdict;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import fr.dui.server.platform.fhir.RestInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;

/**
 * {@code Patient/{id}/$everything} (and the next pages of its answer): the record as the caller may read it, one
 * resource at a time. Each resource is judged by the request's own access rules ({@link SmartScopeAuthorization}:
 * scopes, a professional's habilitations, a proche's consent) as a read of it would be, and what they refuse is left
 * out before those rules check the answer (they would otherwise refuse all of it for one resource), the way a search
 * is narrowed. A usager the caller may not read at all is not trimmed: the rules refuse the whole answer (403).
 */
@Interceptor
public class EverythingTrimming implements RestInterceptor {

    /** Before {@link SmartScopeAuthorization}, whose check of each resource shown has the default order. */
    static final int ORDER = -10;

    private static final String EVERYTHING = "$everything";
    private static final String TRIMMED = EverythingTrimming.class.getName() + ".trimmed";

    private final SmartScopeAuthorization rules;

    public EverythingTrimming(SmartScopeAuthorization rules) {
        this.rules = rules;
    }

    @Hook(value = Pointcut.STORAGE_PRESHOW_RESOURCES, order = ORDER)
    public void trim(RequestDetails request, IPreResourceShowDetails shown) {
        if (request == null || CurrentCaller.get(request).isEmpty()) {
            return;
        }
        boolean everything = EVERYTHING.equals(request.getOperation());
        if (!everything && request.getRestOperationType() != RestOperationTypeEnum.GET_PAGE) {
            return;
        }
        if (everything && !mayReadTheUsagerAsked(request, shown)) {
            return; // a usager they may not read: the access rules refuse the whole answer
        }
        for (int i = 0; i < shown.size(); i++) {
            IBaseResource resource = shown.getResource(i);
            if (resource != null && !mayRead(request, resource)) {
                shown.setResource(i, null);
                request.getUserData().put(TRIMMED, Boolean.TRUE);
            }
        }
    }

    /** A total would count what was left out: an answer that was trimmed has none. */
    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public void dropTotal(RequestDetails request, IBaseResource response) {
        if (request != null
                && Boolean.TRUE.equals(request.getUserData().get(TRIMMED))
                && response instanceof Bundle bundle) {
            bundle.setTotalElement(null);
        }
    }

    private boolean mayReadTheUsagerAsked(RequestDetails request, IPreResourceShowDetails shown) {
        IIdType asked = request.getId();
        if (asked == null || !asked.hasIdPart()) {
            return true; // Patient/$everything: each usager's record is judged resource by resource
        }
        for (int i = 0; i < shown.size(); i++) {
            IBaseResource resource = shown.getResource(i);
            if (resource != null
                    && "Patient".equals(resource.fhirType())
                    && asked.getIdPart().equals(resource.getIdElement().getIdPart())) {
                return mayRead(request, resource);
            }
        }
        return true;
    }

    private boolean mayRead(RequestDetails request, IBaseResource resource) {
        Verdict verdict = rules.applyRulesAndReturnDecision(
                RestOperationTypeEnum.READ, request, null, null, resource, Pointcut.STORAGE_PRESHOW_RESOURCES);
        return verdict != null && verdict.getDecision() == PolicyEnum.ALLOW;
    }
}
