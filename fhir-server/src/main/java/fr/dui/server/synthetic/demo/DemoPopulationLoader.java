package fr.dui.server.synthetic.demo;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fr.dui.server.synthetic.Batch;
import fr.dui.server.synthetic.SyntheticPopulation;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;

/**
 * Stores a synthetic population in-process, batch by batch, through HAPI's system DAO: the same transactions as
 * the HTTP loader, with the same storage interceptors (DUI profiles, identity vigilance), but without a token, a
 * port or a client secret inside the server. Loads a population once: its OG already stored means it is there.
 */
public class DemoPopulationLoader {

    /** What a call did. */
    public record Outcome(boolean loaded, Map<String, Integer> counts, double seconds) {}

    private final IFhirSystemDao<Bundle, Meta> system;
    private final DaoRegistry daos;

    public DemoPopulationLoader(IFhirSystemDao<Bundle, Meta> system, DaoRegistry daos) {
        this.system = system;
        this.daos = daos;
    }

    /** Whether the population's OG is already stored. */
    public boolean isLoaded(SyntheticPopulation population) {
        try {
            daos.getResourceDao(Organization.class)
                    .read(new IdType("Organization", population.plan().ids().og()), new SystemRequestDetails());
            return true;
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return false;
        }
    }

    /** Whether the database holds any usager at all. */
    public boolean anyUsager() {
        SearchParameterMap one = SearchParameterMap.newSynchronous();
        one.setLoadSynchronousUpTo(1);
        return !daos.getResourceDao(Patient.class)
                .search(one, new SystemRequestDetails())
                .getResources(0, 1)
                .isEmpty();
    }

    /**
     * Stores the population unless it is already complete (its OG and its last usager stored). A load interrupted
     * half-way is completed by the next call: every entry is a PUT of a generated id.
     */
    public Outcome loadOnce(SyntheticPopulation population) {
        if (isLoaded(population) && complete(population)) {
            return new Outcome(false, Map.of(), 0);
        }
        long start = System.nanoTime();
        Map<String, Integer> counts = new TreeMap<>();
        for (Batch batch : population) {
            system.transaction(new SystemRequestDetails(), batch.bundle());
            batch.counts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
        }
        return new Outcome(true, counts, (System.nanoTime() - start) / 1e9);
    }

    /** The last usager of the last establishment is stored: the previous load went to its end. */
    private boolean complete(SyntheticPopulation population) {
        var plan = population.plan();
        int last = plan.establishments().size();
        int people = plan.establishments().get(last - 1).size().people();
        try {
            daos.getResourceDao(Patient.class)
                    .read(new IdType("Patient", plan.ids().usager(last, people)), new SystemRequestDetails());
            return true;
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return false;
        }
    }
}
