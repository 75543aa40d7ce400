package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * COO-1 / COO-4 / COO-6: a coordinatrice of the EHPAD records Jeanne's hospitalisation, plans a toilette in her
 * own agenda, points Jeanne present, and finds it in « Mon agenda »; an aide-soignant, whose
 * habilitations do not open the agenda to writing, is not offered any of it.
 */
@ExtendWith(ProEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgendaIT {

    @Test
    @Order(1)
    void aCoordinatriceRecordsAnAbsenceAndPlansAnInterventionSeenInBothAgendas() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.COORDINATRICE);

            browser.open(env.appUrl + "/agenda");
            assertThat(browser.text("usager-nom")).isEqualTo("Jeanne DUPONT");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR"); // her rights come in the batch
            assertThat(browser.has("declarer-absence")).isTrue();
            assertThat(browser.has("nouvelle-intervention")).isTrue();

            // an absence: the form's period starts now and lasts a day
            browser.click("declarer-absence");
            browser.select("motif", "Hospitalisation");
            browser.type("commentaire", "Chute, hospitalisée aux HCL.");
            browser.click("enregistrer");
            browser.waitForUrl(env.appUrl + "/agenda");
            assertThat(browser.text("succes")).isEqualTo("Absence enregistrée.");
            String today = browser.text("jour-" + LocalDate.now(ProEnvironment.ZONE));
            assertThat(today).contains("Absence — Hospitalisation", "Chute, hospitalisée aux HCL.");

            // an intervention, today in the next hour, in her own agenda
            browser.click("nouvelle-intervention");
            browser.select("type", "Toilette");
            browser.click("enregistrer");
            browser.waitForUrl(env.appUrl + "/agenda");
            assertThat(browser.text("succes")).isEqualTo("Intervention ajoutée à l'agenda.");
            assertThat(browser.text("agenda")).contains("Toilette", "Nadia LEROY", "Planifié");
            WebElement present = browser.all("button[id^=present-]").get(0);
            present.click();
            browser.waitForUrl(env.appUrl + "/agenda");
            assertThat(browser.text("succes")).isEqualTo("Présence enregistrée.");
            assertThat(browser.text("agenda")).contains("Usager présent", "Réalisé");
            browser.screenshot("agenda");

            browser.open(env.appUrl + "/mon-agenda");
            assertThat(browser.text("agenda")).contains("Jeanne DUPONT — Toilette");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            browser.screenshot("mon-agenda");
        }
    }

    @Test
    @Order(2)
    void anAideSoignantSeesTheAgendaButIsNotOfferedToChangeIt() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.AIDE_SOIGNANT);

            browser.open(env.appUrl + "/agenda");
            assertThat(browser.text("agenda")).contains("Absence — Hospitalisation", "Toilette");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            // her habilitations read the agenda (administratif: r) but do not write it
            assertThat(browser.has("declarer-absence")).isFalse();
            assertThat(browser.has("nouvelle-intervention")).isFalse();
            assertThat(browser.all("button[id^=present-]")).isEmpty();
            assertThat(browser.has("nav-agenda")).isTrue();
            // nor by its address
            browser.open(env.appUrl + "/agenda/absence");
            assertThat(browser.pageText())
                    .contains(
                            "Action non proposée", "Vos habilitations ne vous permettent pas de déclarer une absence");
            assertThat(browser.has("enregistrer")).isFalse();
            browser.open(env.appUrl + "/agenda/intervention");
            assertThat(browser.has("enregistrer")).isFalse();
        }
    }
}
