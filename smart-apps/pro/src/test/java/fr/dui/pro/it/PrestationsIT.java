package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** GAD-2: Jeanne's expired APA is flagged, and a coordinatrice enters her aide sociale à l'hébergement. */
@ExtendWith(ProEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrestationsIT {

    @Test
    void aCoordinatriceSeesExpiriesAndEntersABenefit() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.COORDINATRICE);

            browser.open(env.appUrl + "/prestations");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            // the guide's APA of Jeanne ends on 28 February 2026
            assertThat(browser.text("droits"))
                    .contains(
                            "Allocation personnalisée d'autonomie en établissement (APA)",
                            "Métropole de Lyon",
                            "APA-69-2024-0042",
                            "Droits expirés depuis le 28 février 2026");

            browser.select("type", "Aide sociale à l'hébergement (ASH)");
            browser.select("payeur", "Métropole de Lyon");
            browser.type("dossier", "ASH-69-2026-0007");
            browser.click("enregistrer");
            browser.waitForUrl(env.appUrl + "/prestations");
            assertThat(browser.text("succes")).isEqualTo("Prestation enregistrée.");
            String end = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
                    .format(LocalDate.now(ProEnvironment.ZONE).plusYears(1));
            assertThat(browser.text("droits"))
                    .contains("Aide sociale à l'hébergement (ASH)", "ASH-69-2026-0007", "Valable jusqu'au " + end);
            browser.screenshot("prestations");
        }
    }
}
