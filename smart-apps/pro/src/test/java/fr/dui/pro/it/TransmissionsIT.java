package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * ACC-2 / COO-3: a nurse, in the app launched on its own (she picks the usager in the DUI), writes a targeted
 * transmission; a colleague of the team finds it at the top of the shift's feed, unread, and marks it read.
 */
@ExtendWith(ProEnvironment.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransmissionsIT {

    private static final String DONNEES = "Chute dans la salle de bain à 7 h, pas de douleur, se relève seule.";

    @Test
    @Order(1)
    void aNurseWritesATargetedTransmission() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            browser.open(env.appUrl + "/");
            browser.click("se-connecter");
            browser.logIn(ProEnvironment.INFIRMIERE, AdminApi.PASSWORD);
            browser.consentIfAsked(env.appUrl, "DUPONT");
            browser.waitForUrl(env.appUrl + "/synthese");
            assertThat(browser.text("usager-nom")).isEqualTo("Jeanne DUPONT");

            browser.click("nouvelle-transmission");
            browser.click("enregistrer");
            assertThat(browser.text("cible-erreur")).isEqualTo("Choisissez la cible de la transmission.");
            assertThat(browser.text("erreur-contenu"))
                    .isEqualTo("Renseignez au moins les données, les actions ou les résultats.");

            browser.screenshot("transmission-erreurs");
            browser.open(env.appUrl + "/transmissions/nouvelle");
            browser.select("cible", "Chute");
            browser.type("donnees", DONNEES);
            browser.type("actions", "Examen cutané, surveillance renforcée, médecin prévenu.");
            browser.type("resultats", "Pas de lésion, marche normale à 8 h.");
            browser.screenshot("transmission-saisie");
            browser.click("enregistrer");

            browser.waitForUrl(env.appUrl + "/transmissions");
            assertThat(browser.text("succes")).isEqualTo("Transmission enregistrée.");
            WebElement mine = written(browser);
            assertThat(mine.getText()).contains("Chute", "Jeanne DUPONT", DONNEES, "Sophie BERNARD (Infirmier)");
            // her own transmission is not « unread » for her
            assertThat(mine.getAttribute("class")).doesNotContain("non-lue");
        }
    }

    @Test
    @Order(2)
    void aColleagueFindsItUnreadAtTheTopOfTheFeedAndMarksItRead() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            browser.open(env.ehrLaunchOnJeanne(ProEnvironment.AIDE_SOIGNANT));
            browser.logIn(ProEnvironment.AIDE_SOIGNANT, AdminApi.PASSWORD);
            browser.consentIfAsked(env.appUrl, null);
            browser.open(env.appUrl + "/transmissions");

            // unread first: the nurse's transmission is among the unread ones at the top (other tests of the same
            // minute may have written others)
            WebElement top = written(browser);
            assertThat(top.getAttribute("class")).contains("non-lue");
            assertThat(top.getText()).contains("Non lue", "Chute", DONNEES, "Sophie BERNARD");
            List<Boolean> unread = browser.all("#fil li").stream()
                    .map(li -> li.getAttribute("class").contains("non-lue"))
                    .toList();
            // true (unread) before false (read)
            assertThat(unread).as("unread transmissions first").isSortedAccordingTo(Comparator.reverseOrder());
            String unreadBefore = browser.text("compte-non-lues");
            assertThat(unreadBefore).matches("\\d+ transmissions? non lues?\\.");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            browser.screenshot("fil-transmissions");

            String id = top.getAttribute("data-id");
            browser.click("lue-" + id);
            browser.click("marquer-lues");

            assertThat(browser.text("succes")).isEqualTo("Transmission marquée comme lue.");
            WebElement read = browser.all("#fil li").stream()
                    .filter(li -> id.equals(li.getAttribute("data-id")))
                    .findFirst()
                    .orElseThrow();
            assertThat(read.getAttribute("class")).doesNotContain("non-lue");
            assertThat(read.findElements(By.cssSelector("input[name=id]"))).isEmpty();
            int before = Integer.parseInt(unreadBefore.replaceAll("\\D.*", ""));
            assertThat(browser.text("compte-non-lues"))
                    .isEqualTo(
                            before == 1
                                    ? "Aucune transmission non lue."
                                    : (before - 1)
                                            + (before - 1 == 1
                                                    ? " transmission non lue."
                                                    : " transmissions non lues."));
        }
    }

    /** The feed's item of the transmission the nurse wrote (found by its text: other tests write in the same shift). */
    private static WebElement written(Browser browser) {
        List<WebElement> items = browser.all("#fil li").stream()
                .filter(li -> li.getText().contains(DONNEES))
                .toList();
        assertThat(items).as("the nurse's transmission in the shift's feed").hasSize(1);
        return items.get(0);
    }
}
