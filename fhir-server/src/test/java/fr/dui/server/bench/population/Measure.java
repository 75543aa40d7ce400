package fr.dui.server.bench.population;

import java.util.Arrays;

/**
 * The result of one scenario at one concurrency: answers per second over the measured period, and the latency
 * percentiles (nearest rank) of the successful answers, in milliseconds.
 */
record Measure(
        String scenario,
        int users,
        int count,
        int errors,
        String firstError,
        double perSecond,
        double p50,
        double p95,
        double p99) {

    /** {@code seconds}: from the start of the measured period to the last answer. */
    static Measure of(String scenario, int users, long[] nanos, int errors, String firstError, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Measure(
                scenario,
                users,
                sorted.length,
                errors,
                firstError,
                sorted.length / seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99));
    }

    /** The nearest-rank percentile in ms, NaN without any value. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
