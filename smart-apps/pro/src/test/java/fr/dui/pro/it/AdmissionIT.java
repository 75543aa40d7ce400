package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * ADM-1/2/3: the OG's secretary registers a new application (the usager created with their identity traits), plans
 * the pre-admission visit, walks it admissible → admis → entrée, and finds the séjour on the usager's fiche; a second
 * application with the same traits finds the duplicate; an aide-soignant sees the list but is offered no action.
 */
@ExtendWith(ProEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdmissionIT {

    private String detailUrl;

    @Test
    @Order(1)
    void theSecretaryAdmitsANewPersonFromTheWaitingList() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            browser.open(env.appUrl + "/");
            browser.click("se-connecter-liste-attente");
            browser.logIn(ProEnvironment.SECRETAIRE, AdminApi.PASSWORD);
            browser.consentIfAsked(env.appUrl, null);
            browser.waitForUrl(env.appUrl + "/admissions");

            // across the OG's establishments: Lucas is on the IME's list, admitted (the guide's example)
            assertThat(browser.text("demandes")).contains("Lucas MARTIN", "IME Le Petit Prince", "Admis");
            assertThat(browser.all("#etablissement option"))
                    .extracting(WebElement::getText)
                    .contains("EHPAD Résidence Les Tilleuls", "IME Le Petit Prince", "SSIAD du Val de Saône");
            browser.select("etablissement", "EHPAD Résidence Les Tilleuls");
            browser.submit("filtrer");
            assertThat(browser.text("nombre-demandes")).isEqualTo("Aucune demande.");
            // the professional's establishments are read once per session: then one request per list
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");

            browser.click("nouvelle-demande");
            browser.type("nomNaissance", "Rousseau");
            browser.type("prenoms", "Hélène Marie");
            browser.type("dateNaissance", "12/02/1937");
            browser.type("lieuNaissance", "Villeurbanne");
            browser.select("sexe", "Féminin");
            check(browser, "input[name=etablissements][value=etab-ehpad-tilleuls]");
            browser.select("accueil", "Hébergement permanent");
            browser.select("origine", "Famille ou entourage");
            browser.screenshot("demande-nouvelle");
            browser.click("enregistrer-demande");

            assertThat(browser.text("succes")).isEqualTo("Usager créé et demande enregistrée en liste d'attente.");
            detailUrl = browser.url();
            assertThat(browser.text("usager-nom")).isEqualTo("Hélène ROUSSEAU");
            assertThat(browser.text("statut")).isEqualTo("En cours d'analyse");
            assertThat(browser.text("statut-identite")).isEqualTo("Identité provisoire");
            assertThat(browser.text("identite"))
                    .contains("ROUSSEAU", "Hélène Marie", "12 février 1937", "Villeurbanne");

            // ADM-2: the pre-admission visit, a week later at 14 h by default
            browser.submit("planifier");
            assertThat(browser.text("succes")).isEqualTo("Le rendez-vous est planifié.");
            assertThat(browser.text("evenements")).contains("Visite de pré-admission", "14h00", "planifié");

            browser.submit("avancer");
            assertThat(browser.text("statut")).isEqualTo("Admissible");
            browser.submit("avancer");
            assertThat(browser.text("statut")).isEqualTo("Admis");
            assertThat(browser.has("entree")).isTrue();
            browser.submit("avancer");
            assertThat(browser.text("succes")).isEqualTo("L'entrée est enregistrée : le séjour est ouvert.");
            assertThat(browser.text("statut")).isEqualTo("Entré");
            assertThat(browser.has("avancer")).isFalse();
            assertThat(browser.text("sejours")).contains("EHPAD Résidence Les Tilleuls", "en cours");
            // its history: one version per step
            assertThat(browser.text("historique")).contains("Entré", "Admis", "Admissible", "En cours d'analyse");
            assertThat(browser.all("#historique li")).hasSize(5);
            assertThat(browser.text("historique")).contains("Rendez-vous planifié (en cours d'analyse)");
            assertThat(browser.text("statut-demande")).contains("Famille ou entourage");
            // the application, then its earlier versions
            assertThat(browser.text("requetes-fhir")).startsWith("2 requêtes FHIR");
            browser.screenshot("demande-admission");

            browser.click("ouvrir-dossier");
            browser.waitForUrl(env.appUrl + "/synthese");
            assertThat(browser.text("usager-nom")).isEqualTo("Hélène ROUSSEAU");
            assertThat(browser.text("statut-identite")).isEqualTo("Identité provisoire");
            assertThat(browser.text("sejour"))
                    .contains("EHPAD Résidence Les Tilleuls", today(), "Hébergement permanent");

            browser.open(env.appUrl + "/admissions?nom=rousseau");
            assertThat(browser.text("demandes"))
                    .contains("Hélène ROUSSEAU", "Entré")
                    .doesNotContain("Lucas");
            browser.screenshot("liste-attente");
        }
    }

    @Test
    @Order(2)
    void aSecondApplicationWithTheSameTraitsFindsTheDuplicate() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            logIn(browser, env, ProEnvironment.SECRETAIRE);
            browser.open(env.appUrl + "/admissions/nouvelle");
            fillApplication(browser, "ROUSSEAU", "Hélène", "12/02/1937", "Féminin", "etab-ssiad-val-de-saone");
            browser.select("accueil", "Accompagnement à domicile");
            browser.click("enregistrer-demande");

            assertThat(browser.text("doublons")).contains("Hélène ROUSSEAU", "12 février 1937", "Identité provisoire");
            browser.screenshot("demande-doublons");
            List<WebElement> candidates = browser.all("input[name=usagerExistant]");
            assertThat(candidates).hasSize(1);
            candidates.get(0).click();
            browser.click("enregistrer-demande");
            assertThat(browser.text("succes")).isEqualTo("Demande enregistrée pour l'usager existant.");
            assertThat(browser.text("usager-nom")).isEqualTo("Hélène ROUSSEAU");
            assertThat(browser.text("statut-demande")).contains("SSIAD du Val de Saône", "En cours d'analyse");
        }
    }

    /**
     * ADM-1's filters (GIR, origin, reception dates, status) narrow the list on the server; an establishment that cannot
     * admit the person says so with a reason (Admission impossible signalée, JDV_J252 45), which ends the walk.
     */
    @Test
    @Order(3)
    void theListFiltersByGirOriginAndDateAndAnAdmissionCanBeDeclaredImpossible() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            logIn(browser, env, ProEnvironment.SECRETAIRE);
            browser.open(env.appUrl + "/admissions/nouvelle");
            fillApplication(browser, "Fontaine", "Louis", "03/07/1940", "Masculin", "etab-ehpad-tilleuls");
            browser.select("accueil", "Hébergement permanent");
            browser.select("origine", "Établissement de santé");
            browser.select("gir", "GIR 2");
            browser.click("enregistrer-demande");
            assertThat(browser.text("succes")).isEqualTo("Usager créé et demande enregistrée en liste d'attente.");
            assertThat(browser.text("statut-demande")).contains("GIR 2", "Établissement de santé");
            String fontaine = browser.url();

            browser.open(env.appUrl + "/admissions");
            browser.select("gir", "GIR 2");
            browser.submit("filtrer");
            assertThat(browser.text("demandes")).contains("Louis FONTAINE").doesNotContain("ROUSSEAU", "Lucas");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            browser.open(env.appUrl + "/admissions?origine=famille");
            assertThat(browser.text("demandes")).contains("Hélène ROUSSEAU").doesNotContain("FONTAINE");
            browser.open(env.appUrl + "/admissions?origine=hopital");
            assertThat(browser.text("demandes")).contains("Louis FONTAINE").doesNotContain("ROUSSEAU");
            String today = LocalDate.now(ProEnvironment.ZONE).toString();
            browser.open(env.appUrl + "/admissions?depuis=" + today + "&jusqua=" + today);
            assertThat(browser.text("demandes"))
                    .contains("Louis FONTAINE", "Hélène ROUSSEAU")
                    .doesNotContain("Lucas");
            browser.open(env.appUrl + "/admissions?depuis="
                    + LocalDate.now(ProEnvironment.ZONE).plusDays(1));
            assertThat(browser.text("nombre-demandes")).isEqualTo("Aucune demande.");
            browser.open(env.appUrl + "/admissions?jusqua=2025-12-31");
            assertThat(browser.text("demandes")).contains("Lucas MARTIN").doesNotContain("FONTAINE", "ROUSSEAU");

            browser.open(fontaine);
            browser.click("ouvrir-impossible");
            browser.type("motif-impossible", "Pas de place en unité protégée avant six mois.");
            browser.submit("declarer-impossible");
            assertThat(browser.text("succes"))
                    .isEqualTo("L'admission est déclarée impossible ; le motif est enregistré.");
            assertThat(browser.text("statut")).isEqualTo("Admission impossible");
            assertThat(browser.text("motif")).isEqualTo("Pas de place en unité protégée avant six mois.");
            assertThat(browser.has("avancer")).isFalse();
            assertThat(browser.has("planifier")).isFalse();
            assertThat(browser.has("ouvrir-impossible")).isFalse();
            assertThat(browser.text("historique")).contains("Admission impossible", "En cours d'analyse");
            browser.open(env.appUrl + "/admissions?statut=45");
            assertThat(browser.text("demandes")).contains("Louis FONTAINE", "Admission impossible", "GIR 2");
        }
    }

    @Test
    @Order(4)
    void anAideSoignantSeesTheListButIsOfferedNoAdmissionAction() {
        ProEnvironment.Running env = ProEnvironment.get();
        assertThat(detailUrl).as("the application of the first test").isNotNull();
        try (Browser browser = Browser.start()) {
            logIn(browser, env, ProEnvironment.AIDE_SOIGNANT);
            assertThat(browser.has("nouvelle-demande")).isFalse();
            assertThat(browser.text("demandes")).contains("Hélène ROUSSEAU");
            browser.open(env.appUrl + "/admissions?statut=42");
            browser.open(detailUrl.replaceAll("^https?://[^/]+", env.appUrl));
            assertThat(browser.text("statut")).isEqualTo("Entré");
            assertThat(browser.has("avancer")).isFalse();
            assertThat(browser.has("planifier")).isFalse();
            assertThat(browser.has("ouvrir-impossible")).isFalse();
        }
    }

    /** Logs in from the waiting list's entry (a standalone launch without usager). */
    private static void logIn(Browser browser, ProEnvironment.Running env, String login) {
        browser.open(env.appUrl + "/connexion/liste-attente");
        browser.logIn(login, AdminApi.PASSWORD);
        browser.consentIfAsked(env.appUrl, null);
        browser.waitForUrl(env.appUrl + "/admissions");
    }

    /** The identity traits of a new application and the establishment it is addressed to. */
    private static void fillApplication(
            Browser browser, String family, String given, String birth, String sex, String establishment) {
        browser.type("nomNaissance", family);
        browser.type("prenoms", given);
        browser.type("dateNaissance", birth);
        browser.select("sexe", sex);
        check(browser, "input[name=etablissements][value=" + establishment + "]");
    }

    private static void check(Browser browser, String css) {
        List<WebElement> boxes = browser.all(css);
        assertThat(boxes).as(css).hasSize(1);
        if (!boxes.get(0).isSelected()) {
            boxes.get(0).click();
        }
    }

    private static String today() {
        return LocalDate.now(ProEnvironment.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
    }

    @SuppressWarnings("unused")
    private static By id(String id) {
        return By.id(id);
    }
}
