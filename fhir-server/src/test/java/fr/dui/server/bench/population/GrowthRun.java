package fr.dui.server.bench.population;

import fr.dui.server.support.ServerProcess;
import fr.dui.server.synthetic.PopulationSize;
import fr.dui.server.synthetic.SyntheticPopulation;
import fr.dui.server.synthetic.loader.LoadReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.util.FileSystemUtils;

/**
 * How the fiche de synthèse and the waiting-list search grow with the organisation, on PostgreSQL: for each size, a
 * database of its own (created, then dropped) is filled through the API by a server without validation (the
 * generator's output conforms to the profiles, its tests check it; validating 3 million resources would take a day
 * on 2 cores), then the DUI as deployed starts on it and both scenarios run with 1 and 10 users.
 *
 * <p>The fill commits asynchronously ({@code synchronous_commit = off} on that database while it is filled: a crash
 * would lose the last transactions of a benchmark database, nothing else), and the setting is reset before the DUI
 * measures. The filled database is then {@code ANALYZE}d, as autovacuum would do on a deployed server and as
 * PostgreSQL advises after a bulk load: where autovacuum is off (as on this project's test machines) a database
 * filled from empty keeps the statistics of empty tables, and PostgreSQL plans the includes of a search as scans of
 * every link of a path (0.6 s instead of 7 ms for one {@code _include} at {@code og-200}). The statistics stay in the
 * database, so a kept one is not analysed again. With {@code bench.growth.keep=true} the databases are kept, named
 * by size and seed ({@code dui_bench_og_200_42}), and a later run measures a kept database that was filled to the end
 * instead of filling it again: the 100,000-usager fill (about 3.3 million resources) can run once, and be measured
 * many times.
 */
final class GrowthRun {

    static final String POSTGRES = System.getProperty("bench.postgresql", "jdbc:postgresql://127.0.0.1:5432/");
    static final String POSTGRES_USER = System.getProperty("bench.postgresql-user", "postgres");

    private final String java;
    private final List<String> jvmOptions;
    private final long seed;
    private final double warmUp;
    private final double seconds;
    private final boolean keep;
    private final int parallel;
    private final List<String> failures = new ArrayList<>();

    GrowthRun(
            String java,
            List<String> jvmOptions,
            long seed,
            double warmUp,
            double seconds,
            boolean keep,
            int parallel) {
        this.java = java;
        this.jvmOptions = jvmOptions;
        this.seed = seed;
        this.warmUp = warmUp;
        this.seconds = seconds;
        this.keep = keep;
        this.parallel = parallel;
    }

    List<String> run(List<String> sizes) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("PostgreSQL, the DUI as deployed (backend token, validation, rules, audit):");
        lines.add(
                "| taille | usagers | ressources | chargement | scénario | utilisateurs | /s | p50 / p95 / p99 (ms) |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            lines.addAll(size(size));
        }
        return lines;
    }

    /** The measures of the last run that failed or got no answer. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private List<String> size(String name) throws Exception {
        SyntheticPopulation population = SyntheticPopulation.of(PopulationSize.named(name), seed, LocalDate.now());
        PopulationIndex index = PopulationIndex.of(population);
        String database = keep
                ? "dui_bench_" + name.replace('-', '_') + "_" + seed
                : "dui_bench_" + name.replace('-', '_') + "_"
                        + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        Path work = Files.createTempDirectory("dui-bench-growth-");
        Path data = work.resolve("data");
        List<String> db =
                List.of("--dui.database.url=" + POSTGRES + database, "--dui.database.username=" + POSTGRES_USER);
        Optional<LoadReport> kept = keep ? FillMark.read(POSTGRES + database, POSTGRES_USER) : Optional.empty();
        if (kept.isEmpty()) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"); // a fill that did not end
            execute("CREATE DATABASE " + database);
        }
        try {
            LoadReport load;
            if (kept.isPresent()) {
                load = kept.get();
                PopulationBenchmark.progress(
                        name + ": " + database + " kept from an earlier fill, " + load.resources() + " resources");
            } else {
                execute("ALTER DATABASE " + database + " SET synchronous_commit TO off");
                List<String> loading = new ArrayList<>(PopulationBenchmark.COMMON_ARGS);
                loading.addAll(PopulationBenchmark.BASELINE_ARGS);
                loading.addAll(db);
                try (ServerProcess server = ServerProcess.start(
                        java, jvmOptions, data, loading, List.of(), List.of(PopulationBenchmark.LOADER_DECLARATION))) {
                    PopulationBenchmark.progress(
                            name + ": loading " + population.size().describe() + " into " + database);
                    load = PopulationBenchmark.load(server.baseUrl(), population, parallel);
                    server.stop();
                }
                execute("ALTER DATABASE " + database + " RESET synchronous_commit");
                long analyzing = System.nanoTime();
                execute(POSTGRES + database, "ANALYZE");
                PopulationBenchmark.progress(String.format(
                        Locale.ROOT, "%s: ANALYZE in %.0f s", name, (System.nanoTime() - analyzing) / 1e9));
                if (keep) {
                    FillMark.write(POSTGRES + database, POSTGRES_USER, load);
                }
            }
            PopulationBenchmark.progress(
                    String.format(Locale.ROOT, "%s: %d resources in %.0f s", name, load.resources(), load.seconds()));
            List<String> serving = new ArrayList<>(PopulationBenchmark.COMMON_ARGS);
            serving.addAll(db);
            List<String> lines = new ArrayList<>();
            try (ServerProcess server = ServerProcess.start(
                    java, jvmOptions, data, serving, List.of(), List.of(PopulationBenchmark.LOADER_DECLARATION))) {
                ClosedLoad driver = new ClosedLoad(PopulationBenchmark.http());
                for (Scenario scenario : Scenario.all(server.baseUrl() + "/fhir", index)) {
                    if (scenario.name().equals("fiche de synthèse")
                            || scenario.name().startsWith("liste d'attente")) {
                        for (int users : new int[] {1, 10}) {
                            Measure m = driver.run(scenario, users, warmUp, seconds, 7L * users, server::accessToken);
                            PopulationBenchmark.progress(Report.line(name, m));
                            if (m.errors() > 0 || m.count() == 0) {
                                failures.add(name + ": " + m.scenario() + " × " + users);
                            }
                            lines.add(String.format(
                                    Locale.ROOT,
                                    "| %s | %d | %d | %.0f s | %s | %d | %.1f | %.1f / %.1f / %.1f |",
                                    name,
                                    population.size().people(),
                                    load.resources(),
                                    load.seconds(),
                                    m.scenario(),
                                    users,
                                    m.perSecond(),
                                    m.p50(),
                                    m.p95(),
                                    m.p99()));
                        }
                    }
                }
                server.stop();
            }
            return lines;
        } finally {
            if (!keep) {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    /** On the server's administration database ({@code postgres}). */
    private static void execute(String sql) throws SQLException {
        execute(POSTGRES + "postgres", sql);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, POSTGRES_USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
