package fr.dui.server.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail in the database: {@code dui_audit_event} (append-only, hash-chained) and
 * {@code dui_audit_patient} (which usagers each event touched, for searching by usager).
 */
class AuditStore {

    /** An event ready to be written. */
    record Row(
            long seq,
            Instant recorded,
            String who,
            String clientId,
            List<String> patients,
            String json,
            String previousHash,
            String hash) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    AuditStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    Optional<StoredAuditEvent> last() {
        List<StoredAuditEvent> rows = jdbc.query(
                "select seq, event_json, prev_hash, hash from dui_audit_event order by seq desc limit 1",
                (rs, i) -> new StoredAuditEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        return rows.stream().findFirst();
    }

    /** Writes a batch in one transaction: all of it or nothing. */
    void append(List<Row> rows) {
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate(
                    "insert into dui_audit_event (seq, recorded, who, client_id, event_json, prev_hash, hash)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                    rows.size(),
                    (ps, row) -> {
                        ps.setLong(1, row.seq());
                        ps.setTimestamp(2, Timestamp.from(row.recorded()));
                        ps.setString(3, row.who());
                        ps.setString(4, row.clientId());
                        ps.setString(5, row.json());
                        ps.setString(6, row.previousHash());
                        ps.setString(7, row.hash());
                    });
            List<Object[]> patients = new ArrayList<>();
            rows.forEach(row -> row.patients().forEach(p -> patients.add(new Object[] {row.seq(), p})));
            if (!patients.isEmpty()) {
                jdbc.batchUpdate("insert into dui_audit_patient (seq, patient_id) values (?, ?)", patients);
            }
        });
    }

    List<String> search(AuditQuery query, int offset, int count) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(count);
        args.add(offset);
        return jdbc.queryForList(
                "select event_json from dui_audit_event e" + where + " order by seq desc limit ? offset ?",
                String.class,
                args.toArray());
    }

    int count(AuditQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        Integer n =
                jdbc.queryForObject("select count(*) from dui_audit_event e" + where, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    Optional<String> read(long seq) {
        return jdbc.queryForList("select event_json from dui_audit_event where seq = ?", String.class, seq).stream()
                .findFirst();
    }

    /** Every event in chain order, a page at a time. */
    void forEachInOrder(Consumer<StoredAuditEvent> consumer) {
        long after = -1;
        while (true) {
            List<StoredAuditEvent> page = jdbc.query(
                    "select seq, event_json, prev_hash, hash from dui_audit_event where seq > ? order by seq limit 1000",
                    (rs, i) -> new StoredAuditEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    after);
            if (page.isEmpty()) {
                return;
            }
            page.forEach(consumer);
            after = page.get(page.size() - 1).seq();
        }
    }

    private static String where(AuditQuery query, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        query.patient().ifPresent(p -> {
            conditions.add("exists (select 1 from dui_audit_patient p where p.seq = e.seq and p.patient_id = ?)");
            args.add(p);
        });
        query.who().ifPresent(w -> {
            conditions.add("(e.who = ? or e.client_id = ?)");
            args.add(w);
            args.add(w);
        });
        query.from().ifPresent(f -> {
            conditions.add("e.recorded >= ?");
            args.add(Timestamp.from(f));
        });
        query.to().ifPresent(t -> {
            conditions.add("e.recorded < ?");
            args.add(Timestamp.from(t));
        });
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
