package fr.dui.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import fr.dui.server.support.BackendClient;
import fr.dui.server.support.ServerProcess;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.util.FileSystemUtils;

/**
 * What access control and the audit trail cost, measured on the packaged server over HTTP (not a timed unit test).
 * One data folder, three servers started one after the other in the same run:
 *
 * <ol>
 *   <li><b>open</b> (the baseline): {@code dui.security.enforce=false}, {@code dui.audit.enabled=false}, plain HAPI
 *       JPA behind the DUI's validation, no token asked;
 *   <li><b>tokens + rules</b>: JWT validation and the SMART authorization rules, no audit;
 *   <li><b>tokens + rules + audit</b>: as deployed.
 * </ol>
 *
 * In the audited configuration the same requests are also made by a nurse of the EHPAD logged in through a SMART
 * app (account and app created through the administration API): her habilitations, the narrowing of her searches
 * and the care team apply.
 *
 * <p>For each: p50/p95 latency of a read ({@code Patient/id}) and of a typical search (the last 20 observations of a
 * usager) with one client, and reads per second with four clients. Then tokens issued per second
 * ({@code client_credentials} with an RS384 client assertion, assertions signed beforehand), and whether every request
 * of the audited run left its AuditEvent.
 *
 * The baseline runs first and again last: the spread of its two runs is the noise of the measure.
 *
 * <p>Run with {@code ./mvnw -pl fhir-server -am -DskipTests -Pbenchmark-access verify} (README). System properties:
 * {@code bench.requests} (per measure, default 2000), {@code bench.tokens} (default 300), {@code bench.jvm-options}
 * (default {@code -Xmx1g}).
 */
