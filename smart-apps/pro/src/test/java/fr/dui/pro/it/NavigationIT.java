package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HAB: what a profession may not see is not shown, on every page: the navigation of the pages that are not about one
 * category of data (« Mon agenda », the waiting list, the forms) follows the professional's rights too, read in the
 * page's batch where it sends one (no request more). An aide-soignant does not read social data: no « Prestations »
 * anywhere; a médecin does.
 */
@ExtendWith(ProEnvironment.class)
class NavigationIT {

    private static final List<String> PAGES =
            List.of("/mon-agenda", "/admissions", "/transmissions/nouvelle", "/agenda/absence", "/entourage");

    @Test
    void anAideSoignantIsNeverOfferedTheBenefitsSheCannotRead() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.AIDE_SOIGNANT);
            for (String page : PAGES) {
                browser.open(env.appUrl + page);
                browser.waitForUrl(env.appUrl + page);
                assertThat(browser.has("nav-prestations"))
                        .as("« Prestations » on " + page)
                        .isFalse();
                assertThat(browser.has("nav-constantes"))
                        .as("« Constantes » on " + page)
                        .isTrue();
                assertThat(browser.has("nav-mon-agenda"))
                        .as("« Mon agenda » on " + page)
                        .isTrue();
            }
            // her rights came in « Mon agenda »'s batch: still one request
            browser.open(env.appUrl + "/mon-agenda");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
        }
    }

    @Test
    void aMedecinIsOfferedTheBenefitsOnThesePagesToo() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.MEDECIN);
            for (String page : List.of("/mon-agenda", "/admissions", "/transmissions/nouvelle")) {
                browser.open(env.appUrl + page);
                browser.waitForUrl(env.appUrl + page);
                assertThat(browser.has("nav-prestations"))
                        .as("« Prestations » on " + page)
                        .isTrue();
            }
        }
    }

    @Test
    void withoutAUsagerTheNavigationFollowsTheRightsInGeneral() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            browser.open(env.appUrl + "/connexion/liste-attente");
            browser.logIn(ProEnvironment.AIDE_SOIGNANT, AdminApi.PASSWORD);
            browser.consentIfAsked(env.appUrl, null);
            browser.waitForUrl(env.appUrl + "/admissions");
            for (String page : List.of("/admissions", "/mon-agenda", "/transmissions")) {
                browser.open(env.appUrl + page);
                browser.waitForUrl(env.appUrl + page);
                assertThat(browser.has("nav-synthese"))
                        .as("no usager: no fiche on " + page)
                        .isFalse();
                assertThat(browser.has("nav-prestations"))
                        .as("no usager: no benefits on " + page)
                        .isFalse();
                assertThat(browser.has("nav-transmissions"))
                        .as("« Transmissions » on " + page)
                        .isTrue();
                assertThat(browser.has("nav-liste-attente"))
                        .as("« Liste d’attente » on " + page)
                        .isTrue();
            }
            // the rights in general came in the batch of the feed and of the list: one request each
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            browser.open(env.appUrl + "/admissions");
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
        }
    }
}
