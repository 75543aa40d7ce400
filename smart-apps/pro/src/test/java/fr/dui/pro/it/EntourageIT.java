package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * GAD-5 / REL-4 / COO-2: a coordinatrice adds Jeanne's son as her aidant, corrects his number, sees him on the fiche,
 * and joins then leaves Jeanne's care team.
 */
@ExtendWith(ProEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntourageIT {

    @Test
    void aCoordinatriceAddsAndChangesAnEntourageMember() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.COORDINATRICE);

            browser.open(env.appUrl + "/entourage");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            assertThat(browser.text("proches")).contains("Marie LEFÈVRE", "Personne de confiance");
            assertThat(browser.text("intervenants")).contains("Claire MARTIN", "EHPAD Résidence Les Tilleuls");

            browser.click("ajouter-proche");
            browser.select("role", "Aidant");
            browser.select("lien", "Fils");
            browser.type("nom", "Dupont");
            browser.type("prenom", "Julien");
            browser.type("telephone", "06 1");
            browser.click("enregistrer");
            assertThat(browser.text("telephone-erreur")).isEqualTo("Saisissez un numéro de téléphone (10 chiffres).");
            browser.type("telephone", "06 11 22 33 44");
            browser.click("enregistrer");
            browser.waitForUrl(env.appUrl + "/entourage");
            assertThat(browser.text("succes")).isEqualTo("Personne ajoutée à l'entourage.");
            assertThat(browser.text("proches")).contains("Julien DUPONT", "(Fils)", "Aidant", "06 11 22 33 44");

            WebElement change = browser.all("a[id^=modifier-]").stream()
                    .filter(a -> a.getAttribute("aria-label").equals("Modifier Julien DUPONT"))
                    .findFirst()
                    .orElseThrow();
            change.click();
            browser.type("telephone", "06 55 44 33 22");
            browser.click("enregistrer");
            browser.waitForUrl(env.appUrl + "/entourage");
            assertThat(browser.text("succes")).isEqualTo("Entourage mis à jour.");
            assertThat(browser.text("proches")).contains("06 55 44 33 22").doesNotContain("06 11 22 33 44");
            browser.screenshot("entourage");

            browser.open(env.appUrl + "/synthese");
            assertThat(browser.text("entourage")).contains("Julien DUPONT", "06 55 44 33 22");

            // COO-2: she joins Jeanne's care team, then leaves it
            browser.open(env.appUrl + "/entourage");
            assertThat(browser.text("intervenants")).doesNotContain("Nadia LEROY");
            browser.click("ajouter-equipe");
            browser.select("membre", "Nadia LEROY — Coordonnateur de parcours");
            browser.click("enregistrer");
            browser.waitForUrl(env.appUrl + "/entourage");
            assertThat(browser.text("succes")).isEqualTo("Professionnel ajouté à l'équipe.");
            assertThat(browser.text("intervenants")).contains("Nadia LEROY", "Claire MARTIN");
            browser.all("#intervenants button").stream()
                    .filter(b -> b.getAttribute("aria-label").equals("Retirer Nadia LEROY de l'équipe"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.waitForUrl(env.appUrl + "/entourage");
            assertThat(browser.text("succes")).isEqualTo("Professionnel retiré de l'équipe.");
            assertThat(browser.text("intervenants"))
                    .doesNotContain("Nadia LEROY")
                    .contains("Claire MARTIN");
        }
    }
}
