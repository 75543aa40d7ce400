package fr.dui.server.bench.population;

import fr.dui.server.support.ServerProcess;
import fr.dui.server.synthetic.PopulationSize;
import fr.dui.server.synthetic.SyntheticPopulation;
import fr.dui.server.synthetic.loader.HttpLoader;
import fr.dui.server.synthetic.loader.LoadReport;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.util.FileSystemUtils;

/**
 * The DUI under the work of an organisation's professionals, against plain HAPI JPA, on the packaged server over HTTP
 * (not a timed unit test). Two servers, started one after the other on fresh data folders and then both running, load
 * the same generated population (one after the other) and run the same scenarios, each measure made on the baseline
 * and at once on the DUI so that the drift of a shared machine touches both sides of a ratio alike:
 *
 * <ol>
 *   <li><b>plain HAPI JPA</b> (the baseline): the DUI's profile validation, access control and audit trail switched
 *       off ({@code dui.conformance.enforce-profiles=false}, {@code dui.security.enforce=false},
 *       {@code dui.audit.enabled=false}, loopback only), no token;
 *   <li><b>the DUI as deployed</b>: every write validated against its profile, every request with a token checked by
 *       the SMART rules and written to the audit trail (a backend service's {@code system/*} token).
 * </ol>
 *
 * For each: startup on an empty data folder and resident memory, the bulk load of the population through the API
 * (transactions, two at a time, as the loader command does), then each {@link Scenario} with 1, 10 and 50 concurrent
 * users: answers per second, p50/p95/p99. It prints the ratios DUI / baseline.
 *
 * <p>With {@code bench.growth} (sizes, e.g. {@code og-6,og-20,og-200}) it then measures, on PostgreSQL, how the fiche
 * de synthèse and the waiting-list search grow with the organisation (see {@link GrowthRun}).
 *
 * <p>Run with {@code ./mvnw -pl fhir-server -am -DskipTests -Pbenchmark-population verify} (README). System
 * properties: {@code bench.size} (default {@code og-4}; {@code none}: only the growth), {@code bench.seed} (42), {@code bench.seconds} (measured
 * seconds per scenario and concurrency, 20), {@code bench.warm-up} (seconds, 5), {@code bench.concurrency}
 * ({@code 1,10,50}), {@code bench.scenarios} (names' beginnings, e.g. {@code fiche,fil}; default all),
 * {@code bench.jvm-options} ({@code -Xmx1g}), {@code bench.growth} (none), {@code bench.growth.keep} (keep the
 * growth databases and measure a kept, completely filled one without filling it again; false),
 * {@code bench.growth.parallel} (transactions in flight while filling them, 2).
 */
public final class PopulationBenchmark {

    static final String LOADER = "bench-chargement";
    static final String LOADER_SECRET = "secret-du-chargement-du-banc-d-essai";
    static final Map<String, Object> LOADER_DECLARATION = Map.of(
            "clientId",
            LOADER,
            "name",
            "Chargement du banc d'essai",
            "kind",
            "service",
            "secret",
            LOADER_SECRET,
            "scopes",
            List.of("system/*.cruds"));

    static final List<String> BASELINE_ARGS = List.of(
            "--dui.conformance.enforce-profiles=false",
            "--dui.security.enforce=false",
            "--dui.audit.enabled=false",
            "--server.address=127.0.0.1");
    static final List<String> COMMON_ARGS = List.of("--dui.identity.accept-test-ins=true");

    private record Config(String label, List<String> args, boolean tokens) {}

    private record Run(
            long startupMillis, long rssAfterStartup, long rssAtEnd, LoadReport load, List<Measure> measures) {}

