package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ACC-1 and ACC-3 on Robert, a resident of the EHPAD with no evaluation nor projet yet: his médecin fills an AGGIR
 * grid and finds the GIR the national algorithm gives on his fiche; the coordonnateur de parcours writes his projet
 * personnalisé, records his agreement and signature, changes it (it must then be signed again); an aide-soignant may
 * add to the projet but not record a signature (consents and signatures: the DUI refuses, in French).
 */
@ExtendWith(ProEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccompagnementIT {

    /** Partial help for washing, dressing and transfers, otherwise autonomous: rank 11, GIR 4. */
    private static final String[][] GIR_4 = {
        {"coherence.communication", "A"},
        {"coherence.comportement", "A"},
        {"orientation.temps", "A"},
        {"orientation.espace", "A"},
        {"toilette.haut", "A"},
        {"toilette.bas", "B"},
        {"habillage.haut", "A"},
        {"habillage.moyen", "A"},
        {"habillage.bas", "B"},
        {"alimentation.seServir", "A"},
        {"alimentation.manger", "A"},
        {"elimination.urinaire", "A"},
        {"elimination.fecale", "A"},
        {"transferts", "B"},
        {"deplacementInterieur", "A"},
        {"deplacementExterieur", "B"},
        {"alerter", "A"},
        {"gestion", "B"},
        {"cuisine", "C"},
        {"menage", "C"},
        {"transport", "B"},
        {"achats", "B"},
        {"suiviTraitement", "A"},
        {"tempsLibre", "A"}
    };

    @Test
    @Order(1)
    void aPhysicianFillsAnAggirGridAndSeesTheGirOnTheSynthesis() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            browser.open(env.ehrLaunchOnRobert(ProEnvironment.MEDECIN));
            browser.logIn(ProEnvironment.MEDECIN, AdminApi.PASSWORD);
            browser.consentIfAsked(env.appUrl, null);
            browser.waitForUrl(env.appUrl + "/synthese");
            assertThat(browser.text("usager-nom")).isEqualTo("Robert LEGRAND");
            assertThat(browser.pageText()).contains("Aucune évaluation AGGIR.");

            browser.click("evaluer-aggir");
            assertThat(browser.text("usager-nom")).isEqualTo("Robert LEGRAND");
            assertThat(browser.has("precedente")).isFalse();
            // an incomplete grid is refused, saying what is missing
            browser.click("coherence.communication-A");
            browser.submit("calculer");
            assertThat(browser.text("erreur-grille"))
                    .isEqualTo("23 variables ne sont pas cotées : elles sont signalées" + " dans la grille.");
            assertThat(browser.text("e-transferts")).contains("à coter");
            for (String[] answer : GIR_4) {
                browser.click(answer[0] + "-" + answer[1]);
            }
            browser.submit("calculer");

            browser.waitForUrl(env.appUrl + "/synthese");
            assertThat(browser.text("succes")).isEqualTo("Grille AGGIR enregistrée : GIR 4.");
            assertThat(browser.text("gir")).contains("GIR 4", today(), "Claire MARTIN");

            // the next evaluation starts from this one
            browser.click("evaluer-aggir");
            assertThat(browser.text("precedente")).contains(today(), "GIR 4");
            assertThat(browser.all("input[name='toilette.bas'][value=B]:checked"))
                    .hasSize(1);
            browser.screenshot("grille-aggir");
        }
    }

    @Test
    @Order(2)
    void theCoordinatorWritesTheProjetHasItSignedThenUpdatesIt() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            browser.open(env.ehrLaunchOnRobert(ProEnvironment.COORDINATRICE));
            browser.logIn(ProEnvironment.COORDINATRICE, AdminApi.PASSWORD);
            browser.consentIfAsked(env.appUrl, null);
            browser.waitForUrl(env.appUrl + "/synthese");
            browser.click("ouvrir-projet");
            assertThat(browser.has("signature")).isFalse();

            browser.type("titre", "Retrouver confiance pour marcher seul dans la résidence");
            browser.type("description", "M. Legrand aime le jardin et la musique ; il veut rester autonome.");
            browser.type("nouvelleAttente", "Aller au jardin chaque jour.");
            browser.type("nouvelObjectif", "Marcher seul jusqu'au jardin avant l'été.");
            browser.type("nouvelleAction", "Séances de kinésithérapie deux fois par semaine.");
            browser.submit("enregistrer-projet");
            assertThat(browser.text("succes"))
                    .isEqualTo("Projet personnalisé enregistré. Faites-le signer par l'usager.");
            assertThat(browser.text("etat-signature")).contains("Non signé", "en préparation");

            // no signature without the attestation
            browser.submit("signer");
            assertThat(browser.text("erreur-signature")).contains("Cochez la case");
            browser.click("accord");
            browser.submit("signer");
            assertThat(browser.text("succes")).isEqualTo("La signature de l'usager est enregistrée.");
            assertThat(browser.text("etat-signature")).contains("Signé", "par l’usager le", today());
            assertThat(browser.has("signer")).isFalse();
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");

            // an update: a second action; the signed version is no longer the current one
            browser.type("nouvelleAction", "Atelier musique le jeudi.");
            browser.type("actions0.texte", "Séances de kinésithérapie trois fois par semaine.");
            browser.submit("enregistrer-projet");
            assertThat(browser.text("etat-signature")).contains("À signer de nouveau");
            browser.click("accord");
            browser.submit("signer");
            assertThat(browser.text("etat-signature")).contains("Signé", today());
            browser.screenshot("projet-personnalise");

            browser.open(env.appUrl + "/synthese");
            assertThat(browser.text("projet"))
                    .contains(
                            "Retrouver confiance pour marcher seul",
                            "Aller au jardin chaque jour.",
                            "Marcher seul jusqu'au jardin avant l'été.",
                            "Séances de kinésithérapie trois fois par semaine.",
                            "Atelier musique le jeudi.");
        }
    }

    @Test
    @Order(3)
    void anAideSoignantMayAddToTheProjetButIsNotOfferedTheSignature() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            browser.open(env.ehrLaunchOnRobert(ProEnvironment.AIDE_SOIGNANT));
            browser.logIn(ProEnvironment.AIDE_SOIGNANT, AdminApi.PASSWORD);
            browser.consentIfAsked(env.appUrl, null);
            browser.open(env.appUrl + "/projet");
            browser.type("nouvelleAttente", "Écouter de la musique le soir.");
            browser.submit("enregistrer-projet");
            assertThat(browser.text("succes")).startsWith("Projet personnalisé enregistré.");
            assertThat(browser.all("#attentes textarea"))
                    .extracting(t -> t.getDomProperty("value"))
                    .contains("Écouter de la musique le soir.");
            assertThat(browser.text("etat-signature")).contains("À signer de nouveau");
            // the usager's agreement is a Consent: the aide-soignant's habilitations only read consents
            assertThat(browser.has("signer")).isFalse();
            assertThat(browser.text("signature-reservee")).contains("coordonnateur de parcours");
        }
    }

    private static String today() {
        return LocalDate.now(ProEnvironment.ZONE).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
    }
}
