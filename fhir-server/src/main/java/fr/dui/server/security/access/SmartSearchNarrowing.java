package fr.dui.server.security.access;

import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizedList;
import ca.uhn.fhir.rest.server.interceptor.auth.SearchNarrowingInterceptor;
import fr.dui.server.platform.fhir.RestInterceptor;

/**
 * Narrows the searches of a token confined to one usager (patient-level scopes, or a usager's own login) before
 * they run, so a search returns that usager's data (and counts only it) instead of being refused when it would touch
 * others.
 */
@Interceptor
public class SmartSearchNarrowing extends SearchNarrowingInterceptor implements RestInterceptor {

    @Override
    protected AuthorizedList buildAuthorizedList(RequestDetails request) {
        return CurrentCaller.get()
                .flatMap(DuiCaller::confinedTo)
                .map(patient -> new AuthorizedList().addCompartment("Patient/" + patient))
                .orElse(null);
    }
}
