package fr.dui.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * Writes the audit trail off the request path: requests hand over an {@link AuditRecord} (a queue insertion), one
 * writer thread turns batches of them into AuditEvents, chains their hashes and writes each batch in one transaction.
 * Nothing is dropped: when the queue is full requests wait; when the database fails the batch is retried until it is
 * written; at shutdown the queue is drained after the web server has stopped taking requests.
 */
public class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** Stops after the web server (lower phase = stopped later). */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private final AuditStore store;
    private final FhirContext fhir;
    private final AuditSettings settings;
    private final BlockingQueue<AuditRecord> queue;
    private final AtomicLong written = new AtomicLong();
    private volatile boolean running;
    private volatile boolean writing;
    private Thread thread;
    private long nextSeq;
    private String lastHash;

    AuditWriter(AuditStore store, FhirContext fhir, AuditSettings settings) {
        this.store = store;
        this.fhir = fhir;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
    }

    /** Hands an event over to the writer; waits only when the writer is far behind. */
    public void record(AuditRecord record) {
        if (!settings.enabled()) {
            return;
        }
        try {
            queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.error("Interrupted while handing over an audit event; it is written synchronously: {}", record);
            synchronized (this) {
                write(List.of(record));
            }
        }
    }

    /** Events written since start. */
    public long written() {
        return written.get();
    }

    /** Waits until every event handed over so far is written (tests, shutdown). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!queue.isEmpty() || writing) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Override
    public synchronized void start() {
        var last = store.last();
        nextSeq = last.map(e -> e.seq() + 1).orElse(1L);
        lastHash = last.map(StoredAuditEvent::hash).orElse(AuditChain.GENESIS);
        running = true;
        thread = new Thread(this::run, "dui-audit-writer");
        thread.setDaemon(false);
        thread.start();
        log.info("Audit trail: writer started at event #{}", nextSeq);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!queue.isEmpty()) {
            log.error("Audit trail: {} event(s) could not be written before shutdown", queue.size());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The event as JSON; should the mapping ever fail, a minimal event that says so (never nothing). */
    private static String encode(IParser json, long seq, AuditRecord r) {
        try {
            return json.encodeResourceToString(AuditEvents.toFhir(seq, r));
        } catch (RuntimeException e) {
            log.error("Audit trail: event #{} could not be mapped, recorded in minimal form: {}", seq, r, e);
            return json.encodeResourceToString(AuditEvents.toFhir(
                    seq,
                    new AuditRecord(
                            r.recorded(),
                            AuditRecord.Kind.REST,
                            "operation",
                            "E",
                            AuditRecord.SERIOUS_FAILURE,
                            "Événement incomplet : "
                                    + String.valueOf(r)
                                            .substring(
                                                    0,
                                                    Math.min(
                                                            1000,
                                                            String.valueOf(r).length())),
                            null,
                            null,
                            null,
                            null,
                            java.util.Set.of())));
        }
    }

    private static String clip(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }

    private void run() {
        List<AuditRecord> batch = new ArrayList<>(settings.batchSize());
        while (running || !queue.isEmpty()) {
            try {
                AuditRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                writing = true;
                batch.add(first);
                queue.drainTo(batch, settings.batchSize() - 1);
                synchronized (this) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
                writing = false;
            }
        }
    }

    /** Chains and writes a batch, retrying until the database takes it. */
    private void write(List<AuditRecord> batch) {
        IParser json = fhir.newJsonParser();
        List<AuditStore.Row> rows = new ArrayList<>(batch.size());
        long seq = nextSeq;
        String previous = lastHash;
        for (AuditRecord r : batch) {
            String body = encode(json, seq, r);
            String hash = AuditChain.link(previous, seq, body);
            rows.add(new AuditStore.Row(
                    seq,
                    r.recorded(),
                    clip(r.who()),
                    clip(r.clientId()),
                    // only real ids are indexed; anything else a caller typed stays in the event itself
                    r.sortedPatients().stream()
                            .filter(p -> FHIR_ID.matcher(p).matches())
                            .toList(),
                    body,
                    previous,
                    hash));
            previous = hash;
            seq++;
        }
        long backoff = 500;
        while (true) {
            try {
                store.append(rows);
                nextSeq = seq;
                lastHash = previous;
                written.addAndGet(rows.size());
                return;
            } catch (DataIntegrityViolationException | BadSqlGrammarException e) {
                // the same rows would fail forever: keep them in the log rather than block the trail
                log.error(
                        "Audit trail: {} event(s) refused by the database, kept here instead: {}",
                        rows.size(),
                        rows.stream().map(AuditStore.Row::json).toList(),
                        e);
                return;
            } catch (RuntimeException e) {
                log.error("Audit trail: writing {} event(s) failed, retrying in {} ms", rows.size(), backoff, e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Audit trail: interrupted with unwritten events", e);
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }
}
