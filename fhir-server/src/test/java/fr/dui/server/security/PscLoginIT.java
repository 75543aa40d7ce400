package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.accounts.Totp;
import fr.dui.server.security.habilitations.Professions;
import fr.dui.server.support.AuditTrail;
import fr.dui.server.support.BrowserSession;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.Professionals;
import fr.dui.server.support.PscProvider;
import fr.dui.server.support.PscProvider.Exercice;
import fr.dui.server.support.PscProvider.Professional;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * Professionals log in with Pro Santé Connect (a real OpenID Connect provider on this machine stands in for the
 * ANS's): during a SMART launch the PSC identity becomes the local account of the matching PractitionerRole, without
 * the local second factor, and the launch goes on; an identity that matches no role here is refused, and both are
 * traced.
 */
@DuiServerTest
class PscLoginIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCOPES = "openid fhirUser user/*.rs";
    private static final Coding INFIRMIER = Professions.coding("TRE_A02|G15_60").setDisplay("Infirmier");

    private final SharedServer server;
    private final IGenericClient system;
    private final UserLogin login;
    private final String issuer;
    private final AuditTrail trail;

    PscLoginIT(SharedServer server) {
        this.server = server;
        this.system = server.client();
        this.login = new UserLogin(server);
        this.issuer = server.issuer();
        this.trail = new AuditTrail(server);
    }

    /** An organisme gestionnaire and one of its establishments, with FINESS numbers of their own. */
    private record Place(String establishment, String finess, String finessJuridique) {

        String[] finessPair() {
            return new String[] {finess, finessJuridique};
        }
    }

    @Test
    void aNurseLogsInWithPscDuringASmartLaunchAndActsInHerRoleWithoutTheLocalSecondFactor() throws Exception {
        Place ehpad = place("EHPAD Pro Santé Connect");
        String idNat = Professionals.randomIdNat();
        String role = nurseRole(idNat, ehpad);
        String resident = usagerIn(ehpad.establishment());
        String elsewhere = system.create()
                .resource(DuiFixtures.usager("AILLEURS", "Marc"))
                .execute()
                .getId()
                .getIdPart();
        // she also has a password account, with two-factor authentication: PSC (CPS, e-CPS) is enough
        String username = login.account(Account.Kind.PROFESSIONAL, role);
        server.bean(AccountRepository.class).setTotpSecret(username, Totp.newSecret());

        PscProvider.nextLogin(nurse(idNat, ehpad));
        UserLogin.CodeFlow flow = new UserLogin.CodeFlow(issuer, login.registerApp(SCOPES), SCOPES, null);
        String afterLogin = pscLogin(flow.browser());
        assertThat(afterLogin).as("the app's authorization request goes on").contains("/oauth2/authorize");
        HttpResponse<String> next = flow.browser().get(afterLogin);
        assertThat(BrowserSession.location(next, issuer))
                .as("no local second factor after PSC")
                .contains("/oauth2/consent");
        HttpResponse<String> token = flow.consentAndExchange(next, null);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);

        String access = JSON.readTree(token.body()).path("access_token").asText();
        JsonNode claims = payload(access);
        assertThat(claims.path("fhirUser").asText()).isEqualTo(server.fhirBase() + "/" + role);
        assertThat(claims.path("sub").asText()).isEqualTo(username);
        assertThat(server.raw(access).get("/fhir/Patient/" + resident).statusCode())
                .as("a usager of her establishment")
                .isEqualTo(200);
        assertThat(server.raw(access).get("/fhir/Patient/" + elsewhere).statusCode())
                .as("a usager of no establishment of hers")
                .isEqualTo(403);
    }

    @Test
    void anIdentityNoProfessionalHereHasIsRefusedAndGetsNoCode() {
        Place ehpad = place("EHPAD Inconnu");
        PscProvider.nextLogin(nurse(Professionals.randomIdNat(), ehpad));
        UserLogin.CodeFlow flow = new UserLogin.CodeFlow(issuer, login.registerApp(SCOPES), SCOPES, null);

        assertRefused(flow);
    }

    @Test
    void aKnownProfessionalIsRefusedWhereSheHasNoRoleOrAnotherProfession() {
        Place ehpad = place("EHPAD Où Elle Exerce");
        Place ime = place("IME Où Elle N'exerce Pas");
        String idNat = Professionals.randomIdNat();
        Professionals.role(system, Professionals.practitioner(system, idNat, "Léa"), ehpad.establishment(), INFIRMIER);
        String app = login.registerApp(SCOPES);

        PscProvider.nextLogin(nurse(idNat, ime));
        assertRefused(new UserLogin.CodeFlow(issuer, app, SCOPES, null));

        PscProvider.nextLogin(new Professional(
                idNat, "Léa", "Martin", List.of(new Exercice("10", List.<String[]>of(ehpad.finessPair())))));
        assertRefused(new UserLogin.CodeFlow(issuer, app, SCOPES, null));
    }

    @Test
    void aProfessionalWithSeveralMatchingRolesChoosesHerActivityAndGetsAPscAccount() throws Exception {
        Place ehpad = place("EHPAD Premier Poste");
        Place ssiad = place("SSIAD Second Poste");
        String idNat = Professionals.randomIdNat();
        String practitioner = Professionals.practitioner(system, idNat, "Zoé");
        Professionals.role(system, practitioner, ehpad.establishment(), INFIRMIER);
        String second = Professionals.role(system, practitioner, ssiad.establishment(), INFIRMIER);

        PscProvider.nextLogin(new Professional(
                idNat, "Zoé", "Lefèvre", List.of(new Exercice("60", List.of(ehpad.finessPair(), ssiad.finessPair())))));
        UserLogin.CodeFlow flow = new UserLogin.CodeFlow(issuer, login.registerApp(SCOPES), SCOPES, null);
        String choice = pscLogin(flow.browser());
        assertThat(choice).endsWith("/psc/activite");
        HttpResponse<String> page = flow.browser().get(choice);
        assertThat(page.body())
                .contains("Choisissez votre activité")
                .contains("Infirmier — EHPAD Premier Poste")
                .contains("Infirmier — SSIAD Second Poste");
        assertThat(flow.browser().get(flow.authorizationRequest()).headers().firstValue("Location"))
                .as("nobody is logged in before the choice")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        List<Map.Entry<String, String>> form = new ArrayList<>();
        BrowserSession.hiddenFields(page.body()).forEach((k, v) -> form.add(Map.entry(k, v)));
        form.add(Map.entry("role", second));
        String afterChoice = BrowserSession.location(flow.browser().post(issuer + "/psc/activite", form), issuer);
        assertThat(afterChoice).contains("/oauth2/authorize");
        HttpResponse<String> token = flow.consentAndExchange(flow.browser().get(afterChoice), null);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(payload(JSON.readTree(token.body()).path("access_token").asText())
                        .path("fhirUser")
                        .asText())
                .isEqualTo(server.fhirBase() + "/" + second);

        String pscAccount = "psc." + idNat + "." + second.substring("PractitionerRole/".length());
        assertThat(server.bean(AccountRepository.class).find(pscAccount)).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(Account.Kind.PROFESSIONAL);
            assertThat(a.fhirUser()).isEqualTo(second);
            assertThat(a.displayName()).isEqualTo("Zoé LEFÈVRE");
        });
    }

    @Test
    void pscLoginsAndRefusalsAreTraced() throws Exception {
        Place ehpad = place("EHPAD Traces");
        String idNat = Professionals.randomIdNat();
        String role = nurseRole(idNat, ehpad);
        PscProvider.nextLogin(nurse(idNat, ehpad));
        assertThat(pscLogin(new BrowserSession())).doesNotContain("/psc/refus");

        List<JsonNode> logins = trail.await(
                "/fhir/AuditEvent?agent=" + role,
                list -> list.stream()
                        .anyMatch(e -> e.path("outcomeDesc").asText().contains("Pro Santé Connect")));
        JsonNode login = logins.stream()
                .filter(e -> e.path("outcomeDesc").asText().contains("Pro Santé Connect"))
                .findFirst()
                .orElseThrow();
        assertThat(login.path("subtype").get(0).path("code").asText()).isEqualTo("110122");
        assertThat(login.path("outcome").asText()).isEqualTo("0");
        assertThat(login.path("outcomeDesc").asText()).contains(idNat);

        String stranger = Professionals.randomIdNat();
        PscProvider.nextLogin(nurse(stranger, ehpad));
        assertThat(pscLogin(new BrowserSession())).endsWith("/psc/refus");
        JsonNode refusal = trail
                .await(
                        "/fhir/AuditEvent?_count=200",
                        list -> list.stream().anyMatch(e -> e.toString().contains(stranger)))
                .stream()
                .filter(e -> e.toString().contains(stranger))
                .findFirst()
                .orElseThrow();
        assertThat(refusal.path("subtype").get(0).path("code").asText()).isEqualTo("110122");
        assertThat(refusal.path("outcome").asText()).isEqualTo("4");
        assertThat(refusal.path("outcomeDesc").asText()).contains("unknown-practitioner");
        JsonNode who = refusal.path("agent").get(0).path("who").path("identifier");
        assertThat(who.path("system").asText()).isEqualTo("urn:oid:1.2.250.1.71.4.2.1");
        assertThat(who.path("value").asText()).isEqualTo(stranger);
    }

    @Test
    void loggingOutAfterAPscLoginEndsThePscSessionToo() throws Exception {
        Place ssiad = place("SSIAD Déconnexion");
        String idNat = Professionals.randomIdNat();
        String role = nurseRole(idNat, ssiad);
        PscProvider.nextLogin(nurse(idNat, ssiad));
        BrowserSession browser = new BrowserSession();
        assertThat(pscLogin(browser)).doesNotContain("/psc/refus");
        assertThat(browser.get(issuer + "/deconnexion").statusCode()).isEqualTo(200);

        String toPsc = browser.logout(issuer);
        assertThat(toPsc).startsWith(PscProvider.issuer() + "/endsession");
        Map<String, String> request = BrowserSession.query(toPsc);
        assertThat(request)
                .containsEntry("post_logout_redirect_uri", issuer + "/login?logout")
                .containsEntry("client_id", PscProvider.CLIENT_ID);
        JsonNode idToken = payload(request.get("id_token_hint"));
        assertThat(idToken.path("iss").asText()).as("the ID token PSC issued").isEqualTo(PscProvider.issuer());
        assertThat(idToken.path("sub").asText()).endsWith(":" + idNat);

        // PSC sends the browser back to the login page; the session with the DUI is closed
        assertThat(BrowserSession.location(browser.get(toPsc), issuer)).isEqualTo(issuer + "/login?logout");
        assertThat(BrowserSession.location(browser.get(issuer + "/deconnexion"), issuer))
                .isEqualTo(issuer + "/login");

        // after a password login there is no PSC session to end: back to the login page
        String username = login.account(Account.Kind.PROFESSIONAL, role);
        BrowserSession withPassword = new BrowserSession();
        assertThat(withPassword.login(issuer, username, UserLogin.PASSWORD)).doesNotContain("error");
        assertThat(withPassword.logout(issuer)).isEqualTo(issuer + "/login?logout");
    }

    /** The PSC login from the login page; returns where the server sends the browser once PSC has answered. */
    private String pscLogin(BrowserSession browser) {
        HttpResponse<String> page = browser.get(issuer + "/login");
        assertThat(page.body()).contains("Se connecter avec Pro Santé Connect");
        String toPsc = BrowserSession.location(browser.get(issuer + "/oauth2/authorization/psc"), issuer);
        assertThat(toPsc).startsWith(PscProvider.issuer() + "/authorize");
        Map<String, String> request = BrowserSession.query(toPsc);
        assertThat(request)
                .containsEntry("client_id", PscProvider.CLIENT_ID)
                .containsEntry("scope", "openid scope_all")
                .containsEntry("acr_values", "eidas1")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", issuer + "/login/oauth2/code/psc");
        String callback = BrowserSession.location(browser.get(toPsc), issuer);
        assertThat(callback).startsWith(issuer + "/login/oauth2/code/psc");
        return BrowserSession.location(browser.get(callback), issuer);
    }

    /** Refused on the French page, still nobody afterwards: the app's request leads to the login page, no code. */
    private void assertRefused(UserLogin.CodeFlow flow) {
        String after = pscLogin(flow.browser());
        assertThat(after).endsWith("/psc/refus");
        HttpResponse<String> page = flow.browser().get(after);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Connexion refusée").contains("Aucune activité");
        String again = BrowserSession.location(flow.browser().get(flow.authorizationRequest()), issuer);
        assertThat(again).endsWith("/login").doesNotContain("code=");
    }

    /** A nurse known by this idNat_PS, with a role in the place's establishment; returns the role. */
    private String nurseRole(String idNat, Place place) {
        return Professionals.role(
                system, Professionals.practitioner(system, idNat, "Inès"), place.establishment(), INFIRMIER);
    }

    private static Professional nurse(String idNat, Place place) {
        return new Professional(
                idNat, "Inès", "Durand", List.of(new Exercice("60", List.<String[]>of(place.finessPair()))));
    }

    /** A new OG (FINESS juridique) and establishment (FINESS géographique), copies of the guide's examples. */
    private Place place(String name) {
        String finessJuridique = finess();
        String finess = finess();
        Organization og = ExampleData.copy(server.fhirContext(), Organization.class, "Organization-og-les-tilleuls");
        og.setName("OG de " + name);
        og.getIdentifierFirstRep().setValue("1" + finessJuridique);
        Organization establishment =
                ExampleData.copy(server.fhirContext(), Organization.class, "Organization-etab-ehpad-tilleuls");
        establishment.setName(name);
        establishment.getIdentifierFirstRep().setValue(finess);
        establishment.setPartOf(new Reference("Organization/" + server.create(og)));
        return new Place(server.create(establishment), finess, finessJuridique);
    }

    private static String finess() {
        return "69" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** A usager with a séjour in the establishment; returns its id. */
    private String usagerIn(String establishment) {
        String usager = system.create()
                .resource(DuiFixtures.usager("PSC", "Rose"))
                .execute()
                .getId()
                .getIdPart();
        Encounter sejour = ExampleData.copy(server.fhirContext(), Encounter.class, "Encounter-sejour-jeanne-ehpad");
        sejour.setSubject(new Reference("Patient/" + usager));
        sejour.setServiceProvider(new Reference("Organization/" + establishment));
        server.create(sejour);
        return usager;
    }

    private static JsonNode payload(String jwt) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
