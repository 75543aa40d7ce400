package fr.dui.pro.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real DUI server of the tests: the packaged {@code fhir-server.jar} run as a process (as a person runs it), on a
 * free port and a fresh data folder, with a service client to load the data and a known administrator password.
 */
final class DuiServer implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Admin-des-tests-pro-2026";
    static final String LOADER = "pro-it-chargement";
    static final String LOADER_SECRET = "secret-du-chargement-des-tests";

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;

    private DuiServer(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    static DuiServer start() {
        String jar = System.getProperty("dui.it.server-jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("Packaged DUI server not found (dui.it.server-jar=" + jar
                    + "): build fhir-server first (./mvnw -pl fhir-server -am -DskipTests package)");
        }
        try {
            Path dataDir = Files.createTempDirectory("dui-pro-it-");
            Path clients = dataDir.resolveSibling(dataDir.getFileName() + "-clients.json");
            Files.writeString(
                    clients,
                    Http.json(List.of(Map.of(
                            "clientId",
                            LOADER,
                            "name",
                            "Chargement des données des tests",
                            "kind",
                            "service",
                            "secret",
                            LOADER_SECRET,
                            "scopes",
                            List.of("system/*.cruds")))));
            int port = freePort();
            Path log = Path.of("target", "dui-server-" + port + ".log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx1g",
                    "-jar",
                    jar,
                    "--server.port=" + port,
                    "--dui.data.dir=" + dataDir,
                    "--dui.packages.cache-dir=" + System.getProperty("dui.test.package-cache"),
                    "--dui.packages.download=false",
                    "--dui.security.issuer=http://localhost:" + port,
                    "--dui.security.clients-file=" + clients,
                    "--dui.security.admin-password=" + ADMIN_PASSWORD,
                    // the guide's examples carry INS of the INSi test system
                    "--dui.identity.accept-test-ins=true"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            DuiServer server = new DuiServer(process, dataDir, log, port);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuer() {
        return "http://localhost:" + port;
    }

    String fhirBase() {
        return issuer() + "/fhir";
    }

    /** An access token of the loading service ({@code system/*.cruds}). */
    String serviceToken() {
        HttpResponse<String> token = Http.send(HttpRequest.newBuilder(Http.uri(issuer() + "/oauth2/token"))
                .header("Authorization", Http.basic(LOADER, LOADER_SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Http.form(Map.of("grant_type", "client_credentials", "scope", "system/*.cruds")))));
        return Http.expectJson(token, 200).path("access_token").asText();
    }

    private void awaitReady() {
        // Generous: about a minute on a quiet 2-core machine, over four minutes when other builds share it.
        long seconds = Long.getLong("dui.pro.it.server-startup-seconds", 600);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The DUI server stopped during startup, see " + log);
            }
            try {
                HttpResponse<String> metadata = Http.CLIENT.send(
                        HttpRequest.newBuilder(Http.uri(fhirBase() + "/metadata"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (metadata.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The DUI server did not answer within " + seconds + " s, see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
