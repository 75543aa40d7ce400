package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.clients.ClientDeclaration;
import fr.dui.server.security.clients.ClientRegistrations;
import fr.dui.server.security.keys.SigningKeyStore;
import fr.dui.server.support.BackendClient;
import fr.dui.server.support.BrowserSession;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.RawHttp;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SMART authorization server and the token checks of the FHIR API, driven over HTTP as real clients do: a
 * backend service with a signed JWT assertion, a usager's app through login, consent, PKCE and refresh, and forged or
 * misused tokens that must all be refused.
 */
@DuiServerTest
class SmartAuthIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String REDIRECT = UserLogin.REDIRECT;
    private static final String USAGER_SCOPES = "openid fhirUser launch/patient patient/*.rs offline_access";

    private final SharedServer server;
    private final String issuer;
    private final UserLogin login;

    SmartAuthIT(SharedServer server) {
        this.server = server;
        this.issuer = server.issuer();
        this.login = new UserLogin(server);
    }

    // ---- discovery ----

    @Test
    void discoveryDocumentsDescribeTheServer() throws Exception {
        JsonNode smart = json(server.anonymousRaw().get("/fhir/.well-known/smart-configuration"), 200);
        assertThat(smart.path("issuer").asText()).isEqualTo(issuer);
        assertThat(smart.path("token_endpoint").asText()).isEqualTo(issuer + "/oauth2/token");
        assertThat(smart.path("authorization_endpoint").asText()).isEqualTo(issuer + "/oauth2/authorize");
        assertThat(texts(smart.path("code_challenge_methods_supported"))).containsExactly("S256");
        assertThat(texts(smart.path("token_endpoint_auth_methods_supported"))).contains("private_key_jwt");
        assertThat(texts(smart.path("capabilities")))
                .contains(
                        "launch-standalone",
                        "launch-ehr",
                        "context-ehr-patient",
                        "context-ehr-encounter",
                        "client-public",
                        "permission-v2",
                        "permission-offline")
                .doesNotContain("context-standalone-encounter"); // not offered: never claimed

        JsonNode oidc = json(server.anonymousRaw().get("/.well-known/openid-configuration"), 200);
        assertThat(oidc.path("issuer").asText()).isEqualTo(issuer);
        assertThat(oidc.path("jwks_uri").asText()).isEqualTo(issuer + "/oauth2/jwks");

        HttpResponse<String> css = server.anonymousRaw().get("/css/pages.css");
        assertThat(css.statusCode())
                .as("the style sheet of the login and consent pages")
                .isEqualTo(200);
        assertThat(css.body()).contains("main.wide");

        JsonNode jwks = json(server.anonymousRaw().get("/oauth2/jwks"), 200);
        assertThat(jwks.path("keys")).isNotEmpty();
        assertThat(jwks.path("keys").get(0).path("kty").asText()).isEqualTo("RSA");
        assertThat(jwks.path("keys").get(0).has("d"))
                .as("never the private key")
                .isFalse();
    }

    // ---- the FHIR API refuses what is not a valid token ----

    @Test
    void fhirApiNeedsAToken() throws Exception {
        assertThat(server.anonymousRaw().get("/fhir/metadata").statusCode()).isEqualTo(200);

        HttpResponse<String> none = server.anonymousRaw().get("/fhir/Patient");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(errorCode(none)).isEqualTo("authentication-required");
        assertThat(none.body()).contains("Authentification requise");

        HttpResponse<String> garbage = server.raw("pas-un-jeton").get("/fhir/Patient");
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(errorCode(garbage)).isEqualTo("invalid-token");
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        RSAKey serverKey =
                server.bean(SigningKeyStore.class).load().getKeys().get(0).toRSAKey();
        JWTClaimsSet valid = claimsOf(systemToken("system/Patient.rs"));

        // control: the same claims, signed by the server's key, pass
        assertThat(read(sign(valid, serverKey, JWSAlgorithm.RS256)).statusCode())
                .isEqualTo(200);

        Map<String, String> forged = new LinkedHashMap<>();
        String unsigned = new PlainJWT(new PlainHeader(), valid).serialize();
        forged.put("alg none", unsigned);

        JWTClaimsSet expired = new JWTClaimsSet.Builder(valid)
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .build();
        forged.put("expired", sign(expired, serverKey, JWSAlgorithm.RS256));

        JWTClaimsSet otherAudience = new JWTClaimsSet.Builder(valid)
                .audience("https://autre-serveur.example/fhir")
                .build();
        forged.put("wrong audience", sign(otherAudience, serverKey, JWSAlgorithm.RS256));

        JWTClaimsSet otherIssuer = new JWTClaimsSet.Builder(valid)
                .issuer("https://autre-serveur.example")
                .build();
        forged.put("wrong issuer", sign(otherIssuer, serverKey, JWSAlgorithm.RS256));

        String genuine = sign(valid, serverKey, JWSAlgorithm.RS256);
        String[] parts = genuine.split("\\.");
        JWTClaimsSet escalated = new JWTClaimsSet.Builder(valid)
                .claim("scope", List.of("system/*.cruds"))
                .build();
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(escalated.toString().getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        forged.put("tampered payload", tampered);

        RSAKey otherKey = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048)
                .keyID(serverKey.getKeyID())
                .generate();
        forged.put("another key with the same kid", sign(valid, otherKey, JWSAlgorithm.RS256));

        // algorithm confusion: HMAC keyed with the server's public key
        SignedJWT hmac = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(serverKey.getKeyID())
                        .build(),
                valid);
        byte[] secret = MessageDigest.getInstance("SHA-256")
                .digest(serverKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8));
        hmac.sign(new MACSigner(secret));
        forged.put("HS256", hmac.serialize());
        forged.forEach(
                (why, token) -> assertThat(read(token).statusCode()).as(why).isEqualTo(401));
    }

    // ---- SMART Backend Services ----

    @Test
    void backendServiceGetsATokenWithASignedAssertionAndOnlyItsScopes() throws Exception {
        BackendClient backend =
                register(new BackendClient("it-backend-" + UUID.randomUUID(), List.of("system/Patient.rs")));
        HttpResponse<String> response = backend.requestToken(
                issuer,
                backend.assertion(issuer, JWSAlgorithm.RS384, Instant.now().plusSeconds(60)),
                "system/Patient.rs");
        JsonNode token = json(response, 200);
        assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.path("scope").asText()).isEqualTo("system/Patient.rs");
        assertThat(token.path("expires_in").asInt()).isPositive();
        assertThat(token.has("refresh_token"))
                .as("no refresh token for client_credentials")
                .isFalse();
        JWTClaimsSet claims = claimsOf(token.path("access_token").asText());
        assertThat(claims.getAudience()).containsExactly(issuer + "/fhir");
        assertThat(claims.getStringClaim("client_id")).isEqualTo(backend.clientId());

        RawHttp api = server.raw(token.path("access_token").asText());
        assertThat(api.get("/fhir/Patient?_count=1").statusCode()).isEqualTo(200);
        HttpResponse<String> write = api.post(
                "/fhir/Patient", "application/fhir+json", DuiFixtures.usagerJson("REFUS", "Ecriture", "1950-01-01"));
        assertThat(write.statusCode()).as("no create scope").isEqualTo(403);
        assertThat(errorCode(write)).isEqualTo("access-denied");
        assertThat(api.get("/fhir/Observation?_count=1").statusCode())
                .as("no Observation scope")
                .isEqualTo(403);
    }

    @Test
    void backendAssertionsThatMustFail() throws Exception {
        BackendClient backend =
                register(new BackendClient("it-backend-" + UUID.randomUUID(), List.of("system/Patient.rs")));
        BackendClient impostor = new BackendClient(backend.clientId(), List.of("system/Patient.rs"));

        HttpResponse<String> wrongKey = backend.requestToken(
                issuer,
                impostor.assertion(issuer, JWSAlgorithm.RS384, Instant.now().plusSeconds(60)),
                "system/Patient.rs");
        assertThat(wrongKey.statusCode()).as("signed by another key").isEqualTo(401);
        assertThat(wrongKey.body()).contains("invalid_client");

        HttpResponse<String> expired = backend.requestToken(
                issuer,
                backend.assertion(issuer, JWSAlgorithm.RS384, Instant.now().minusSeconds(60)),
                "system/Patient.rs");
        assertThat(expired.statusCode()).as("expired assertion").isEqualTo(401);

        HttpResponse<String> rs256 = backend.requestToken(
                issuer,
                backend.assertion(issuer, JWSAlgorithm.RS256, Instant.now().plusSeconds(60)),
                "system/Patient.rs");
        assertThat(rs256.statusCode())
                .as("RS256 is not a SMART assertion algorithm")
                .isEqualTo(401);

        HttpResponse<String> more = backend.requestToken(
                issuer,
                backend.assertion(issuer, JWSAlgorithm.RS384, Instant.now().plusSeconds(60)),
                "system/*.cruds");
        assertThat(more.statusCode()).as("scope beyond the registration").isEqualTo(400);
        assertThat(more.body()).contains("invalid_scope");

        BackendClient unknown = new BackendClient("inconnu-" + UUID.randomUUID(), List.of("system/Patient.rs"));
        HttpResponse<String> notRegistered = unknown.requestToken(
                issuer,
                unknown.assertion(issuer, JWSAlgorithm.RS384, Instant.now().plusSeconds(60)),
                "system/Patient.rs");
        assertThat(notRegistered.statusCode()).isEqualTo(401);
    }

    @Test
    void serviceClientWithASecret() throws Exception {
        String clientId = "it-service-" + UUID.randomUUID();
        server.bean(ClientRegistrations.class)
                .register(new ClientDeclaration(
                        clientId,
                        "Script",
                        "service",
                        "secret-du-script",
                        null,
                        List.of("system/Patient.rs"),
                        null,
                        null,
                        null));
        HttpResponse<String> refused = secretTokenRequest(clientId, "mauvais-secret");
        assertThat(refused.statusCode()).isEqualTo(401);
        JsonNode token = json(secretTokenRequest(clientId, "secret-du-script"), 200);
        assertThat(server.raw(token.path("access_token").asText())
                        .get("/fhir/Patient?_count=1")
                        .statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> secretTokenRequest(String clientId, String secret) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=client_credentials&scope=" + enc("system/Patient.rs")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void introspectionAndRevocation() throws Exception {
        BackendClient backend =
                register(new BackendClient("it-backend-" + UUID.randomUUID(), List.of("system/Patient.rs")));
        String token = backend.accessToken(issuer, "system/Patient.rs");

        JsonNode active = json(clientPost(backend, "/oauth2/introspect", "token=" + enc(token)), 200);
        assertThat(active.path("active").asBoolean()).isTrue();
        assertThat(active.path("client_id").asText()).isEqualTo(backend.clientId());
        assertThat(server.raw(token).get("/fhir/Patient?_count=1").statusCode()).isEqualTo(200);

        assertThat(clientPost(backend, "/oauth2/revoke", "token=" + enc(token)).statusCode())
                .isEqualTo(200);

        JsonNode revoked = json(clientPost(backend, "/oauth2/introspect", "token=" + enc(token)), 200);
        assertThat(revoked.path("active").asBoolean()).isFalse();
        HttpResponse<String> refused = server.raw(token).get("/fhir/Patient?_count=1");
        assertThat(refused.statusCode())
                .as("a revoked token no longer opens the API")
                .isEqualTo(401);
        assertThat(errorCode(refused)).isEqualTo("invalid-token");
    }

    // ---- a usager's app: authorization code, PKCE, consent, refresh ----

    @Test
    void usagerAppLaunchGivesAccessToTheUsagersOwnRecordOnly() throws Exception {
        String own = createUsager("COFFRE", "Marthe");
        String other = createUsager("AUTRE", "Paul");
        String clientId = registerPublicApp();
        String username = createAccount(Account.Kind.USAGER, "Patient/" + own);

        BrowserSession browser = new BrowserSession();
        String verifier = verifier();
        String state = UUID.randomUUID().toString();
        String code = authorize(browser, clientId, USAGER_SCOPES, state, challenge(verifier), username);

        JsonNode token = json(
                tokenRequest(Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", REDIRECT,
                        "client_id", clientId,
                        "code_verifier", verifier)),
                200);
        assertThat(token.path("patient").asText()).isEqualTo(own);
        assertThat(token.path("need_patient_banner").asBoolean()).isTrue();
        assertThat(token.path("smart_style_url").asText()).isEqualTo(issuer + "/smart-style.json");
        assertThat(token.path("fhirUser").asText()).isEqualTo(issuer + "/fhir/Patient/" + own);
        assertThat(token.path("id_token").asText()).isNotBlank();
        assertThat(token.path("refresh_token").asText())
                .as("offline_access granted")
                .isNotBlank();
        assertThat(token.path("scope").asText().split(" ")).contains("patient/*.rs", "offline_access");

        RawHttp api = server.raw(token.path("access_token").asText());
        assertThat(api.get("/fhir/Patient/" + own).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = api.get("/fhir/Patient/" + other);
        assertThat(foreign.statusCode()).as("another usager").isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("AUTRE");

        JsonNode everyone = json(api.get("/fhir/Patient?_count=100"), 200);
        assertThat(everyone.path("entry")).hasSize(1);
        assertThat(everyone.path("entry").get(0).path("resource").path("id").asText())
                .isEqualTo(own);
        assertThat(everyone.path("total").isMissingNode()
                        || everyone.path("total").asInt() == 1)
                .as("the total counts only the usager")
                .isTrue();
        assertThat(api.get("/fhir/Patient?_id=" + other).body()).doesNotContain("AUTRE");
        assertThat(api.post("/fhir/Patient", "application/fhir+json", DuiFixtures.usagerJson("X", "Y", "1950-01-01"))
                        .statusCode())
                .as("read-only scopes")
                .isEqualTo(403);

        // refresh: a new pair, the old refresh token is spent, no escalation
        String firstRefresh = token.path("refresh_token").asText();
        JsonNode refreshed = json(
                tokenRequest(
                        Map.of("grant_type", "refresh_token", "refresh_token", firstRefresh, "client_id", clientId)),
                200);
        assertThat(refreshed.path("refresh_token").asText()).isNotBlank().isNotEqualTo(firstRefresh);
        assertThat(server.raw(refreshed.path("access_token").asText())
                        .get("/fhir/Patient/" + own)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> reused = tokenRequest(
                Map.of("grant_type", "refresh_token", "refresh_token", firstRefresh, "client_id", clientId));
        assertThat(reused.statusCode())
                .as("rotated refresh token cannot be reused")
                .isEqualTo(400);
        assertThat(reused.body()).contains("invalid_grant");
        HttpResponse<String> escalation = tokenRequest(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refreshed.path("refresh_token").asText(),
                "client_id",
                clientId,
                "scope",
                "patient/*.cruds"));
        assertThat(escalation.statusCode()).as("scope escalation on refresh").isEqualTo(400);
        assertThat(escalation.body()).contains("invalid_scope");
    }

    @Test
    void aUsagersUserAndSystemScopesStillOpenOnlyTheirOwnRecord() throws Exception {
        String own = createUsager("LARGE", "Rose");
        String other = createUsager("VOISIN", "Jean");
        String scopes = "openid fhirUser user/*.rs system/*.rs";
        String clientId = registerPublicApp(scopes);
        String username = createAccount(Account.Kind.USAGER, "Patient/" + own);
        String verifier = verifier();
        String code = authorize(new BrowserSession(), clientId, scopes, "e", challenge(verifier), username);
        JsonNode token = json(
                tokenRequest(Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", REDIRECT,
                        "client_id", clientId,
                        "code_verifier", verifier)),
                200);
        RawHttp api = server.raw(token.path("access_token").asText());
        assertThat(api.get("/fhir/Patient/" + own).statusCode()).isEqualTo(200);
        assertThat(api.get("/fhir/Patient/" + other).statusCode()).isEqualTo(403);
        JsonNode all = json(api.get("/fhir/Patient?_count=100"), 200);
        assertThat(all.path("entry")).hasSize(1);
    }

    @Test
    void pkceIsRequiredAndOnlyS256() throws Exception {
        String clientId = registerPublicApp();
        BrowserSession browser = new BrowserSession();

        String missing = authorizeUrl(clientId, USAGER_SCOPES, "s1", null, null);
        assertThat(errorOfRedirect(browser.get(missing))).isEqualTo("invalid_request");

        String plain = authorizeUrl(clientId, USAGER_SCOPES, "s2", verifier(), "plain");
        assertThat(errorOfRedirect(browser.get(plain))).isEqualTo("invalid_request");
    }

    @Test
    void redirectUriMustMatchExactly() {
        String clientId = registerPublicApp();
        BrowserSession browser = new BrowserSession();
        for (String evil :
                List.of("http://localhost:9/retour/autre", "http://attaquant.example/retour", REDIRECT + "?x=1")) {
            String url = issuer + "/oauth2/authorize?response_type=code&client_id=" + enc(clientId) + "&redirect_uri="
                    + enc(evil) + "&scope=" + enc(USAGER_SCOPES) + "&state=s&code_challenge="
                    + challenge(verifier()) + "&code_challenge_method=S256";
            HttpResponse<String> response = browser.get(url);
            assertThat(response.statusCode()).as(evil).isEqualTo(400);
            assertThat(response.headers().firstValue("Location"))
                    .as("never redirected to " + evil)
                    .isEmpty();
        }
    }

    @Test
    void codeCannotBeRedeemedWithoutTheVerifierNorTwice() throws Exception {
        String own = createUsager("PKCE", "Louise");
        String clientId = registerPublicApp();
        String username = createAccount(Account.Kind.USAGER, "Patient/" + own);
        BrowserSession browser = new BrowserSession();
        String verifier = verifier();
        String code = authorize(browser, clientId, USAGER_SCOPES, "etat", challenge(verifier), username);

        HttpResponse<String> wrongVerifier = tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT,
                "client_id", clientId,
                "code_verifier", verifier()));
        assertThat(wrongVerifier.statusCode()).isIn(400, 401);

        HttpResponse<String> first = tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT,
                "client_id", clientId,
                "code_verifier", verifier));
        HttpResponse<String> second = tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT,
                "client_id", clientId,
                "code_verifier", verifier));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as("a code is single-use").isEqualTo(400);
        // RFC 6749 §4.1.2: a code used twice revokes what it gave
        String access = JSON.readTree(first.body()).path("access_token").asText();
        assertThat(server.raw(access).get("/fhir/Patient/" + own).statusCode()).isEqualTo(401);
    }

    @Test
    void lockoutAfterRepeatedWrongPasswords() {
        String username = createAccount(Account.Kind.USAGER, "Patient/" + createUsager("VERROU", "Anne"));
        BrowserSession browser = new BrowserSession();
        for (int i = 0; i < 5; i++) {
            assertThat(login(browser, username, "mauvais-mot-de-passe")).contains("error");
        }
        assertThat(login(browser, username, PASSWORD))
                .as("locked, even with the right password")
                .contains("error");
    }

    // ---- helpers ----

    private static final String PASSWORD = UserLogin.PASSWORD;

    private String authorize(
            BrowserSession browser, String clientId, String scopes, String state, String challenge, String username) {
        HttpResponse<String> first = browser.get(authorizeUrl(clientId, scopes, state, challenge, "S256"));
        assertThat(BrowserSession.location(first, issuer)).endsWith("/login");
        String afterLogin = login(browser, username, PASSWORD);
        assertThat(afterLogin).contains("/oauth2/authorize");

        HttpResponse<String> consentRedirect = browser.get(afterLogin);
        String consentUrl = BrowserSession.location(consentRedirect, issuer);
        assertThat(consentUrl).contains("/oauth2/consent");
        HttpResponse<String> consentPage = browser.get(consentUrl);
        assertThat(consentPage.statusCode()).isEqualTo(200);
        assertThat(consentPage.body()).contains("demande l'accès").contains("Autoriser");
        Map<String, String> hidden = BrowserSession.hiddenFields(consentPage.body());

        List<Map.Entry<String, String>> form = new ArrayList<>();
        hidden.forEach((k, v) -> form.add(Map.entry(k, v)));
        for (String scope : scopes.split(" ")) {
            if (!scope.equals("openid")) {
                form.add(Map.entry("scope", scope));
            }
        }
        HttpResponse<String> granted = browser.post(issuer + "/oauth2/authorize", form);
        String callback = BrowserSession.location(granted, issuer);
        assertThat(callback).startsWith(REDIRECT);
        Map<String, String> params = BrowserSession.query(callback);
        assertThat(params.get("state")).isEqualTo(state);
        assertThat(params).containsKey("code");
        return params.get("code");
    }

    /** Logs in through the login page; returns where the server sends the browser next. */
    private String login(BrowserSession browser, String username, String password) {
        return browser.login(issuer, username, password);
    }

    private String authorizeUrl(String clientId, String scopes, String state, String challenge, String method) {
        StringBuilder url = new StringBuilder(issuer + "/oauth2/authorize?response_type=code")
                .append("&client_id=")
                .append(enc(clientId))
                .append("&redirect_uri=")
                .append(enc(REDIRECT))
                .append("&scope=")
                .append(enc(scopes))
                .append("&state=")
                .append(enc(state))
                .append("&aud=")
                .append(enc(issuer + "/fhir"));
        if (challenge != null) {
            url.append("&code_challenge=").append(enc(challenge));
        }
        if (method != null) {
            url.append("&code_challenge_method=").append(method);
        }
        return url.toString();
    }

    private static String errorOfRedirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT);
        return BrowserSession.query(location).get("error");
    }

    private String registerPublicApp() {
        return registerPublicApp(USAGER_SCOPES);
    }

    private String registerPublicApp(String scopes) {
        return login.registerApp(scopes);
    }

    private BackendClient register(BackendClient client) {
        return client.registeredOn(server);
    }

    private String createAccount(Account.Kind kind, String fhirUser) {
        return login.account(kind, fhirUser);
    }

    private String createUsager(String family, String given) {
        return server.client()
                .create()
                .resource(DuiFixtures.usager(family, given))
                .execute()
                .getId()
                .getIdPart();
    }

    private String systemToken(String scope) {
        BackendClient backend = register(new BackendClient("it-backend-" + UUID.randomUUID(), List.of(scope)));
        return backend.accessToken(issuer, scope);
    }

    private HttpResponse<String> read(String token) {
        return server.raw(token).get("/fhir/Patient?_count=1");
    }

    private HttpResponse<String> tokenRequest(Map<String, String> form) {
        return post(
                "/oauth2/token",
                form.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&")));
    }

    private HttpResponse<String> clientPost(BackendClient client, String path, String form) {
        String assertion =
                client.assertion(issuer, JWSAlgorithm.RS384, Instant.now().plusSeconds(60));
        return post(
                path,
                form + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                        + "&client_assertion=" + enc(assertion));
    }

    private HttpResponse<String> post(String path, String form) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(issuer + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, JWSAlgorithm alg) throws JOSEException {
        SignedJWT jwt =
                new SignedJWT(new JWSHeader.Builder(alg).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JWTClaimsSet claimsOf(String token) throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    private static String verifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static String errorCode(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body())
                .path("issue")
                .get(0)
                .path("details")
                .path("coding")
                .get(0)
                .path("code")
                .asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
