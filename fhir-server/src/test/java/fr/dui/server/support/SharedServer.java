package fr.dui.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import fr.dui.server.DuiServerApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The one DUI server of a test JVM: the real application on a random port, with its own data folder, the FHIR
 * packages of {@code ../shared/fhir-packages}, the database chosen by {@link ItDatabase} and {@link PscProvider} as
 * its Pro Santé Connect. Tests talk to it over HTTP only.
 */
public final class SharedServer implements AutoCloseable {

    /** The system client the integration tests act as (all scopes): access control has its own tests. */
    public static final String TEST_SCOPES = "system/*.cruds";

    private final ItDatabase database;
    private final Path dataDir;
    private final BackendClient testClient;
    private final String issuer;
    private final String accessToken;
    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final FhirContext fhir;

    SharedServer(ItDatabase database) {
        this.database = database;
        try {
            this.dataDir = Files.createTempDirectory("dui-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = ServerProcess.freePort();
        this.issuer = "http://localhost:" + port;
        this.testClient = new BackendClient("dui-it", List.of(TEST_SCOPES, "system/*.rs"));
        Path clientsFile = BackendClient.writeClientsFile(
                dataDir.resolveSibling(dataDir.getFileName() + "-clients.json"), List.of(testClient.declaration()));
        Map<String, String> props = new HashMap<>(database.serverProperties());
        props.put("server.port", String.valueOf(port));
        props.put("dui.security.issuer", issuer);
        props.put("dui.security.clients-file", clientsFile.toString());
        props.put("dui.security.access-token-ttl", "60m");
        props.put("dui.security.admin-password", "admin-du-test");
        props.put("dui.data.dir", dataDir.toString());
        props.put("dui.packages.cache-dir", TestPackages.cacheDir().toString());
        props.put("dui.packages.download", "false");
        props.put("dui.fhir.max-request-body", "1MB");
        // The examples and test usagers carry INS of the INSi test system.
        props.put("dui.identity.accept-test-ins", "true");
        // Pro Santé Connect: a real OpenID Connect provider on this machine stands in for the ANS's.
        props.put("dui.psc.issuer", PscProvider.issuer());
        props.put("dui.psc.client-id", PscProvider.CLIENT_ID);
        props.put("dui.psc.client-secret", PscProvider.CLIENT_SECRET);
        long start = System.nanoTime();
        // As command-line arguments: they win over application.yaml, like a real deployment's settings.
        String[] args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        this.context = new SpringApplicationBuilder(DuiServerApplication.class).run(args);
        this.baseUrl = issuer;
        this.fhir = context.getBean(FhirContext.class);
        fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // the guide's examples load in one validated transaction: seconds alone, longer on a busy 2-core machine
        fhir.getRestfulClientFactory().setSocketTimeout(120_000);
        this.accessToken = testClient.accessToken(issuer, TEST_SCOPES);
        System.out.printf(
                "[dui-it] server started in %d ms on %s, %s%n",
                (System.nanoTime() - start) / 1_000_000, baseUrl, database.describe());
    }

    /** {@code http://localhost:PORT} */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@code http://localhost:PORT/fhir} */
    public String fhirBase() {
        return baseUrl + "/fhir";
    }

    public FhirContext fhirContext() {
        return fhir;
    }

    /** A FHIR client authenticated as the test system client (every scope). */
    public IGenericClient client() {
        IGenericClient client = anonymousClient();
        client.registerInterceptor(new BearerTokenAuthInterceptor(accessToken));
        return client;
    }

    /** A FHIR client with no token at all. */
    public IGenericClient anonymousClient() {
        return fhir.newRestfulGenericClient(fhirBase());
    }

    /** Plain HTTP, authenticated as the test system client. */
    public RawHttp raw() {
        return new RawHttp(baseUrl, accessToken);
    }

    /** Plain HTTP with the given access token. */
    public RawHttp raw(String token) {
        return new RawHttp(baseUrl, token);
    }

    /** Plain HTTP without a token. */
    public RawHttp anonymousRaw() {
        return new RawHttp(baseUrl, null);
    }

    /** The issuer the server was started with ({@code http://localhost:PORT}). */
    public String issuer() {
        return issuer;
    }

    /** Creates a resource as the test system client over HTTP; returns its new id (fails with the server's answer). */
    public String create(Resource resource) {
        HttpResponse<String> created = raw().post(
                        "/fhir/" + resource.fhirType(),
                        "application/fhir+json",
                        fhir.newJsonParser().encodeResourceToString(resource));
        if (created.statusCode() != 201) {
            throw new AssertionError("Not created (" + created.statusCode() + "): " + created.body());
        }
        String[] parts = created.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll("/_history/.*", "")
                .split("/");
        return parts[parts.length - 1];
    }

    /** Spring beans, for tests that must look behind the API (keys, accounts). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ItDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            try {
                database.close();
            } finally {
                FileSystemUtils.deleteRecursively(dataDir.toFile());
                PscProvider.stop();
            }
        }
    }
}
