package fr.dui.pro.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import org.springframework.stereotype.Component;

/** FHIR clients of the DUI's API, acting with the person's SMART access token; each request is counted. */
@Component
public class DuiFhir {

    private final FhirContext fhir;
    private final ProSettings settings;
    private final FhirRequestMeter meter;

    public DuiFhir(FhirContext fhir, ProSettings settings, FhirRequestMeter meter) {
        this.fhir = fhir;
        this.settings = settings;
        this.meter = meter;
    }

    /** A client for this person's requests (cheap: one per request handled). */
    public IGenericClient client(SmartContext context) {
        IGenericClient client = fhir.newRestfulGenericClient(settings.fhirBase());
        client.registerInterceptor(new BearerTokenAuthInterceptor(context.accessToken()));
        client.registerInterceptor(new Metering(meter));
        return client;
    }

    public FhirContext context() {
        return fhir;
    }

    private static final class Metering implements IClientInterceptor {

        private final FhirRequestMeter meter;

        Metering(FhirRequestMeter meter) {
            this.meter = meter;
        }

        @Override
        public void interceptRequest(IHttpRequest request) {
            // counted with its duration when the response arrives
        }

        @Override
        public void interceptResponse(IHttpResponse response) {
            meter.record(response.getRequestStopWatch().getMillis() * 1_000_000L);
        }
    }
}
