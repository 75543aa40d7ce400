package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA / RGAA: every screen of the app, as the professionals who use it see it (a médecin's full screens, the
 * forms of the administrative professions, an aide-soignant's reduced ones, the pages before and after a session),
 * passes axe-core's WCAG 2.1 A/AA and best-practice rules; a failure lists each rule, its impact, the elements (CSS
 * selectors) and the page.
 */
@ExtendWith(ProEnvironment.class)
class AccessibiliteIT {

    @Test
    void everyScreenOfAMedecinPassesAxe() {
        ProEnvironment.Running env = ProEnvironment.get();
        List<Axe.Violation> violations = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.MEDECIN);
            Pages pages = new Pages(browser, env.appUrl, violations);
            pages.check("/synthese");
            pages.check("/transmissions");
            pages.check("/transmissions/nouvelle");
            pages.submitEmpty("enregistrer", "/transmissions/nouvelle (erreurs)");
            pages.check("/agenda");
            pages.check("/mon-agenda");
            pages.check("/constantes");
            pages.check("/documents");
            pages.check("/entourage");
            pages.check("/equipe/ajouter");
            pages.check("/prestations");
            pages.check("/projet");
            pages.check("/evaluations/aggir");
            pages.check("/admissions");
            browser.click("se-deconnecter");
            browser.waitForUrl(env.appUrl + "/deconnexion");
            pages.checkCurrent("/deconnexion");
        }
        assertThat(violations).as(Axe.report(violations)).isEmpty();
    }

    @Test
    void theFormsOfTheAdministrativeProfessionsPassAxe() {
        ProEnvironment.Running env = ProEnvironment.get();
        List<Axe.Violation> violations = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.COORDINATRICE);
            Pages pages = new Pages(browser, env.appUrl, violations);
            pages.check("/agenda");
            pages.check("/agenda/absence");
            pages.submitEmpty("enregistrer", "/agenda/absence (erreurs)");
            pages.check("/agenda/intervention");
            pages.check("/documents");
            pages.check("/prestations");
            pages.submitEmpty("enregistrer", "/prestations (erreurs)");
            pages.check("/entourage/nouveau");
            pages.submitEmpty("enregistrer", "/entourage/nouveau (erreurs)");
            browser.open(env.appUrl + "/entourage");
            List<WebElement> change = browser.all("a[id^=modifier-]");
            assertThat(change).as("Jeanne's entourage, each with « Modifier »").isNotEmpty();
            change.get(0).click();
            browser.waitForUrl(env.appUrl + "/entourage/");
            pages.checkCurrent("/entourage/{id}");
        }
        try (Browser browser = Browser.start()) {
            browser.open(env.appUrl + "/connexion/liste-attente");
            browser.logIn(ProEnvironment.SECRETAIRE, AdminApi.PASSWORD);
            browser.consentIfAsked(env.appUrl, null);
            browser.waitForUrl(env.appUrl + "/admissions");
            Pages pages = new Pages(browser, env.appUrl, violations);
            pages.checkCurrent("/admissions");
            List<WebElement> applications = browser.all("#demandes tbody a");
            assertThat(applications).as("the OG's waiting list").isNotEmpty();
            applications.get(0).click();
            browser.waitForUrl(env.appUrl + "/admissions/");
            assertThat(browser.text("statut")).isNotBlank();
            pages.checkCurrent("/admissions/{usager}/{tache}");
            pages.check("/admissions/nouvelle");
            pages.submitEmpty("enregistrer-demande", "/admissions/nouvelle (erreurs)");
        }
        assertThat(violations).as(Axe.report(violations)).isEmpty();
    }

    @Test
    void theReducedScreensOfAnAideSoignantPassAxe() {
        ProEnvironment.Running env = ProEnvironment.get();
        List<Axe.Violation> violations = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            Pages pages = new Pages(browser, env.appUrl, violations);
            pages.check("/"); // the home page, before any session
            env.openJeanne(browser, ProEnvironment.AIDE_SOIGNANT);
            pages.checkCurrent("/synthese");
            pages.check("/transmissions");
            pages.check("/agenda");
            pages.check("/documents");
            pages.check("/entourage");
            pages.check("/projet");
            pages.check("/agenda/absence"); // not offered: « Action non proposée »
            assertThat(browser.pageText()).contains("Action non proposée");
        }
        assertThat(violations).as(Axe.report(violations)).isEmpty();
    }

    /**
     * Opens the app's pages and runs axe on each, collecting the violations; and one check of the app's own that axe
     * cannot make: each error message shown is tied to its field ({@code aria-describedby}), so a screen reader reads
     * it with the field (WCAG 1.3.1 / 3.3.1, RGAA 11.10).
     */
    private record Pages(Browser browser, String appUrl, List<Axe.Violation> violations) {

        private static final String UNTIED_ERRORS = """
                return [...document.querySelectorAll('.erreur')]
                  .filter(e => e.offsetParent !== null)
                  .filter(e => !e.id || !document.querySelector('[aria-describedby~="' + e.id + '"]'))
                  .map(e => (e.id ? '#' + e.id + ' ' : '') + '« ' + e.textContent.trim() + ' »');
                """;

        void check(String path) {
            browser.open(appUrl + path);
            browser.waitForUrl(appUrl + path);
            checkCurrent(path);
        }

        /** Sends the form empty and checks the page with its errors (there must be some). */
        void submitEmpty(String button, String page) {
            browser.script("window.duiPagePrecedente = true");
            browser.click(button);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (Boolean.TRUE.equals(
                    browser.script("return window.duiPagePrecedente === true || document.readyState !== 'complete'"))) {
                assertThat(System.nanoTime())
                        .as("the answer to the form of " + page)
                        .isLessThan(deadline);
                Thread.onSpinWait();
            }
            assertThat(browser.all(".erreur, [role=alert]"))
                    .as("errors on " + page)
                    .isNotEmpty();
            checkCurrent(page);
        }

        void checkCurrent(String page) {
            violations.addAll(Axe.check(browser, page));
            List<?> untied = (List<?>) browser.script(UNTIED_ERRORS);
            if (!untied.isEmpty()) {
                violations.add(new Axe.Violation(
                        page,
                        "dui-erreur-liee-au-champ",
                        "serious",
                        "Each error message is tied to its field (aria-describedby)",
                        untied.stream().map(String::valueOf).toList()));
            }
        }
    }
}
