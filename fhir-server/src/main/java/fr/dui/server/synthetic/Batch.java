package fr.dui.server.synthetic;

import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;

/**
 * One transaction Bundle of the population, and whether later batches depend on it.
 *
 * @param structure organisations and staff: must be stored before the records that refer to them
 * @param establishment the establishment it belongs to (0 for the OG's own bundle)
 * @param usagers how many usagers' records it holds
 */
public record Batch(boolean structure, int establishment, int usagers, Bundle bundle) {

    /** Resources by type in this batch. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        bundle.getEntry().forEach(e -> counts.merge(e.getResource().fhirType(), 1, Integer::sum));
        return counts;
    }

    public int size() {
        return bundle.getEntry().size();
    }
}
