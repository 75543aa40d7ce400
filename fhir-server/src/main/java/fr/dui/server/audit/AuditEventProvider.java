package fr.dui.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Validate;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.validation.FhirValidator;
import fr.dui.server.platform.fhir.OwnResourceProvider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;

/**
 * The audit trail as FHIR, read-only: {@code AuditEvent/[id]}, searches by usager ({@code patient}), by person or app
 * ({@code agent}: {@code PractitionerRole/x}, a login or a client id) and by period ({@code date}), newest first; and
 * {@code AuditEvent/$verify-chain}, which recomputes the hash chain. Who may call them is decided by the access rules
 * (auditors only).
 */
public class AuditEventProvider implements OwnResourceProvider {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 500;

    private final AuditStore store;
    private final AuditWriter writer;
    private final FhirContext fhir;
    private final FhirValidator validator;

    AuditEventProvider(AuditStore store, AuditWriter writer, FhirContext fhir, FhirValidator validator) {
        this.store = store;
        this.writer = writer;
        this.fhir = fhir;
        this.validator = validator;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return AuditEvent.class;
    }

    @Read
    public AuditEvent read(@IdParam IdType id) {
        long seq;
        try {
            seq = Long.parseLong(id.getIdPart());
        } catch (NumberFormatException e) {
            throw new ResourceNotFoundException(id);
        }
        return store.read(seq).map(this::parse).orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = AuditEvent.SP_AGENT) ReferenceParam agent,
            @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date,
            @Offset Integer offset,
            @Count Integer count) {
        AuditQuery query = new AuditQuery(
                Optional.ofNullable(patient).map(ReferenceParam::getIdPart),
                Optional.ofNullable(agent).map(AuditEventProvider::agent),
                Optional.ofNullable(date)
                        .map(DateRangeParam::getLowerBoundAsInstant)
                        .map(d -> d.toInstant()),
                Optional.ofNullable(date)
                        .map(DateRangeParam::getUpperBoundAsInstant)
                        .map(d -> d.toInstant().plusMillis(1)));
        int from = offset == null ? 0 : Math.max(0, offset);
        int size = count == null ? DEFAULT_COUNT : Math.max(0, Math.min(count, MAX_COUNT));
        IParser parser = fhir.newJsonParser();
        List<IBaseResource> page = store.search(query, from, size).stream()
                .map(json -> (IBaseResource) parser.parseResource(AuditEvent.class, json))
                .toList();
        SimpleBundleProvider bundle = new SimpleBundleProvider(page);
        bundle.setSize(store.count(query));
        bundle.setCurrentPageOffset(from);
        bundle.setCurrentPageSize(size);
        return bundle;
    }

    /** Checks an AuditEvent against its profile (the trail's events follow dui-trace); stores nothing. */
    @Validate
    public MethodOutcome validate(@ResourceParam AuditEvent resource) {
        return new MethodOutcome()
                .setOperationOutcome(validator.validateWithResult(resource).toOperationOutcome());
    }

    @Operation(name = "$verify-chain", idempotent = true)
    public Parameters verifyChain() throws InterruptedException {
        writer.awaitIdle(Duration.ofSeconds(10));
        ChainVerification result = ChainVerification.of(store);
        Parameters out = new Parameters();
        out.addParameter("valid", result.valid());
        out.addParameter("events", (int) result.events());
        result.firstBroken().ifPresent(seq -> out.addParameter("firstBrokenEvent", Long.toString(seq)));
        out.addParameter("message", result.message());
        return out;
    }

    /** {@code PractitionerRole/x} as is; a login or a client id as given. */
    private static String agent(ReferenceParam agent) {
        return agent.getResourceType() == null ? agent.getValue() : agent.getResourceType() + "/" + agent.getIdPart();
    }

    private AuditEvent parse(String json) {
        return fhir.newJsonParser().parseResource(AuditEvent.class, json);
    }
}
