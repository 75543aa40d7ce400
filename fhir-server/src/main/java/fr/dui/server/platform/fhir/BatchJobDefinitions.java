package fr.dui.server.platform.fhir;

import ca.uhn.fhir.batch2.coordinator.JobDefinitionRegistry;
import ca.uhn.fhir.batch2.model.JobDefinition;
import java.util.List;

/**
 * HAPI registers its batch job definitions (reindex, bulk export...) only once the context has started; work done
 * before that (installing FHIR packages whose SearchParameters trigger a reindex) needs them earlier.
 */
public class BatchJobDefinitions {

    private final JobDefinitionRegistry registry;
    private final List<JobDefinition<?>> definitions;

    public BatchJobDefinitions(JobDefinitionRegistry registry, List<JobDefinition<?>> definitions) {
        this.registry = registry;
        this.definitions = definitions;
    }

    /** Registers every job definition bean not registered yet. */
    public void ensureRegistered() {
        for (JobDefinition<?> definition : definitions) {
            register(definition);
        }
    }

    private <T extends ca.uhn.fhir.model.api.IModelJson> void register(JobDefinition<T> definition) {
        registry.addJobDefinitionIfNotRegistered(definition);
    }
}
