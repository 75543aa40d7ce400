package fr.dui.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged server ({@code fhir-server.jar}) run as its own process, the way a person runs it: for the tests
 * that stop and start the server.
 */
public final class ServerProcess implements AutoCloseable {

    private static final long STARTUP_LIMIT_SECONDS = 600;

    private final Process process;
    private final Path log;
    private final int port;
    private final long startupMillis;
    private final BackendClient client;

    private ServerProcess(Process process, Path log, int port, long startupMillis, BackendClient client) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startupMillis = startupMillis;
        this.client = client;
    }

    /** Starts the jar on the given data folder and waits until {@code /fhir/metadata} answers. */
    public static ServerProcess start(Path dataDir, List<String> extraArgs) {
        return start(ProcessHandle.current().info().command().orElse("java"), List.of(), dataDir, extraArgs);
    }

    /**
     * Starts the jar with a given {@code java} executable and JVM options on the given data folder, and waits until
     * {@code /fhir/metadata} answers.
     */
    public static ServerProcess start(String java, List<String> jvmOptions, Path dataDir, List<String> extraArgs) {
        return start(java, jvmOptions, dataDir, extraArgs, List.of());
    }

    /** As {@link #start(String, List, Path, List)}, with more backend clients registered through the clients file. */
    public static ServerProcess start(
            String java,
            List<String> jvmOptions,
            Path dataDir,
            List<String> extraArgs,
            List<BackendClient> extraClients) {
        return start(java, jvmOptions, dataDir, extraArgs, extraClients, List.of());
    }

    /**
     * As {@link #start(String, List, Path, List, List)}, with client declarations of any kind too (a {@code service}
     * client with a secret, as the synthetic loader uses), written to the same clients file.
     */
    public static ServerProcess start(
            String java,
            List<String> jvmOptions,
            Path dataDir,
            List<String> extraArgs,
            List<BackendClient> extraClients,
            List<Map<String, Object>> extraDeclarations) {
        String jar = System.getProperty("dui.it.server-jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("Packaged server not found (dui.it.server-jar=" + jar + ")");
        }
        int port = freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
        BackendClient client = new BackendClient("dui-process", List.of(SharedServer.TEST_SCOPES));
        Path clientsFile = BackendClient.writeClientsFile(
                dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + "-clients.json"),
                Stream.concat(
                                Stream.concat(Stream.of(client), extraClients.stream())
                                        .map(BackendClient::declaration),
                                extraDeclarations.stream())
                        .toList());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar,
                "--server.port=" + port,
                "--dui.data.dir=" + dataDir,
                "--dui.packages.cache-dir=" + TestPackages.cacheDir(),
                "--dui.packages.download=false",
                "--dui.security.issuer=http://localhost:" + port,
                "--dui.security.clients-file=" + clientsFile,
                "--dui.security.access-token-ttl=60m"));
        command.addAll(extraArgs);
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient http = HttpClient.newHttpClient();
        // about 40 s alone on 2 cores; several minutes when other builds share the machine
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_LIMIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during startup:\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/metadata"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return new ServerProcess(process, log, port, (System.nanoTime() - start) / 1_000_000, client);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException(
                "The server did not answer within " + STARTUP_LIMIT_SECONDS + " s:\n" + tail(log));
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** An access token of a system client with every scope (a new one at each call). */
    public String accessToken() {
        return client.accessToken(baseUrl(), SharedServer.TEST_SCOPES);
    }

    /** The system client registered with every scope. */
    public BackendClient client() {
        return client;
    }

    /** From process start to the first answer of {@code /fhir/metadata}. */
    public long startupMillis() {
        return startupMillis;
    }

    /** Resident memory of the process, in MiB, from /proc (Linux), or -1. */
    public long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    /** Asks the server to stop (SIGTERM, as a service manager does) and waits for it; returns its log. */
    public String stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The server did not stop within 60 s:\n" + tail(log));
            }
            return Files.readString(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A TCP port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
