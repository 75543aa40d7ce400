package fr.dui.server.security.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.UrlUtil;
import fr.dui.server.platform.fhir.RestInterceptor;
import fr.dui.server.security.habilitations.DataCategories;
import fr.dui.server.security.habilitations.DataCategory;
import fr.dui.server.security.habilitations.Entitlements;
import fr.dui.server.security.habilitations.EntitlementsService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Observations mix categories (a transmission, a vital sign, a medical observation): a professional's search of
 * Observation is narrowed to the categories they may read for every usager searched (those named by
 * {@code subject}/{@code patient}, else every usager they reach), so an aide-soignant's search of a resident's
 * observations returns the transmissions and vital signs, without the medical observations, instead of being refused.
 * The same for each Observation search inside a {@code batch} or {@code transaction} (the apps send their screens so).
 */
@Interceptor
public class ObservationCategoryNarrowing implements RestInterceptor {

    private static final List<String> PATIENT_PARAMS = List.of("subject", "patient", "subject:Patient");
    private static final String OBSERVATION_SEARCH = "Observation?";

    private final EntitlementsService entitlements;

    public ObservationCategoryNarrowing(EntitlementsService entitlements) {
        this.entitlements = entitlements;
    }

    /** A search of Observation alone. */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean narrow(RequestDetails request) {
        if (request.getRestOperationType() != RestOperationTypeEnum.SEARCH_TYPE
                || !"Observation".equals(request.getResourceName())) {
            return true;
        }
        narrowingCategory(request, request.getParameters()).ifPresent(category -> {
            Map<String, String[]> parameters = new HashMap<>(request.getParameters());
            String[] existing = parameters.getOrDefault("category", new String[0]);
            String[] narrowed = Arrays.copyOf(existing, existing.length + 1);
            narrowed[existing.length] = category;
            parameters.put("category", narrowed);
            request.setParameters(parameters);
        });
        return true;
    }

    /**
     * The Observation searches of a {@code batch} or {@code transaction}: HAPI runs them without the hook above, so
     * each entry's URL gets the same {@code category} parameter a search alone would. It runs before the search
     * narrowing ({@link SmartSearchNarrowing}, same pointcut), as for a search alone: the usagers it considers are those
     * the caller named, not the list of every usager the narrowing adds to the URL (with which a médecin's search of
     * one resident's medical observations lost them as soon as one usager he reaches is outside his care teams).
     */
    @Hook(value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED, order = -100)
    public void narrowBatchEntries(RequestDetails request) {
        RestOperationTypeEnum operation = request.getRestOperationType();
        if ((operation != RestOperationTypeEnum.BATCH && operation != RestOperationTypeEnum.TRANSACTION)
                || !(request.getResource() instanceof Bundle bundle)) {
            return;
        }
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Bundle.BundleEntryRequestComponent search = entry.getRequest();
            String url = search.getUrl();
            boolean observationSearch = search.getMethod() == Bundle.HTTPVerb.GET
                    && url != null
                    && (url.startsWith(OBSERVATION_SEARCH) || url.equals("Observation"));
            if (!observationSearch) {
                continue;
            }
            Map<String, String[]> parameters = url.equals("Observation")
                    ? Map.of()
                    : UrlUtil.parseQueryString(url.substring(OBSERVATION_SEARCH.length()));
            narrowingCategory(request, parameters)
                    .ifPresent(category -> search.setUrl((url.equals("Observation") ? OBSERVATION_SEARCH : url + "&")
                            + "category=" + UrlUtil.escapeUrlParam(category)));
        }
    }

    /**
     * The {@code category} value (an OR list of tokens) that keeps a professional's search to what they may read of
     * the usagers it names; empty when it needs no narrowing (not a professional, or medical data readable).
     */
    private Optional<String> narrowingCategory(RequestDetails request, Map<String, String[]> parameters) {
        Optional<String> professional = CurrentCaller.get(request).flatMap(DuiCaller::professional);
        if (professional.isEmpty()) {
            return Optional.empty();
        }
        Entitlements rights = entitlements.of(professional.get());
        Set<String> usagers = requestedUsagers(parameters);
        if (usagers.isEmpty()) {
            usagers = rights.readableUsagers(DataCategories.ofType("Observation"));
        }
        Set<DataCategory> readable = rights.readableForAll(usagers);
        if (readable.contains(DataCategory.MEDICAL)) {
            return Optional.empty(); // every observation of these usagers may be read
        }
        List<String> codes = new ArrayList<>();
        if (readable.contains(DataCategory.ACCOMPAGNEMENT)) {
            codes.addAll(DataCategories.observationCategoryTokens(DataCategory.ACCOMPAGNEMENT));
        }
        if (readable.contains(DataCategory.SOINS)) {
            codes.addAll(DataCategories.observationCategoryTokens(DataCategory.SOINS));
        }
        if (codes.isEmpty()) {
            codes.add(DataCategories.DUI_OBSERVATION_CATEGORY + "|" + SmartSearchNarrowing.NOBODY);
        }
        return Optional.of(String.join(",", codes));
    }

    private static Set<String> requestedUsagers(Map<String, String[]> parameters) {
        Set<String> usagers = new HashSet<>();
        for (String name : PATIENT_PARAMS) {
            for (String value : parameters.getOrDefault(name, new String[0])) {
                for (String one : value.split(",")) {
                    String id = one.startsWith("Patient/") ? one.substring("Patient/".length()) : one;
                    if (!id.isBlank() && !id.contains("/")) {
                        usagers.add(id);
                    }
                }
            }
        }
        return usagers;
    }
}
