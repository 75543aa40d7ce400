package fr.dui.server.security.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import fr.dui.server.platform.fhir.RestInterceptor;
import fr.dui.server.security.habilitations.DataCategory;
import fr.dui.server.security.habilitations.Entitlements;
import fr.dui.server.security.habilitations.EntitlementsService;
import fr.dui.server.security.habilitations.HabilitationRule;
import fr.dui.server.security.habilitations.Interaction;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * {@code Patient/{id}/$everything} for a professional: the record as their habilitations open it. What they may not
 * read is left out of the answer before the access rules see it (which would otherwise refuse the whole answer for
 * one resource), the way a search is narrowed; a usager the professional may not see at all is still refused.
 */
@Interceptor
public class EverythingTrimming implements RestInterceptor {

    /** Before {@link SmartScopeAuthorization}, whose check of each resource shown has the default order. */
    static final int ORDER = -10;

    private static final String TRIMMED = EverythingTrimming.class.getName() + ".trimmed";

    private final EntitlementsService entitlements;
    private final FhirContext fhir;

    public EverythingTrimming(EntitlementsService entitlements, FhirContext fhir) {
        this.entitlements = entitlements;
        this.fhir = fhir;
    }

    @Hook(value = Pointcut.STORAGE_PRESHOW_RESOURCES, order = ORDER)
    public void trim(RequestDetails request, IPreResourceShowDetails shown) {
        if (request == null || !"$everything".equals(request.getOperation())) {
            return;
        }
        Optional<String> professional = CurrentCaller.get().flatMap(DuiCaller::professional);
        if (professional.isEmpty()) {
            return;
        }
        Entitlements rights = entitlements.of(professional.get());
        if (request.getId() != null
                && request.getId().hasIdPart()
                && !rights.allows(
                        DataCategory.ADMINISTRATIF,
                        Interaction.READ,
                        request.getId().getIdPart())) {
            return; // a usager they may not see: the access rules refuse the whole answer
        }
        HabilitationRule habilitations = new HabilitationRule(rights, entitlements, fhir);
        for (int i = 0; i < shown.size(); i++) {
            IBaseResource resource = shown.getResource(i);
            if (resource != null && !habilitations.mayRead(resource)) {
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
}
