package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** SOI-2: a nurse enters Jeanne's vital signs; implausible values are refused in French; the curves and the fiche show them. */
@ExtendWith(ProEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VitalSignsIT {

    @Test
    void aNurseEntersVitalSignsAndSeesThemOnTheCurvesAndTheSynthesis() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.INFIRMIERE);

            browser.open(env.appUrl + "/constantes");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            // an implausible temperature: nothing is stored, the error says why in French
            browser.type("temperature", "47");
            browser.type("pouls", "76");
            browser.click("enregistrer");
            assertThat(browser.text("temperature-erreur"))
                    .isEqualTo("Température : 47 °C n'est pas plausible (entre 32 et 43,5 °C).");
            assertThat(browser.all("#courbe-temperature")).isEmpty();

            browser.type("temperature", "37,8");
            browser.type("systolique", "142");
            browser.type("diastolique", "88");
            browser.type("saturation", "95");
            browser.click("enregistrer");
            browser.waitForUrl(env.appUrl + "/constantes");
            assertThat(browser.text("succes")).isEqualTo("4 constantes enregistrées.");
            assertThat(browser.text("courbe-temperature")).contains("Température", "37,8 °C");
            assertThat(browser.text("courbe-pouls")).contains("76 /min");
            assertThat(browser.text("courbe-saturation")).contains("95 %");
            assertThat(browser.text("courbe-ta")).contains("142/88 mmHg");
            assertThat(browser.all("#courbe-temperature svg polyline")).hasSize(1);
            assertThat(browser.all("#courbe-ta svg polyline")).hasSize(2);
            browser.screenshot("constantes");

            browser.open(env.appUrl + "/synthese");
            assertThat(browser.text("constantes")).contains("Température", "37,8 °C", "142/88 mmHg");
        }
    }
}
