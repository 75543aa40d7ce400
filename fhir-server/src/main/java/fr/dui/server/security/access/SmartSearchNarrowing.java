package fr.dui.server.security.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizedList;
import ca.uhn.fhir.rest.server.interceptor.auth.SearchNarrowingInterceptor;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import fr.dui.server.platform.fhir.RestInterceptor;
import fr.dui.server.security.habilitations.DataCategories;
import fr.dui.server.security.habilitations.DataCategory;
import fr.dui.server.security.habilitations.Entitlements;
import fr.dui.server.security.habilitations.EntitlementsService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Bundle;

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

    /** The type of the batch entry being narrowed, while {@link #hookIncomingRequestPreHandled} narrows it. */
    private static final ThreadLocal<String> ENTRY_TYPE = new ThreadLocal<>();

    private final EntitlementsService entitlements;

    public SmartSearchNarrowing(EntitlementsService entitlements) {
        this.entitlements = entitlements;
    }

    /**
     * A {@code batch} or {@code transaction}: HAPI narrows its searches with one list computed for the whole Bundle,
     * which has no resource type (so nothing would be narrowed, and a search reaching one usager outside the caller's
     * rights would be refused whole). Each search entry is narrowed here on its own, with the list of its own type;
     * reads, operations ({@code $mes-droits}) and writes are left to the rules.
     */
    @Override
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void hookIncomingRequestPreHandled(
            ServletRequestDetails request, HttpServletRequest servletRequest, HttpServletResponse servletResponse) {
        RestOperationTypeEnum operation = request.getRestOperationType();
        if ((operation != RestOperationTypeEnum.BATCH && operation != RestOperationTypeEnum.TRANSACTION)
                || !(request.getResource() instanceof Bundle bundle)) {
            super.hookIncomingRequestPreHandled(request, servletRequest, servletResponse);
            return;
        }
        Set<String> types = request.getFhirContext().getResourceTypes();
        try {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Optional<String> type = searchedType(entry, types);
                if (type.isEmpty()) {
                    continue;
                }
                Bundle alone = new Bundle().setType(bundle.getType());
                alone.getEntry().add(entry); // the same entry: HAPI rewrites its URL in place
                ENTRY_TYPE.set(type.get());
                request.setResource(alone);
                try {
                    super.hookIncomingRequestPreHandled(request, servletRequest, servletResponse);
                } catch (ForbiddenOperationException outsideTheRights) {
                    // the search names a usager the caller may not see (alone, a 403): left as it is, the rules refuse
                    // this entry when it runs, and the other entries of the batch still answer
                }
            }
        } finally {
            ENTRY_TYPE.remove();
            request.setResource(bundle);
        }
    }

    /** The type a GET entry searches ({@code Observation?subject=…}, {@code Patient}); empty for reads, operations. */
    static Optional<String> searchedType(Bundle.BundleEntryComponent entry, Set<String> types) {
        if (!entry.hasRequest() || entry.getRequest().getMethod() != Bundle.HTTPVerb.GET) {
            return Optional.empty();
        }
        String url = entry.getRequest().getUrl();
        if (url == null) {
            return Optional.empty();
        }
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return types.contains(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    protected AuthorizedList buildAuthorizedList(RequestDetails request) {
        // with the request: the searches of a batch run on HAPI's threads, where the thread's security context is empty
        Optional<DuiCaller> caller = CurrentCaller.get(request);
        if (caller.isEmpty()) {
            return null;
        }
        Optional<String> confined = caller.get().confinedTo();
        if (confined.isPresent()) {
            return new AuthorizedList().addCompartment("Patient/" + confined.get());
        }
        Optional<String> professional = caller.get().professional();
        String type = ENTRY_TYPE.get() != null ? ENTRY_TYPE.get() : request.getResourceName();
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
