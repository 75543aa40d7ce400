package fr.dui.server.synthetic.loader;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load stored: resources by type, usagers, time and rate.
 *
 * @param counts resources stored, by type
 */
public record LoadReport(String population, Map<String, Integer> counts, int usagers, int bundles, double seconds) {

    public LoadReport {
        counts = new TreeMap<>(counts);
    }

    public long resources() {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    public double resourcesPerSecond() {
        return seconds > 0 ? resources() / seconds : 0;
    }

    /** The final summary, in French. */
    public void print(PrintStream out) {
        out.printf(
                Locale.FRANCE,
                "Population « %s » chargée : %,d ressources (%,d usagers) en %,d transactions, %.1f s, %,.1f ressources/s%n",
                population,
                resources(),
                usagers,
                bundles,
                seconds,
                resourcesPerSecond());
        counts.forEach((type, n) -> out.printf(Locale.FRANCE, "  %-26s %,8d%n", type, n));
    }
}
