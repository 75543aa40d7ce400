package fr.dui.server.security.habilitations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Emergency accesses (bris de glace) granted to professionals ({@code dui_break_glass}), kept for the report. */
public class BreakGlassStore {

    /**
     * One emergency access.
     *
     * @param professional who ({@code PractitionerRole/x})
     * @param usager to whose record
     * @param justification why, as the professional wrote it
     * @param granted when it started
     * @param expires when it ends
     */
    public record Grant(String professional, String usager, String justification, Instant granted, Instant expires) {}

    private final JdbcTemplate jdbc;

    public BreakGlassStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Grant grant) {
        jdbc.update(
                "insert into dui_break_glass (professional, usager, justification, granted, expires) values (?, ?, ?, ?, ?)",
                grant.professional(),
                grant.usager(),
                grant.justification(),
                Timestamp.from(grant.granted()),
                Timestamp.from(grant.expires()));
    }

    /** The usagers whose record the professional may open in emergency now, with when each access ends. */
    public Map<String, Instant> active(List<String> professionals, Instant now) {
        if (professionals.isEmpty()) {
            return Map.of();
        }
        String marks = professionals.stream().map(p -> "?").collect(Collectors.joining(","));
        Object[] args = new Object[professionals.size() + 1];
        for (int i = 0; i < professionals.size(); i++) {
            args[i] = professionals.get(i);
        }
        args[professionals.size()] = Timestamp.from(now);
        return jdbc
                .query(
                        "select usager, max(expires) from dui_break_glass where professional in (" + marks
                                + ") and expires > ? group by usager",
                        (rs, i) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()),
                        args)
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every emergency access granted since the given instant, newest first (the report). */
    public List<Grant> since(Instant since) {
        return jdbc.query(
                "select professional, usager, justification, granted, expires from dui_break_glass where granted >= ?"
                        + " order by granted desc",
                (rs, i) -> new Grant(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()),
                Timestamp.from(since));
    }
}