    public static void main(String[] args) throws Exception {
        String size = System.getProperty("bench.size", "og-4");
        long seed = Long.getLong("bench.seed", 42);
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "20"));
        double warmUp = Double.parseDouble(System.getProperty("bench.warm-up", "5"));
        int[] concurrency = Arrays.stream(
                        System.getProperty("bench.concurrency", "1,10,50").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        List<String> only = Arrays.stream(
                        System.getProperty("bench.scenarios", "").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> growth = Arrays.stream(
                        System.getProperty("bench.growth", "").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> jvmOptions = Arrays.stream(
                        System.getProperty("bench.jvm-options", "-Xmx1g").split(" "))
                .filter(s -> !s.isBlank())
                .toList();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> report = new ArrayList<>();
        List<String> failures = "none".equals(size)
                ? List.of()
                : compare(size, seed, seconds, warmUp, concurrency, only, jvmOptions, java, report);
        if (!growth.isEmpty()) {
            GrowthRun growthRun = new GrowthRun(
                    java,
                    jvmOptions,
                    seed,
                    warmUp,
                    seconds,
                    Boolean.getBoolean("bench.growth.keep"),
                    Integer.getInteger("bench.growth.parallel", 2));
            report.addAll(growthRun.run(growth));
            failures = new ArrayList<>(failures);
            failures.addAll(growthRun.failures());
        }
        System.out.println();
        report.forEach(System.out::println);
        if (!failures.isEmpty()) {
            // a benchmark whose requests fail measures nothing: the build fails (CI runs it at a small size)
            throw new IllegalStateException("Failed or unanswered requests in: " + String.join(", ", failures));
        }
    }

    /**
     * The two servers, loaded with the same population and measured scenario by scenario (the report's lines are
     * added to {@code report}); the measures that failed or got no answer.
     */
    private static List<String> compare(
            String size,
            long seed,
            double seconds,
            double warmUp,
            int[] concurrency,
            List<String> only,
            List<String> jvmOptions,
            String java,
            List<String> report)
            throws Exception {
        SyntheticPopulation population = SyntheticPopulation.of(PopulationSize.named(size), seed, LocalDate.now());
        PopulationIndex index = PopulationIndex.of(population);
        progress(String.format(
                Locale.ROOT,
                "population %s: %s; %d usagers in séjour, %d professionals",
                population.key(),
                population.size().describe(),
                index.usagers().size(),
                index.professionals().size()));

        List<Config> configs = List.of(
                new Config("HAPI JPA seul (référence)", BASELINE_ARGS, false),
                new Config("DUI (validation, accès, audit)", List.of(), true));
        report.add(String.format(
                Locale.ROOT,
                "DUI population benchmark — %d CPU, JVM options %s, population %s (%s), %s s per measure after %s s of"
                        + " warm-up, %s",
                Runtime.getRuntime().availableProcessors(),
                jvmOptions,
                population.key(),
                population.size().describe(),
                seconds,
                warmUp,
                LocalDate.now()));
        Path work = Files.createTempDirectory("dui-bench-population-");
        List<ServerProcess> servers = new ArrayList<>();
        List<String> failures = List.of();
        try {
            List<Long> startups = new ArrayList<>();
            List<Long> rss = new ArrayList<>();
            List<LoadReport> loads = new ArrayList<>();
            for (Config config : configs) {
                List<String> serverArgs = new ArrayList<>(COMMON_ARGS);
                serverArgs.addAll(config.args());
                ServerProcess server = ServerProcess.start(
                        java,
                        jvmOptions,
                        work.resolve("data-" + servers.size()),
                        serverArgs,
                        List.of(),
                        List.of(LOADER_DECLARATION));
                servers.add(server);
                startups.add(server.startupMillis());
                Thread.sleep(3000);
                rss.add(server.residentMiB());
                progress(config.label() + ": started in " + server.startupMillis() + " ms, " + rss.get(rss.size() - 1)
                        + " MiB resident");
            }
            // one load at a time, the other server idle
            for (int i = 0; i < configs.size(); i++) {
                LoadReport load = load(servers.get(i).baseUrl(), population);
                loads.add(load);
                progress(String.format(
                        Locale.ROOT,
                        "%s: %d resources loaded in %.0f s (%.0f/s)",
                        configs.get(i).label(),
                        load.resources(),
                        load.seconds(),
                        load.resourcesPerSecond()));
            }
            // each measure on the baseline, then at once on the DUI: a machine whose speed drifts (other work,
            // thermal) affects both sides of a ratio alike
            List<List<Measure>> measures = List.of(new ArrayList<>(), new ArrayList<>());
            ClosedLoad driver = new ClosedLoad(http());
            List<List<Scenario>> scenarios = servers.stream()
                    .map(s -> Scenario.all(s.baseUrl() + "/fhir", index).stream()
                            .filter(c -> only.isEmpty() || only.stream().anyMatch(c.name()::startsWith))
                            .toList())
                    .toList();
            for (int k = 0; k < scenarios.get(0).size(); k++) {
                for (int users : concurrency) {
                    for (int i = 0; i < configs.size(); i++) {
                        ServerProcess server = servers.get(i);
                        Supplier<String> tokens = configs.get(i).tokens() ? server::accessToken : () -> null;
                        Measure m = driver.run(scenarios.get(i).get(k), users, warmUp, seconds, 2026L * users, tokens);
                        measures.get(i).add(m);
                        progress(Report.line(configs.get(i).label(), m));
                    }
                }
            }
            List<Long> rssAtEnd =
                    servers.stream().map(ServerProcess::residentMiB).toList();
            report.addAll(Report.server(startups, rss, rssAtEnd, loads));
            report.addAll(Report.scenarios(measures.get(0), measures.get(1)));
            for (ServerProcess server : servers) {
                server.stop();
            }
            failures = measures.stream()
                    .flatMap(List::stream)
                    .filter(m -> m.errors() > 0 || m.count() == 0)
                    .map(m -> m.scenario() + " × " + m.users())
                    .toList();
        } finally {
            servers.forEach(ServerProcess::close);
            FileSystemUtils.deleteRecursively(work.toFile());
        }
        return failures;
    }

    static LoadReport load(String baseUrl, SyntheticPopulation population) throws InterruptedException {
        return load(baseUrl, population, 2);
    }

    static LoadReport load(String baseUrl, SyntheticPopulation population, int parallel) throws InterruptedException {
        return new HttpLoader(baseUrl, LOADER, LOADER_SECRET, "system/*.cruds", parallel)
                .load(population, (usagers, resources, s) -> {
                    if (resources % 5000 < 200) {
                        progress(String.format(
                                Locale.ROOT, "  … %d usagers, %d resources, %.0f s", usagers, resources, s));
                    }
                });
    }

    static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static String progress(String line) {
        System.out.println("[bench] " + line);
        return line;
    }
}
