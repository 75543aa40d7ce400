package fr.dui.server.bench.population;

import fr.dui.server.synthetic.loader.LoadReport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mark a growth fill leaves in its database once it has loaded everything (a table of one row: the population,
 * the resources per type, the seconds it took): a kept database without it is a fill that did not end.
 */
final class FillMark {

    private static final String TABLE = "dui_bench_fill";

    private FillMark() {}

    static void write(String url, String user, LoadReport load) throws SQLException {
        StringBuilder counts = new StringBuilder();
        load.counts()
                .forEach((type, n) -> counts.append(type).append('=').append(n).append(';'));
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + TABLE
                    + " (population TEXT, counts TEXT, usagers INT, bundles INT, seconds DOUBLE PRECISION)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, load.population());
                insert.setString(2, counts.toString());
                insert.setInt(3, load.usagers());
                insert.setInt(4, load.bundles());
                insert.setDouble(5, load.seconds());
                insert.executeUpdate();
            }
        }
    }

    /** The fill's report if the database exists and was filled to the end; empty otherwise. */
    static Optional<LoadReport> read(String url, String user) {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT population, counts, usagers, bundles, seconds FROM " + TABLE)) {
            if (!row.next()) {
                return Optional.empty();
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String pair : row.getString(2).split(";")) {
                if (!pair.isBlank()) {
                    String[] kv = pair.split("=");
                    counts.put(kv[0], Integer.valueOf(kv[1]));
                }
            }
            return Optional.of(
                    new LoadReport(row.getString(1), counts, row.getInt(3), row.getInt(4), row.getDouble(5)));
        } catch (SQLException noDatabaseOrNoMark) {
            return Optional.empty();
        }
    }
}
