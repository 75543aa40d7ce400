package fr.dui.server.bench.population;

import fr.dui.server.synthetic.loader.LoadReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's tables, in Markdown (the README and the notes take them as they are). */
final class Report {

    private Report() {}

    /** Startup, memory and bulk load of both servers (index 0: the baseline, 1: the DUI). */
    static List<String> server(List<Long> startups, List<Long> rss, List<Long> rssAtEnd, List<LoadReport> loads) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("| | HAPI JPA seul | DUI | DUI / référence |");
        lines.add("|---|---|---|---|");
        lines.add(String.format(
                Locale.ROOT,
                "| démarrage, dossier de données vide | %.1f s | %.1f s | %.2f |",
                startups.get(0) / 1000.0,
                startups.get(1) / 1000.0,
                (double) startups.get(1) / startups.get(0)));
        lines.add(String.format(
                Locale.ROOT,
                "| mémoire résidente après démarrage | %d Mio | %d Mio | %.2f |",
                rss.get(0),
                rss.get(1),
                (double) rss.get(1) / rss.get(0)));
        lines.add(String.format(
                Locale.ROOT,
                "| mémoire résidente en fin de mesure | %d Mio | %d Mio | %.2f |",
                rssAtEnd.get(0),
                rssAtEnd.get(1),
                (double) rssAtEnd.get(1) / rssAtEnd.get(0)));
        lines.add(String.format(
                Locale.ROOT,
                "| chargement en masse (%d ressources, transactions par 2) | %.0f /s | %.0f /s | %.2f |",
                loads.get(1).resources(),
                loads.get(0).resourcesPerSecond(),
                loads.get(1).resourcesPerSecond(),
                loads.get(1).resourcesPerSecond() / loads.get(0).resourcesPerSecond()));
        return lines;
    }

    /** One row per scenario and concurrency: both servers, and the ratios of throughput and of p50 / p95 / p99. */
    static List<String> scenarios(List<Measure> baseline, List<Measure> dui) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("| scénario | utilisateurs | HAPI JPA seul: /s, p50 / p95 / p99 (ms) | DUI: /s, p50 / p95 / p99 (ms)"
                + " | débit DUI / réf. | p50 | p95 | p99 | erreurs réf. / DUI |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < baseline.size(); i++) {
            Measure b = baseline.get(i);
            Measure d = dui.get(i);
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %.2f | %.2f | %.2f | %.2f | %d / %d |",
                    b.scenario(),
                    b.users(),
                    cell(b),
                    cell(d),
                    d.perSecond() / b.perSecond(),
                    d.p50() / b.p50(),
                    d.p95() / b.p95(),
                    d.p99() / b.p99(),
                    b.errors(),
                    d.errors()));
        }
        for (Measure m : concat(baseline, dui)) {
            if (m.firstError() != null) {
                lines.add("first error, " + m.scenario() + " × " + m.users() + ": " + m.firstError());
            }
        }
        return lines;
    }

    static String cell(Measure m) {
        return String.format(Locale.ROOT, "%.1f, %.1f / %.1f / %.1f", m.perSecond(), m.p50(), m.p95(), m.p99());
    }

    static String line(String label, Measure m) {
        return String.format(
                Locale.ROOT,
                "%s: %s × %d: %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors%s",
                label,
                m.scenario(),
                m.users(),
                m.perSecond(),
                m.p50(),
                m.p95(),
                m.p99(),
                m.errors(),
                m.firstError() == null ? "" : " (" + m.firstError() + ")");
    }

    private static List<Measure> concat(List<Measure> a, List<Measure> b) {
        List<Measure> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
