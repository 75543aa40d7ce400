package fr.dui.server.bench.population;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * A closed-model load: {@code users} simulated professionals, each sending the scenario's next request as soon as
 * the previous answer arrived (no think time), first for a warm-up then for the measured period. Every request sent
 * during the measured period is measured, however late its answer; the rate is over the period from its start to the
 * last of those answers. Every answer other
 * than 2xx counts as an error; a batch answers 200 even when an entry is refused, so the body of a batch is checked
 * for entries in error too.
 */
final class ClosedLoad {

    private final HttpClient http;

    ClosedLoad(HttpClient http) {
        this.http = http;
    }

    /** Runs {@code scenario} with {@code users} concurrent users; {@code tokens} gives the bearer token to use. */
    Measure run(Scenario scenario, int users, double warmUpSeconds, double seconds, long seed, Supplier<String> tokens)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmUpSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<UserResult>> futures = new ArrayList<>();
        SplittableRandom root = new SplittableRandom(seed);
        String token = tokens.get();
        for (int u = 0; u < users; u++) {
            SplittableRandom random = root.split();
            futures.add(pool.submit(() -> user(scenario, random, token, measureFrom, end)));
        }
        long[] all = new long[0];
        int errors = 0;
        String firstError = null;
        long lastAnswer = end;
        try {
            for (Future<UserResult> f : futures) {
                UserResult r = f.get();
                lastAnswer = Math.max(lastAnswer, r.lastAnswer);
                long[] merged = Arrays.copyOf(all, all.length + r.count);
                System.arraycopy(r.latencies, 0, merged, all.length, r.count);
                all = merged;
                errors += r.errors;
                if (firstError == null) {
                    firstError = r.firstError;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A simulated user failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        // the requests sent during the measured period are all waited for: a slow answer is counted, not dropped
        return Measure.of(scenario.name(), users, all, errors, firstError, (lastAnswer - measureFrom) / 1e9);
    }

    private UserResult user(Scenario scenario, SplittableRandom random, String token, long measureFrom, long end) {
        UserResult result = new UserResult();
        while (true) {
            long sent = System.nanoTime();
            if (sent >= end) {
                return result;
            }
            String error;
            try {
                HttpResponse<String> response =
                        http.send(scenario.request(random, token), HttpResponse.BodyHandlers.ofString());
                error = error(response);
            } catch (IOException e) {
                error = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
            long received = System.nanoTime();
            if (sent >= measureFrom) {
                result.lastAnswer = received;
                if (error == null) {
                    result.add(received - sent);
                } else {
                    result.error(error);
                }
            }
        }
    }

    /** Null if the answer is a success (and, for a batch, every entry too), a short description otherwise. */
    static String error(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 != 2) {
            String body = response.body();
            return "HTTP " + status + ": " + body.substring(0, Math.min(300, body.length()));
        }
        String body = response.body();
        if (body.contains("\"type\":\"batch-response\"") && body.matches("(?s).*\"status\":\"[45]\\d\\d.*")) {
            return "an entry of the batch failed: " + body.substring(0, Math.min(300, body.length()));
        }
        return null;
    }

    private static final class UserResult {
        private long[] latencies = new long[1024];
        private int count;
        private int errors;
        private String firstError;
        private long lastAnswer;

        void add(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        void error(String description) {
            errors++;
            if (firstError == null) {
                firstError = description;
            }
        }
    }
}
