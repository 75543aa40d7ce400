package fr.dui.server.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dui.server.platform.DataSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResolvedDatabaseTest {

    private final DataSettings data = new DataSettings(Path.of("/srv/dui/data"));

    @Test
    void noUrlMeansTheEmbeddedH2InTheDataFolder() {
        ResolvedDatabase db = ResolvedDatabase.from(new DatabaseSettings("", "", "", 10), data);

        assertThat(db.kind()).isEqualTo(DatabaseKind.H2);
        assertThat(db.url()).startsWith("jdbc:h2:file:/srv/dui/data/h2/dui");
    }

    @Test
    void aPostgresqlUrlSelectsPostgresql() {
        ResolvedDatabase db =
                ResolvedDatabase.from(new DatabaseSettings("jdbc:postgresql://db:5432/dui", "dui", "secret", 10), data);

        assertThat(db.kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(db.kind().hibernateDialect()).endsWith("HapiFhirPostgresDialect");
    }

    @Test
    void otherDatabasesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ResolvedDatabase.from(new DatabaseSettings("jdbc:mysql://db/dui", "", "", 10), data))
                .hasMessageContaining("PostgreSQL");
    }

    @Test
    void logsNeverShowPasswords() {
        ResolvedDatabase db = new ResolvedDatabase(
                DatabaseKind.POSTGRESQL, "jdbc:postgresql://dui:s3cret@db:5432/dui?password=s3cret&ssl=true");

        assertThat(db.safeUrl()).doesNotContain("s3cret").contains("ssl=true");
        assertThat(new DatabaseSettings("jdbc:postgresql://db/dui", "dui", "s3cret", 5).toString())
                .doesNotContain("s3cret");
    }
}
