package fr.dui.server.security.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
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

/**
 * Observations mix categories (a transmission, a vital sign, a medical observation): a professional's search of
 * Observation is narrowed to the categories they may read for every usager searched (those named by
 * {@code subject}/{@code patient}, else every usager they reach), so an aide-soignant's search of a resident's
 * observations returns the transmissions and vital signs, without the medical observations, instead of being refused.
 */
@Interceptor
public class ObservationCategoryNarrowing implements RestInterceptor {

    private static final List<String> PATIENT_PARAMS = List.of("subject", "patient", "subject:Patient");

    private final EntitlementsService entitlements;

    public ObservationCategoryNarrowing(EntitlementsService entitlements) {
        this.entitlements = entitlements;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean narrow(RequestDetails request) {
        if (request.getRestOperationType() != RestOperationTypeEnum.SEARCH_TYPE
                || !"Observation".equals(request.getResourceName())) {
            return true;
        }
        Optional<String> professional = CurrentCaller.get(request).flatMap(DuiCaller::professional);
        if (professional.isEmpty()) {
            return true;
        }
        Entitlements rights = entitlements.of(professional.get());
        Set<String> usagers = requestedUsagers(request);
        if (usagers.isEmpty()) {
            usagers = rights.readableUsagers(DataCategories.ofType("Observation"));
        }
        Set<DataCategory> readable = rights.readableForAll(usagers);
        if (readable.contains(DataCategory.MEDICAL)) {
            return true; // every observation of these usagers may be read
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
        Map<String, String[]> parameters = new HashMap<>(request.getParameters());
        String[] existing = parameters.getOrDefault("category", new String[0]);
        String[] narrowed = Arrays.copyOf(existing, existing.length + 1);
        narrowed[existing.length] = String.join(",", codes);
        parameters.put("category", narrowed);
        request.setParameters(parameters);
        return true;
    }

    private static Set<String> requestedUsagers(RequestDetails request) {
        Set<String> usagers = new HashSet<>();
        for (String name : PATIENT_PARAMS) {
            for (String value : request.getParameters().getOrDefault(name, new String[0])) {
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
