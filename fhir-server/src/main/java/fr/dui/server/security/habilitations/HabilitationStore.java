package fr.dui.server.security.habilitations;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The habilitation matrix, as data ({@code dui_habilitation}). */
public class HabilitationStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public HabilitationStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public List<Habilitation> all() {
        return jdbc.query(
                "select establishment, profession, label, category, interactions from dui_habilitation"
                        + " order by establishment, profession, category",
                (rs, i) -> new Habilitation(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        DataCategory.fromCode(rs.getString(4)).orElseThrow(),
                        Interaction.parse(rs.getString(5))));
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("select count(*) from dui_habilitation", Integer.class);
        return count == null || count == 0;
    }

    /** Replaces the whole matrix, in one transaction. */
    public void replaceAll(Collection<Habilitation> rows) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from dui_habilitation");
            jdbc.batchUpdate(
                    "insert into dui_habilitation (establishment, profession, label, category, interactions)"
                            + " values (?, ?, ?, ?, ?)",
                    rows.stream()
                            .map(h -> new Object[] {
                                h.establishment(),
                                h.profession(),
                                h.label(),
                                h.category().code(),
                                Interaction.format(h.interactions())
                            })
                            .toList());
        });
    }
}
