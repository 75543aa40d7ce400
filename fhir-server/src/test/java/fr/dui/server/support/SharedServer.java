package fr.dui.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import fr.dui.server.DuiServerApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The one DUI server of a test JVM: the real application on a random port, with its own data folder, the FHIR
 * packages of {@code ../shared/fhir-packages} and the database chosen by {@link ItDatabase}. Tests talk to it over
 * HTTP only.
 */
public final class SharedServer implements AutoCloseable {

    private final ItDatabase database;
    private final Path dataDir;
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
        Map<String, String> props = new HashMap<>(database.serverProperties());
        props.put("server.port", "0");
        props.put("dui.data.dir", dataDir.toString());
        props.put("dui.packages.cache-dir", TestPackages.cacheDir().toString());
        props.put("dui.packages.download", "false");
        props.put("dui.fhir.max-request-body", "1MB");
        // The examples and test usagers carry INS of the INSi test system.
        props.put("dui.identity.accept-test-ins", "true");
        long start = System.nanoTime();
        // As command-line arguments: they win over application.yaml, like a real deployment's settings.
        String[] args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        this.context = new SpringApplicationBuilder(DuiServerApplication.class).run(args);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://localhost:" + port;
        this.fhir = context.getBean(FhirContext.class);
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

    public IGenericClient client() {
        fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        return fhir.newRestfulGenericClient(fhirBase());
    }

    public RawHttp raw() {
        return new RawHttp(baseUrl);
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
            }
        }
    }
}
