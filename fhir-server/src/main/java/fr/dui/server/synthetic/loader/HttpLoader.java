package fr.dui.server.synthetic.loader;

import ca.uhn.fhir.context.FhirContext;
import fr.dui.server.synthetic.Batch;
import fr.dui.server.synthetic.SyntheticPopulation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * POSTs the batches of a population to {@code <base>/fhir} as transactions. Structure batches (organisations, staff)
 * are sent alone, once everything before them is stored; usagers' records go {@code parallel} at a time. The first
 * refused transaction stops the load with the server's French message (a 4xx means the generator broke a profile).
 */
public final class HttpLoader {

    /** Where the progress goes; the loader's own console bar, or nothing in tests. */
    public interface Progress {
        void update(int usagers, long resources, double seconds);

        Progress NONE = (u, r, s) -> {};
    }

    private final HttpClient http;
    private final String fhirBase;
    private final AccessTokens tokens;
    private final FhirContext fhir;
    private final int parallel;

    public HttpLoader(String baseUrl, String clientId, String secret, String scope, int parallel) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.fhirBase = base + "/fhir";
        this.tokens = new AccessTokens(http, base, clientId, secret, scope, Clock.systemUTC());
        this.fhir = FhirContext.forR4Cached();
        this.parallel = Math.max(1, parallel);
    }

    public LoadReport load(SyntheticPopulation population, Progress progress) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Integer> counts = new TreeMap<>();
        AtomicInteger usagers = new AtomicInteger();
        AtomicLong resources = new AtomicLong();
        AtomicInteger bundles = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        List<Future<?>> inFlight = new ArrayList<>();
        try {
            Iterator<Batch> batches = population.iterator();
            while (batches.hasNext()) {
                Batch batch = batches.next();
                Runnable send = () -> {
                    post(batch);
                    synchronized (counts) {
                        batch.counts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
                    }
                    bundles.incrementAndGet();
                    progress.update(
                            usagers.addAndGet(batch.usagers()),
                            resources.addAndGet(batch.size()),
                            (System.nanoTime() - start) / 1e9);
                };
                if (batch.structure() || parallel == 1) {
                    awaitAll(inFlight);
                    send.run();
                } else {
                    while (inFlight.size() >= parallel * 2) {
                        await(inFlight.remove(0));
                    }
                    inFlight.add(workers.submit(send));
                }
            }
            awaitAll(inFlight);
        } finally {
            workers.shutdownNow();
        }
        return new LoadReport(
                population.key(), counts, usagers.get(), bundles.get(), (System.nanoTime() - start) / 1e9);
    }

    private static void awaitAll(List<Future<?>> inFlight) throws InterruptedException {
        while (!inFlight.isEmpty()) {
            await(inFlight.remove(0));
        }
    }

    private static void await(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new LoadFailure("Échec du chargement : " + e.getCause());
        }
    }

    private void post(Batch batch) {
        String body = fhir.newJsonParser().encodeResourceToString(batch.bundle());
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(fhirBase))
                            .timeout(Duration.ofMinutes(10))
                            .header("Authorization", "Bearer " + tokens.current())
                            .header("Content-Type", "application/fhir+json; charset=utf-8")
                            .header("Accept", "application/fhir+json")
                            .header("Prefer", "return=minimal")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LoadFailure("Transaction refusée par le serveur (HTTP " + response.statusCode() + ", "
                        + (batch.establishment() == 0
                                ? "organisme gestionnaire"
                                : "établissement " + batch.establishment())
                        + ") : " + explain(response.body()));
            }
        } catch (IOException e) {
            throw new LoadFailure("Serveur injoignable à " + fhirBase + " : " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("Chargement interrompu");
        }
    }

    /** The French texts of an OperationOutcome, or the raw answer. */
    private String explain(String body) {
        try {
            Resource parsed = (Resource) fhir.newJsonParser().parseResource(body);
            if (parsed instanceof OperationOutcome outcome) {
                List<String> texts = new ArrayList<>();
                outcome.getIssue()
                        .forEach(i -> texts.add(i.getDetails().getText()
                                + (i.hasExpression()
                                        ? " (" + i.getExpression().get(0).getValue() + ")"
                                        : "")));
                return String.join(" ; ", texts);
            }
        } catch (RuntimeException notFhir) {
            // fall through to the raw body
        }
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
