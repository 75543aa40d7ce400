package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** GAD-3: the fiche de synthèse, opened from Jeanne's record in the DUI (EHR launch), as each profession sees it. */
@ExtendWith(ProEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyntheseIT {

    private static final Pattern FHIR_REQUESTS =
            Pattern.compile("id=\"requetes-fhir\">(\\d+) requêtes? FHIR au DUI \\((\\d+) ms\\)");
    private String physicianSession;

    @Test
    @Order(1)
    void aPhysicianLaunchedFromJeannesRecordLogsInAndSeesHerSynthesis() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.MEDECIN);

            assertThat(browser.text("usager-nom")).isEqualTo("Jeanne DUPONT");
            assertThat(browser.text("statut-identite")).isEqualTo("Identité qualifiée");
            assertThat(browser.has("nav-prestations"))
                    .as("a médecin reads social data")
                    .isTrue();
            assertThat(browser.text("ins")).isEqualTo("238056912304586");
            assertThat(browser.text("identite")).contains("Jeanne Marie Louise", "14 mai 1938", "Lyon");
            assertThat(browser.text("sejour"))
                    .contains("EHPAD Résidence Les Tilleuls", "1 mars 2024", "Hébergement permanent");
            assertThat(browser.text("gir")).contains("GIR 2", "10 mars 2024", "Claire MARTIN");
            assertThat(browser.text("entourage"))
                    .contains("Marie LEFÈVRE", "Personne de confiance", "Pierre DUPONT", "06 98 76 54 32");
            assertThat(browser.text("equipe")).contains("Dr Claire MARTIN", "Sophie BERNARD", "Karim BENALI");
            assertThat(browser.text("projet"))
                    .contains(
                            "Vivre sereinement à la résidence",
                            "Voir ma fille et mes petits-enfants chaque semaine.",
                            "Garder la marche avec déambulateur",
                            "Marche accompagnée de 15 minutes");
            assertThat(browser.text("alertes"))
                    .contains("Allocation personnalisée d'autonomie en établissement (APA)", "transmissions non lues");
            assertThat(browser.text("constantes")).contains("Tension artérielle", "mmHg");
            assertThat(browser.all("#constantes svg polyline")).hasSize(2);
            // a médecin of her care team reads the medical observations (DLU)
            assertThat(browser.text("observations-medicales")).contains("Désorientation", "Chutes répétées");
            // the whole fiche in one round trip to the DUI
            assertThat(browser.text("requetes-fhir")).startsWith("1 requête FHIR");
            browser.screenshot("synthese");
            physicianSession = browser.cookie("DUI_PRO_SESSION");
        }
    }

    /**
     * The server time to render the fiche (the app's page, from request to last byte, on this machine), after a
     * warm-up: {@code dui.pro.it.renders} renders (200 by default), p50 and p95 printed for the README.
     */
    @Test
    @Order(2)
    void theSynthesisRendersInOneFhirRoundTrip() {
        assertThat(physicianSession)
                .as("the physician's session of the first test")
                .isNotNull();
        String url = ProEnvironment.get().appUrl + "/synthese";
        int renders = Integer.getInteger("dui.pro.it.renders", 200);
        for (int i = 0; i < Math.max(20, renders / 4); i++) {
            render(url);
        }
        List<Double> millis = new ArrayList<>();
        List<Double> fhirMillis = new ArrayList<>();
        for (int i = 0; i < renders; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = render(url);
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher requests = FHIR_REQUESTS.matcher(page.body());
            assertThat(requests.find()).as("the page counts its FHIR requests").isTrue();
            assertThat(requests.group(1)).isEqualTo("1");
            fhirMillis.add(Double.parseDouble(requests.group(2)));
            assertThat(page.body()).contains("GIR 2");
        }
        Collections.sort(millis);
        Collections.sort(fhirMillis);
        System.out.printf(
                "[pro-it] fiche de synthèse: %d renders, p50 %.1f ms, p95 %.1f ms, max %.1f ms; 1 FHIR request each,"
                        + " the DUI answering it in p50 %.0f ms, p95 %.0f ms%n",
                renders,
                millis.get(renders / 2),
                millis.get((int) Math.ceil(renders * 0.95) - 1),
                millis.get(renders - 1),
                fhirMillis.get(renders / 2),
                fhirMillis.get((int) Math.ceil(renders * 0.95) - 1));
    }

    @Test
    @Order(3)
    void anAideSoignantDoesNotSeeTheMedicalObservations() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.AIDE_SOIGNANT);

            assertThat(browser.text("usager-nom")).isEqualTo("Jeanne DUPONT");
            assertThat(browser.text("gir")).contains("GIR 2");
            assertThat(browser.text("constantes")).contains("Tension artérielle");
            assertThat(browser.has("observations-medicales")).isFalse();
            assertThat(browser.pageText()).doesNotContain("Désorientation").doesNotContain("Chutes répétées");
            // her habilitations do not read social data: no « Prestations » in the navigation; care, yes
            assertThat(browser.has("nav-prestations")).isFalse();
            assertThat(browser.has("nav-constantes")).isTrue();
            assertThat(browser.has("nouvelle-transmission")).isTrue();
            browser.screenshot("synthese-aide-soignant");

            // documents: she reads them but does not add any, nor the photo (administrative)
            browser.open(env.appUrl + "/documents");
            assertThat(browser.has("depot")).isFalse();
            assertThat(browser.has("photo")).isFalse();
            // vital signs: she enters them
            browser.open(env.appUrl + "/constantes");
            assertThat(browser.has("saisie")).isTrue();
            assertThat(browser.has("nav-prestations")).isFalse();
            // the entourage is administrative: read, not changed
            browser.open(env.appUrl + "/entourage");
            assertThat(browser.has("ajouter-proche")).isFalse();
            assertThat(browser.all("a[id^=modifier-]")).isEmpty();
        }
    }

    private HttpResponse<String> render(String url) {
        return Http.send(HttpRequest.newBuilder(Http.uri(url))
                .header("Cookie", "DUI_PRO_SESSION=" + physicianSession)
                .header("Accept", "text/html"));
    }
}