public final class AccessBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USAGER = "usager-jeanne-dupont";
    private static final int CLIENTS = 4;
    private static final String ADMIN_PASSWORD = "Admin-du-banc-d-essai-2026";
    private static final String NURSE = "bench-ide";
    private static final String NURSE_ROLE = "PractitionerRole/role-ide-bernard-ehpad"; // in Jeanne's care team
    private static final String APP = "bench-app";
    private static final String APP_SCOPES = "openid fhirUser user/*.rs";

    private record Config(String label, List<String> args, boolean tokens) {}

    private record Result(double[] read, double[] search, double readsPerSecond) {}

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 2000);
        int tokens = Integer.getInteger("bench.tokens", 300);
        int warmUp = Integer.getInteger("bench.warm-up", 5000);
        List<String> jvmOptions = Arrays.stream(
                        System.getProperty("bench.jvm-options", "-Xmx1g").split(" "))
                .filter(s -> !s.isBlank())
                .toList();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path work = Files.createTempDirectory("dui-bench-access-");
        Path data = work.resolve("data");
        BackendClient auditor = new BackendClient("bench-auditor", List.of("system/AuditEvent.rs"));
        List<Config> configs = List.of(
                new Config(
                        "open (baseline)",
                        List.of(
                                "--dui.security.enforce=false",
                                "--dui.audit.enabled=false",
                                "--server.address=127.0.0.1"),
                        false),
                new Config("tokens + rules", List.of("--dui.audit.enabled=false"), true),
                new Config("tokens + rules + audit", List.of(), true),
                new Config(
                        "open (baseline, again)",
                        List.of(
                                "--dui.security.enforce=false",
                                "--dui.audit.enabled=false",
                                "--server.address=127.0.0.1"),
                        false));
        List<String> report = new ArrayList<>();
        report.add(String.format(
                "DUI access benchmark — %d CPU, JVM options %s, %d requests per measure, %s",
                Runtime.getRuntime().availableProcessors(), jvmOptions, requests, LocalDate.now()));
        Map<String, Result> results = new LinkedHashMap<>();
        String nursePassword;
        try {
            try (ServerProcess server = ServerProcess.start(
                    java,
                    jvmOptions,
                    data,
                    List.of("--dui.identity.accept-test-ins=true", "--dui.security.admin-password=" + ADMIN_PASSWORD),
                    List.of(auditor))) {
                String token = server.accessToken();
                load(server.baseUrl() + "/fhir", token);
                nursePassword = createNurse(server.baseUrl());
                server.stop();
            }
            for (Config config : configs) {
                try (ServerProcess server =
                        ServerProcess.start(java, jvmOptions, data, config.args(), List.of(auditor))) {
                    String base = server.baseUrl() + "/fhir";
                    String token = config.tokens() ? server.accessToken() : null;
                    Instant since = Instant.now();
                    measure(base, token, warmUp); // warm-up: the JIT compiles the hot paths
                    Result result = measure(base, token, requests);
                    results.put(config.label(), result);
                    progress(String.format(
                            Locale.ROOT,
                            "%s: read p50 %.2f ms, search p50 %.2f ms, %.0f reads/s",
                            config.label(),
                            result.read()[0],
                            result.search()[0],
                            result.readsPerSecond()));
                    if (config.label().endsWith("audit")) {
                        // warm-up and measure: reads and searches with 1 client, reads with 4 clients
                        long sent = 3L * warmUp + 3L * (requests / CLIENTS * CLIENTS);
                        report.add(progress(auditCheck(server, auditor, since, sent)));
                        report.add(progress(tokenRate(server, tokens)));
                        // the same, as a nurse of the EHPAD through a SMART app: habilitations and care team too
                        String nurseToken = professionalToken(server.baseUrl(), nursePassword);
                        measure(base, nurseToken, warmUp);
                        Result nurse = measure(base, nurseToken, requests);
                        results.put("professional, as deployed", nurse);
                        progress(String.format(
                                Locale.ROOT,
                                "professional: read p50 %.2f ms, search p50 %.2f ms, %.0f reads/s",
                                nurse.read()[0],
                                nurse.search()[0],
                                nurse.readsPerSecond()));
                        // the backend token again on the same server: the nurse is compared with the mean of the
                        // runs around hers, which share the server's state (audit trail size, caches, JIT)
                        Result again = measure(base, token, requests);
                        results.put(config.label() + " (again)", again);
                        report.add(progress(sameServer(result, again, nurse)));
                    }
                    server.stop();
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
        // the baseline, measured first and last: its two runs say how much of a difference is noise
        Result first = results.get("open (baseline)");
        Result last = results.get("open (baseline, again)");
        Result open = new Result(
                new double[] {(first.read()[0] + last.read()[0]) / 2, (first.read()[1] + last.read()[1]) / 2},
                new double[] {(first.search()[0] + last.search()[0]) / 2, (first.search()[1] + last.search()[1]) / 2},
                (first.readsPerSecond() + last.readsPerSecond()) / 2);
        report.add(String.format(
                Locale.ROOT,
                "%-24s | read p50 / p95 (ms) | search p50 / p95 (ms) | reads/s, %d clients | read p50 ratio | search p50 ratio"
                        + " (ratios against the mean of the two baseline runs)",
                "configuration",
                CLIENTS));
        for (Map.Entry<String, Result> e : results.entrySet()) {
            Result r = e.getValue();
            report.add(String.format(
                    Locale.ROOT,
                    "%-24s | %8.2f / %8.2f | %9.2f / %9.2f | %19.0f | %14.2f | %16.2f",
                    e.getKey(),
                    r.read()[0],
                    r.read()[1],
                    r.search()[0],
                    r.search()[1],
                    r.readsPerSecond(),
                    r.read()[0] / open.read()[0],
                    r.search()[0] / open.search()[0]));
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    /** The professional against the backend token measured before and after her on the same server. */
    private static String sameServer(Result before, Result after, Result professional) {
        return String.format(
                Locale.ROOT,
                "professional / backend token on the same server (mean of the runs before and after hers):"
                        + " read p50 %.2f, search p50 %.2f, reads/s %.2f (backend runs: %.0f and %.0f reads/s)",
                professional.read()[0] / ((before.read()[0] + after.read()[0]) / 2),
                professional.search()[0] / ((before.search()[0] + after.search()[0]) / 2),
                professional.readsPerSecond() / ((before.readsPerSecond() + after.readsPerSecond()) / 2),
                before.readsPerSecond(),
                after.readsPerSecond());
    }

    /** The guide's examples, then 400 transmissions about one usager, so the search has pages to choose from. */
    private static void load(String base, String token) throws Exception {
        FoundationBenchmark.postBundle(base, token, FoundationBenchmark.examplesTransaction());
        StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
        for (int i = 0; i < 400; i++) {
            bundle.append(i == 0 ? "" : ",")
                    .append("{\"resource\":")
                    .append(FoundationBenchmark.transmission(i)[1])
                    .append(",\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}}");
        }
        FoundationBenchmark.postBundle(base, token, bundle.append("]}").toString());
    }

    private static Result measure(String base, String token, int requests) throws Exception {
        String read = base + "/Patient/" + USAGER;
        String search = base + "/Observation?subject=Patient/" + USAGER + "&_sort=-date&_count=20";
        double[] readLatency = latencies(read, token, requests);
        double[] searchLatency = latencies(search, token, requests);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < requests / CLIENTS; i++) {
                        get(read, token);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // the concurrent run made requests reads; with the 2 latency runs, 3 * requests in all
            return new Result(readLatency, searchLatency, (requests / CLIENTS * CLIENTS) / seconds);
        } finally {
            pool.shutdown();
        }
    }

    private static double[] latencies(String url, String token, int count) throws Exception {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            get(url, token);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[count / 2] / 1e6, nanos[(int) (count * 0.95)] / 1e6};
    }

    private static String tokenRate(ServerProcess server, int count) throws Exception {
        BackendClient client = server.client();
        List<String> assertions = new ArrayList<>();
        for (int i = 0; i < count + 50; i++) {
            assertions.add(client.assertion(
                    server.baseUrl(), JWSAlgorithm.RS384, Instant.now().plusSeconds(600)));
        }
        for (int i = 0; i < 50; i++) { // warm-up
            expectToken(client, server.baseUrl(), assertions.get(count + i));
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            expectToken(client, server.baseUrl(), assertions.get(i));
        }
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        return String.format(
                Locale.ROOT,
                "tokens: %.0f access tokens/s (client_credentials + RS384 assertion, 1 client, %d tokens, audited)",
                perSecond,
                count);
    }

    private static void expectToken(BackendClient client, String issuer, String assertion) {
        HttpResponse<String> response = client.requestToken(issuer, assertion, SharedServer.TEST_SCOPES);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    /** Whether the audited run left one AuditEvent per request, and how long the writer lagged behind. */
    private static String auditCheck(ServerProcess server, BackendClient auditor, Instant since, long sent)
            throws Exception {
        String token = auditor.accessToken(server.baseUrl(), "system/AuditEvent.rs");
        // the events of the benchmark's own client only (not those of this check)
        String url = server.baseUrl() + "/fhir/AuditEvent?agent="
                + server.client().clientId() + "&date=ge" + since + "&_count=1";
        long start = System.nanoTime();
        long total = 0;
        while (System.nanoTime() - start < 30_000_000_000L) {
            JsonNode bundle = JSON.readTree(get(url, token));
            total = bundle.path("total").asLong();
            if (total >= sent) {
                break;
            }
            Thread.sleep(100);
        }
        double lag = (System.nanoTime() - start) / 1e9;
        return total >= sent
                ? String.format(
                        Locale.ROOT,
                        "audit: %d AuditEvents for the %d FHIR requests of the audited run (plus token and checks),"
                                + " all in the trail %.1f s after the last request",
                        total,
                        sent,
                        lag)
                : String.format(
                        Locale.ROOT,
                        "audit: MISSING EVENTS: %d AuditEvents for %d FHIR requests, %.0f s after the last request",
                        total,
                        sent,
                        lag);
    }

    /**
     * Through the administration API, as an administrator would: the nurse's account (its one-time password changed
     * by the nurse) and a public SMART app; returns the nurse's password.
     */
    private static String createNurse(String issuer) throws Exception {
        JsonNode created = JSON.readTree(admin(
                issuer,
                "admin",
                ADMIN_PASSWORD,
                "/admin/comptes",
                Map.of("username", NURSE, "kind", "PROFESSIONAL", "fhirUser", NURSE_ROLE)));
        String password = "Infirmiere-du-banc-2026";
        admin(
                issuer,
                NURSE,
                created.path("motDePasseProvisoire").asText(),
                "/admin/mot-de-passe",
                Map.of("nouveau", password));
        admin(
                issuer,
                "admin",
                ADMIN_PASSWORD,
                "/admin/clients",
                Map.of(
                        "clientId",
                        APP,
                        "name",
                        "Banc d'essai",
                        "kind",
                        "public",
                        "redirectUris",
                        List.of(UserLogin.REDIRECT),
                        "scopes",
                        List.of(APP_SCOPES.split(" "))));
        return password;
    }

    private static String professionalToken(String issuer, String password) throws Exception {
        HttpResponse<String> token = UserLogin.codeFlow(issuer, APP, NURSE, password, APP_SCOPES, null);
        if (token.statusCode() != 200) {
            throw new IllegalStateException("No token for the nurse: " + token.statusCode() + " " + token.body());
        }
        return JSON.readTree(token.body()).path("access_token").asText();
    }

    private static String admin(String issuer, String user, String password, String path, Object body)
            throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(issuer + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String progress(String line) {
        System.out.println("[bench] " + line);
        return line;
    }

    private static String get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/fhir+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private AccessBenchmark() {}
}
