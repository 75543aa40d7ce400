package fr.dui.pro.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The DUI's answer to a {@code batch} of reads and searches: what each entry returned, or the French reason it was
 * refused (a refused entry does not spoil the others), and every resource of the answer by reference (for the
 * {@code _include}d ones).
 */
public final class BatchAnswer {

    private final Bundle answer;
    private final Map<String, Resource> byReference = new HashMap<>();

    public BatchAnswer(Bundle answer) {
        this.answer = answer;
        for (Bundle.BundleEntryComponent entry : answer.getEntry()) {
            Resource resource = entry.getResource();
            if (resource instanceof Bundle searchSet) {
                for (Bundle.BundleEntryComponent found : searchSet.getEntry()) {
                    index(found.getResource());
                }
            } else {
                index(resource);
            }
        }
    }

    /** A single search's answer read as a one-entry batch answer (entry 0), for screens that need one search. */
    public static BatchAnswer ofSearch(Bundle searchSet) {
        Bundle answer = new Bundle().setType(Bundle.BundleType.BATCHRESPONSE);
        answer.addEntry().setResource(searchSet).getResponse().setStatus("200 OK");
        return new BatchAnswer(answer);
    }

    /** Whether the entry at this position was answered (2xx). */
    public boolean answered(int index) {
        return status(index).startsWith("2");
    }

    /** The French reason entry {@code index} was refused, or null when it was answered. */
    public String refusal(int index) {
        return answered(index) ? null : FhirErrors.message(answer.getEntry().get(index));
    }

    /** The resource a read at this position returned. */
    public <T extends Resource> Optional<T> read(int index, Class<T> type) {
        if (!answered(index)) {
            return Optional.empty();
        }
        Resource resource = answer.getEntry().get(index).getResource();
        return type.isInstance(resource) ? Optional.of(type.cast(resource)) : Optional.empty();
    }

    /** The matches (not the included resources) of a search at this position, of this type. */
    public <T extends Resource> List<T> matches(int index, Class<T> type) {
        List<T> matches = new ArrayList<>();
        if (answered(index) && answer.getEntry().get(index).getResource() instanceof Bundle searchSet) {
            for (Bundle.BundleEntryComponent found : searchSet.getEntry()) {
                boolean match = !found.hasSearch() || found.getSearch().getMode() != Bundle.SearchEntryMode.INCLUDE;
                if (match && type.isInstance(found.getResource())) {
                    matches.add(type.cast(found.getResource()));
                }
            }
        }
        return matches;
    }

    /** The resources a search at this position brought with {@code _include} / {@code _revinclude}, of this type. */
    public <T extends Resource> List<T> included(int index, Class<T> type) {
        List<T> included = new ArrayList<>();
        if (answered(index) && answer.getEntry().get(index).getResource() instanceof Bundle searchSet) {
            for (Bundle.BundleEntryComponent found : searchSet.getEntry()) {
                boolean include = found.hasSearch() && found.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE;
                if (include && type.isInstance(found.getResource())) {
                    included.add(type.cast(found.getResource()));
                }
            }
        }
        return included;
    }

    /** The resources of a {@code _history} or search answer at this position, of this type, in order. */
    public <T extends Resource> List<T> all(int index, Class<T> type) {
        List<T> all = new ArrayList<>();
        if (answered(index) && answer.getEntry().get(index).getResource() instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent found : bundle.getEntry()) {
                if (type.isInstance(found.getResource())) {
                    all.add(type.cast(found.getResource()));
                }
            }
        }
        return all;
    }

    /** A resource of the answer by its reference ({@code PractitionerRole/12}), if the answer holds it. */
    public <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String key = reference.getReferenceElement().toUnqualifiedVersionless().getValue();
        Resource found = byReference.get(key);
        return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
    }

    private String status(int index) {
        if (index >= answer.getEntry().size()) {
            return "500";
        }
        String status = answer.getEntry().get(index).getResponse().getStatus();
        return status == null ? "500" : status.trim();
    }

    private void index(Resource resource) {
        if (resource != null && resource.hasIdElement()) {
            byReference.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
        }
    }
}
