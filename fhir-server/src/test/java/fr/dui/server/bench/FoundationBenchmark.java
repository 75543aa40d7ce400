package fr.dui.server.bench;

import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.util.FileSystemUtils;

/**
 * The foundation's numbers, measured on the packaged server as a person runs it (not a timed unit test):
 *
 * <ul>
 *   <li>startup, process start to the first answer of {@code /fhir/metadata}, on an empty data folder and then on
 *       an initialised one (median of N), for each JDK given, and the resident memory after startup;
 *   <li>creating 1,000 Patients one request at a time, then 1,000 Patients in one transaction, on the same server:
 *       the one-by-one rate is the baseline of the transaction's.
 * </ul>
 *
 * Run with {@code ./mvnw -pl fhir-server -am -DskipTests -Pbenchmark verify} (see README). System properties:
 * {@code bench.jdks} (comma-separated JDK homes), {@code bench.runs} (startups per JDK, default 3),
 * {@code bench.patients} (default 1000), {@code bench.jvm-options} (default {@code -Xmx1g}).
 */
public final class FoundationBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        List<String> jdks = jdks();
        int runs = Integer.getInteger("bench.runs", 3);
        int patients = Integer.getInteger("bench.patients", 1000);
        List<String> jvmOptions = Arrays.stream(
                        System.getProperty("bench.jvm-options", "-Xmx1g").split(" "))
                .filter(s -> !s.isBlank())
                .toList();
        Path work = Files.createTempDirectory("dui-bench-");
        List<String> report = new ArrayList<>();
        report.add(String.format(
                "DUI foundation benchmark — %d CPU, JVM options %s, %s",
                Runtime.getRuntime().availableProcessors(), jvmOptions, java.time.LocalDate.now()));
        try {
            for (String jdk : jdks) {
                String java = Path.of(jdk, "bin", "java").toString();
                String version = javaVersion(java);
                Path data = work.resolve("data-" + Math.abs(jdk.hashCode()));
                long empty;
                long emptyRss;
                try (ServerProcess server = ServerProcess.start(java, jvmOptions, data, List.of())) {
                    empty = server.startupMillis();
                    emptyRss = server.residentMiB();
                    server.stop();
                }
                long[] restarts = new long[runs];
                long[] rss = new long[runs];
                for (int i = 0; i < runs; i++) {
                    try (ServerProcess server = ServerProcess.start(java, jvmOptions, data, List.of())) {
                        restarts[i] = server.startupMillis();
                        Thread.sleep(3000);
                        rss[i] = server.residentMiB();
                        server.stop();
                    }
                }
                report.add(String.format(
                        Locale.ROOT,
                        "startup  %-12s empty data folder: %6.1f s (%d MiB) | initialised, median of %d: %6.1f s"
                                + " (runs %s), resident after startup %d MiB",
                        version,
                        empty / 1000.0,
                        emptyRss,
                        runs,
                        median(restarts) / 1000.0,
                        Arrays.toString(
                                Arrays.stream(restarts).map(ms -> ms / 100).toArray()),
                        median(rss)));
            }

            String java = Path.of(jdks.get(0), "bin", "java").toString();
            try (ServerProcess server = ServerProcess.start(java, jvmOptions, work.resolve("data-writes"), List.of())) {
                String base = server.baseUrl() + "/fhir";
                createOneByOne(base, 200); // warm-up, not measured
                long start = System.nanoTime();
                createOneByOne(base, patients);
                double oneByOne = patients / seconds(start);
                start = System.nanoTime();
                postTransaction(base, patients);
                double transaction = patients / seconds(start);
                report.add(String.format(
                        Locale.ROOT,
                        "writes   %d Patients one by one (1 client): %.0f creates/s | as one transaction: %.0f"
                                + " resources/s (%.2f s) | ratio transaction / one by one: %.2f",
                        patients,
                        oneByOne,
                        transaction,
                        patients / transaction,
                        transaction / oneByOne));
                server.stop();
            }
        } finally {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    private static void createOneByOne(String base, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/Patient"))
                            .header("Content-Type", "application/fhir+json")
                            .header("Prefer", "return=minimal")
                            .POST(HttpRequest.BodyPublishers.ofString(patient(i)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        }
    }

    private static void postTransaction(String base, int count) throws Exception {
        StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                bundle.append(',');
            }
            bundle.append("{\"fullUrl\":\"urn:uuid:")
                    .append(UUID.randomUUID())
                    .append("\",\"resource\":")
                    .append(patient(i))
                    .append(",\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}}");
        }
        bundle.append("]}");
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base))
                        .header("Content-Type", "application/fhir+json")
                        .header("Prefer", "return=minimal")
                        .POST(HttpRequest.BodyPublishers.ofString(bundle.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private static String patient(int i) {
        return DuiFixtures.usagerJson(
                "BENCH" + i, "Marie", "19" + (30 + i % 60) + "-0" + (1 + i % 9) + "-1" + (i % 10));
    }

    private static List<String> jdks() {
        String configured = System.getProperty("bench.jdks");
        if (configured != null && !configured.isBlank()) {
            return Arrays.stream(configured.split(",")).map(String::trim).toList();
        }
        List<String> jdks = new ArrayList<>();
        jdks.add(System.getProperty("java.home"));
        Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (Files.isDirectory(temurin25)) {
            jdks.add(temurin25.toString());
        }
        return jdks;
    }

    private static String javaVersion(String java) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return "JDK " + out.replaceAll("(?s).*version \"([^\"]+)\".*", "$1");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private FoundationBenchmark() {}
}
