package fr.dui.server.bench;

import fr.dui.profiles.ClasspathFhirPackage;
import fr.dui.profiles.DuiPackages;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.springframework.util.FileSystemUtils;

/**
 * The foundation's numbers, measured on the packaged server as a person runs it (not a timed unit test):
 *
 * <ul>
 *   <li>startup, process start to the first answer of {@code /fhir/metadata}, on an empty data folder and then on
 *       an initialised one (median of N), for each JDK given, and the resident memory after startup;
 *   <li>writes with and without the DUI's profile validation, on two servers started in the same run: usagers and
 *       transmissions created one request at a time, then usagers in one transaction; the server without
 *       validation (plain HAPI JPA storage) is the baseline.
 * </ul>
 *
 * Run with {@code ./mvnw -pl fhir-server -am -DskipTests -Pbenchmark verify} (see README). System properties:
 * {@code bench.jdks} (comma-separated JDK homes), {@code bench.runs} (startups per JDK, default 3),
 * {@code bench.patients} (default 1000), {@code bench.jvm-options} (default {@code -Xmx1g}).
 */
public final class FoundationBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String token;

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
            Map<Boolean, double[]> rates = new LinkedHashMap<>();
            for (boolean enforce : List.of(false, true)) {
                try (ServerProcess server = ServerProcess.start(
                        java,
                        jvmOptions,
                        work.resolve("data-writes-" + enforce),
                        List.of(
                                "--dui.conformance.enforce-profiles=" + enforce,
                                "--dui.identity.accept-test-ins=true"))) {
                    String base = server.baseUrl() + "/fhir";
                    token = server.accessToken();
                    postBundle(
                            base,
                            token,
                            examplesTransaction()); // the examples give transmissions an author and a usager
                    createOneByOne(base, 200, FoundationBenchmark::patient); // warm-up, not measured
                    createOneByOne(base, 100, FoundationBenchmark::transmission);
                    long start = System.nanoTime();
                    createOneByOne(base, patients, FoundationBenchmark::patient);
                    double usagers = patients / seconds(start);
                    start = System.nanoTime();
                    createOneByOne(base, patients / 2, FoundationBenchmark::transmission);
                    double transmissions = (patients / 2) / seconds(start);
                    start = System.nanoTime();
                    postBundle(base, token, patientTransaction(patients));
                    double transaction = patients / seconds(start);
                    rates.put(enforce, new double[] {usagers, transmissions, transaction});
                    server.stop();
                }
            }
            double[] off = rates.get(false);
            double[] on = rates.get(true);
            report.add(
                    String.format(
                            Locale.ROOT,
                            "writes   (1 client, embedded H2)          | without DUI validation | with DUI validation | ratio"));
            String[] labels = {
                "usagers one by one (creates/s)",
                "transmissions one by one (creates/s)",
                "usagers in one transaction (res/s)"
            };
            for (int i = 0; i < labels.length; i++) {
                report.add(String.format(
                        Locale.ROOT, "  %-38s | %22.0f | %19.0f | %5.2f", labels[i], off[i], on[i], on[i] / off[i]));
            }
            report.add(String.format(
                    Locale.ROOT, "  one transaction vs one by one, with validation: %.2fx", on[2] / on[0]));
        } finally {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    private static void createOneByOne(String base, int count, IntFunction<String[]> resource) throws Exception {
        for (int i = 0; i < count; i++) {
            String[] typeAndBody = resource.apply(i);
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/" + typeAndBody[0]))
                            .header("Content-Type", "application/fhir+json")
                            .header("Authorization", "Bearer " + token)
                            .header("Prefer", "return=minimal")
                            .POST(HttpRequest.BodyPublishers.ofString(typeAndBody[1]))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        }
    }

    private static String patientTransaction(int count) {
        StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                bundle.append(',');
            }
            bundle.append("{\"fullUrl\":\"urn:uuid:")
                    .append(UUID.randomUUID())
                    .append("\",\"resource\":")
                    .append(patient(i)[1])
                    .append(",\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}}");
        }
        return bundle.append("]}").toString();
    }

    /** Every example of the DUI guide a client may store, as one transaction with their ids. */
    static String examplesTransaction() {
        ClasspathFhirPackage guide = DuiPackages.guide();
        StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
        boolean first = true;
        for (String file : guide.examples()) {
            String json = guide.read(file);
            String type = json.replaceAll("(?s).*?\"resourceType\"\\s*:\\s*\"([A-Za-z]+)\".*", "$1");
            String id = json.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            if (type.equals("AuditEvent")) {
                continue; // only the server writes the audit trail
            }
            bundle.append(first ? "" : ",")
                    .append("{\"resource\":")
                    .append(json)
                    .append(",\"request\":{\"method\":\"PUT\",\"url\":\"")
                    .append(type)
                    .append('/')
                    .append(id)
                    .append("\"}}");
            first = false;
        }
        return bundle.append("]}").toString();
    }

    /** Posts a transaction with the given token; fails unless the server answers 200. */
    static void postBundle(String base, String token, String bundle) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base))
                        .header("Content-Type", "application/fhir+json")
                        .header("Authorization", "Bearer " + token)
                        .header("Prefer", "return=minimal")
                        .POST(HttpRequest.BodyPublishers.ofString(bundle))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private static String[] patient(int i) {
        return new String[] {
            "Patient",
            DuiFixtures.usagerJson("BENCH" + i, "Marie", "19" + (30 + i % 60) + "-0" + (1 + i % 9) + "-1" + (i % 10))
        };
    }

    /** A transmission about Jeanne Dupont (example data) by the aide-soignant of the example EHPAD. */
    static String[] transmission(int i) {
        return new String[] {
            "Observation",
            "{\"resourceType\":\"Observation\",\"meta\":{\"profile\":[\"https://dui-libre.fr/fhir/StructureDefinition/dui-transmission\"]},"
                    + "\"status\":\"final\",\"category\":[{\"coding\":[{\"system\":\"https://dui-libre.fr/fhir/CodeSystem/dui-categorie-observation\","
                    + "\"code\":\"transmission\"}]}],\"code\":{\"coding\":[{\"system\":\"https://dui-libre.fr/fhir/CodeSystem/dui-cible-transmission\","
                    + "\"code\":\"sommeil\"}]},\"subject\":{\"reference\":\"Patient/usager-jeanne-dupont\"},"
                    + "\"effectiveDateTime\":\"2024-05-02T07:30:00+02:00\",\"performer\":[{\"reference\":\"PractitionerRole/role-as-benali-ehpad\"}],"
                    + "\"component\":[{\"code\":{\"coding\":[{\"system\":\"https://dui-libre.fr/fhir/CodeSystem/dui-observation-code\",\"code\":\"donnees\"}]},"
                    + "\"valueString\":\"Nuit agitée, réveillée trois fois (" + i + ")\"}]}"
        };
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
