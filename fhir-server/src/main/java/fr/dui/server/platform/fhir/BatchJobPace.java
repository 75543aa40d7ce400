package fr.dui.server.platform.fhir;

import ca.uhn.fhir.batch2.api.IJobMaintenanceService;
import ca.uhn.fhir.batch2.maintenance.JobMaintenanceServiceImpl;
import java.time.Duration;

/**
 * How often HAPI's job maintenance runs: it is what moves a background job ({@code $export}, reindexing) from one
 * step to the next. Set before the schedulers start (they start once the context is refreshed).
 */
public class BatchJobPace {

    public BatchJobPace(IJobMaintenanceService maintenance, Duration interval) {
        if (!(maintenance instanceof JobMaintenanceServiceImpl impl)) {
            throw new IllegalStateException("Unexpected job maintenance service: " + maintenance.getClass());
        }
        impl.setScheduledJobFrequencyMillis(interval.toMillis());
    }
}
