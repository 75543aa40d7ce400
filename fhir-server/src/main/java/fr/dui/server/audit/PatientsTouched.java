package fr.dui.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;

/** Which usagers a resource, or each resource of a bundle, belongs to (the Patient compartment). */
final class PatientsTouched {

    /** An event names at most this many usagers (a search page is smaller). */
    static final int MAX = 1000;

    private final FhirTerser terser;

    PatientsTouched(FhirContext fhir) {
        this.terser = fhir.newTerser();
    }

    void collect(IBaseResource resource, Set<String> into) {
        if (resource == null || resource instanceof OperationOutcome || into.size() >= MAX) {
            return;
        }
        if (resource instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                collect(entry.getResource(), into);
                if (entry.hasRequest()) {
                    ofUrl(entry.getRequest().getUrl(), into);
                }
            }
            return;
        }
        if (resource instanceof Patient patient) {
            if (patient.getIdElement().hasIdPart()) {
                into.add(patient.getIdElement().getIdPart());
            }
            return;
        }
        for (IIdType owner : terser.getCompartmentOwnersForResource("Patient", resource, (Set<String>) null)) {
            // HAPI returns every reference of the compartment's parameters (a performer too): keep the Patients
            if (owner.hasIdPart()
                    && "Patient".equals(owner.getResourceType())
                    && !owner.getIdPart().startsWith("urn:")) {
                into.add(owner.getIdPart());
            }
        }
    }

    /** {@code Patient/123}, {@code Patient/123/_history/2}, {@code Patient/123/$everything}. */
    static void ofUrl(String url, Set<String> into) {
        if (url != null && url.startsWith("Patient/")) {
            String rest = url.substring("Patient/".length());
            int end = rest.indexOf('/');
            int query = rest.indexOf('?');
            int cut = end < 0 ? query : (query < 0 ? end : Math.min(end, query));
            String id = cut < 0 ? rest : rest.substring(0, cut);
            if (!id.isEmpty() && !id.startsWith("$")) {
                into.add(id);
            }
        }
    }
}
