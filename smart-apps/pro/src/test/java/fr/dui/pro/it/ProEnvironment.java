package fr.dui.pro.it;

import fr.dui.pro.ProApplication;
import fr.dui.server.support.Browser;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One DUI server and one app for all the module's tests: the packaged server as a process, the app registered as a
 * confidential client and three professionals of the EHPAD given accounts through the administration API, the
 * guide's examples and {@code dui.pro.it.history-days} days of Jeanne's record loaded through the FHIR API; then the
 * app itself, configured as a deployment would be.
 */
final class ProEnvironment implements BeforeAllCallback {

    static final String APP_CLIENT_ID = "dui-pro";
    static final String APP_SECRET = "secret-de-dui-pro-pour-les-tests";
    static final String APP_SCOPES = "openid fhirUser launch launch/patient user/*.cruds offline_access";
    static final String MEDECIN = "c.martin";
    static final String INFIRMIERE = "s.bernard";
    static final String AIDE_SOIGNANT = "k.benali";
    static final String COORDINATRICE = "n.leroy";
    static final String SECRETAIRE = "n.durand";
    static final String SEJOUR_JEANNE = "sejour-jeanne-ehpad";
    static final String ROBERT = "usager-robert-legrand";
    static final String SEJOUR_ROBERT = "sejour-robert-ehpad";
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class.getName(), k -> Running.start(), Running.class);
    }

    static Running get() {
        return running;
    }

    static final class Running implements ExtensionContext.Store.CloseableResource {

        final DuiServer server;
        final ConfigurableApplicationContext app;
        final String appUrl;

        private Running(DuiServer server, ConfigurableApplicationContext app, String appUrl) {
            this.server = server;
            this.app = app;
            this.appUrl = appUrl;
        }

        static Running start() {
            Browser.assumeInstalled();
            long start = System.nanoTime();
            DuiServer server = DuiServer.start();
            try {
                int appPort = DuiServer.freePort();
                String appUrl = "http://localhost:" + appPort;
                AdminApi admin = new AdminApi(server);
                admin.registerClient(Launcher.declaration());
                admin.registerClient(Map.of(
                        "clientId",
                        APP_CLIENT_ID,
                        "name",
                        "DUI Pro",
                        "kind",
                        "confidential",
                        "secret",
                        APP_SECRET,
                        "redirectUris",
                        List.of(appUrl + "/retour"),
                        "scopes",
                        AdminApi.scopes(APP_SCOPES)));
                RecordData data = new RecordData(server);
                data.loadExamples();
                data.addCoordinator();
                data.addHistory(Integer.getInteger("dui.pro.it.history-days", 14), ZONE);
                data.addResident(ROBERT, "LEGRAND", "Robert", SEJOUR_ROBERT);
                data.addSecretary("pro-sec-durand", "role-sec-durand-og");
                admin.createProfessional(SECRETAIRE, "PractitionerRole/role-sec-durand-og", "Nadia Durand");
                admin.createProfessional(MEDECIN, "PractitionerRole/role-dr-martin-ehpad", "Claire Martin");
                admin.createProfessional(INFIRMIERE, "PractitionerRole/role-ide-bernard-ehpad", "Sophie Bernard");
                admin.createProfessional(AIDE_SOIGNANT, "PractitionerRole/role-as-benali-ehpad", "Karim Benali");
                admin.createProfessional(COORDINATRICE, RecordData.COORDINATOR_ROLE, "Nadia Leroy");
                ConfigurableApplicationContext app = new SpringApplicationBuilder(ProApplication.class)
                        .run(
                                "--server.port=" + appPort,
                                "--dui.pro.fhir-base-url=" + server.fhirBase(),
                                "--dui.pro.client-id=" + APP_CLIENT_ID,
                                "--dui.pro.client-secret=" + APP_SECRET,
                                "--dui.pro.public-url=" + appUrl);
                System.out.printf(
                        "[pro-it] DUI server %s and app %s ready in %d ms%n",
                        server.issuer(), appUrl, (System.nanoTime() - start) / 1_000_000);
                return new Running(server, app, appUrl);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }

        Launcher launcher() {
            return new Launcher(server);
        }

        /** The app's EHR launch URL of this professional on Jeanne's record, during her séjour. */
        String ehrLaunchOnJeanne(String login) {
            return launcher().launchUrl(appUrl, login, RecordData.JEANNE, SEJOUR_JEANNE, APP_CLIENT_ID);
        }

        /** Launches the app from Jeanne's record as this professional, logs in, and waits for her fiche de synthèse. */
        void openJeanne(Browser browser, String login) {
            browser.open(ehrLaunchOnJeanne(login));
            browser.logIn(login, AdminApi.PASSWORD);
            browser.consentIfAsked(appUrl, null);
            browser.waitForUrl(appUrl + "/synthese");
        }

        /** The app's EHR launch URL of this professional on Robert's record (evaluations and projet). */
        String ehrLaunchOnRobert(String login) {
            return launcher().launchUrl(appUrl, login, ROBERT, SEJOUR_ROBERT, APP_CLIENT_ID);
        }

        @Override
        public void close() {
            try {
                app.close();
            } finally {
                server.close();
            }
        }
    }
}
