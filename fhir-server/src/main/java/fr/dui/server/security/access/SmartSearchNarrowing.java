package fr.dui.server.security.access;

import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizedList;
import ca.uhn.fhir.rest.server.interceptor.auth.SearchNarrowingInterceptor;
import fr.dui.server.platform.fhir.RestInterceptor;
import fr.dui.server.security.habilitations.DataCategories;
import fr.dui.server.security.habilitations.DataCategory;
import fr.dui.server.security.habilitations.Entitlements;
import fr.dui.server.security.habilitations.EntitlementsService;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Narrows searches before they run, so they return (and count) only what the caller may see instead of being
 * refused when they would touch more: a token confined to one usager searches that usager's data; a professional
 * searches the data of the usagers their habilitations open for that type (the usagers accompanied by their
 * establishments, and for medical data those whose care team they are in). The authorization rules still check
 * every resource returned.
 */
@Interceptor
public class SmartSearchNarrowing extends SearchNarrowingInterceptor implements RestInterceptor {

    /** A usager id nobody has: narrowing to it returns nothing. */
    static final String NOBODY = "dui-aucun-usager";

    private final EntitlementsService entitlements;

    public SmartSearchNarrowing(EntitlementsService entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    protected AuthorizedList buildAuthorizedList(RequestDetails request) {
        Optional<DuiCaller> caller = CurrentCaller.get();
        if (caller.isEmpty()) {
            return null;
        }
        Optional<String> confined = caller.get().confinedTo();
        if (confined.isPresent()) {
            return new AuthorizedList().addCompartment("Patient/" + confined.get());
        }
        Optional<String> professional = caller.get().professional();
        String type = request.getResourceName();
        if (professional.isEmpty() || type == null) {
            return null;
        }
        Set<DataCategory> categories = DataCategories.ofType(type);
        if (categories.isEmpty() || categories.equals(Set.of(DataCategory.ANNUAIRE))) {
            return null; // the rules decide, resource by resource
        }
        Entitlements rights = entitlements.of(professional.get());
        Set<String> usagers = new TreeSet<>(rights.readableUsagers(categories));
        if (usagers.isEmpty()) {
            usagers.add(NOBODY);
        }
        AuthorizedList list = new AuthorizedList();
        usagers.forEach(u -> list.addCompartment("Patient/" + u));
        return list;
    }
}
