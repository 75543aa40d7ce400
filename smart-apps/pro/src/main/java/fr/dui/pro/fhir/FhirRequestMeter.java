package fr.dui.pro.fhir;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * How many requests the app sent to the DUI's FHIR API while answering the current page, and how long they took:
 * shown at the foot of each page (the aim is one round trip per screen).
 */
@Component
@RequestScope
public class FhirRequestMeter {

    private int requests;
    private long nanos;

    void record(long elapsedNanos) {
        requests++;
        nanos += elapsedNanos;
    }

    public int requests() {
        return requests;
    }

    public long millis() {
        return nanos / 1_000_000;
    }
}
