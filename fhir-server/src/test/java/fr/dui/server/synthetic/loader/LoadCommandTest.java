package fr.dui.server.synthetic.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadCommandTest {

    @Test
    void optionsAreReadInFrenchOrEnglish() {
        Map<String, String> options = LoadCommand.options(
                new String[] {"--url", "http://h:1", "--size", "og-4", "--graine", "42", "--client", "c"});
        assertThat(options)
                .containsEntry("url", "http://h:1")
                .containsEntry("taille", "og-4")
                .containsEntry("graine", "42")
                .containsEntry("client", "c");
        assertThatThrownBy(() -> LoadCommand.options(new String[] {"--couleur", "bleu"}))
                .hasMessageContaining("Argument inconnu");
        assertThatThrownBy(() -> LoadCommand.options(new String[] {"--url"})).hasMessageContaining("Valeur manquante");
    }

    @Test
    void withoutAClientItPrintsTheUsageInFrenchAndFails() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoadCommand.run(
                new String[] {"--taille", "ehpad-30"},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--client", "ehpad-30, og-4, og-6, og-20, og-200");
    }

    @Test
    void anUnknownSizeIsRefusedWithTheKnownOnes() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoadCommand.run(
                new String[] {"--client", "c", "--secret", "s", "--taille", "enorme"},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Taille inconnue", "og-200");
    }

    @Test
    void theProgressLineSaysWhereTheLoadIs() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), 200, false);
        String line = bar.line(0.5, 100, 2500, 50);
        assertThat(line)
                .startsWith("[###############---------------]  50 %")
                .contains("100/200 usagers", "2\u202f500 ressources", "50 ressources/s", "reste 0 min 50 s");
    }
}
