package fr.dui.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.accounts.Totp;
import fr.dui.server.security.clients.ClientDeclaration;
import fr.dui.server.security.clients.ClientRegistrations;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A person logging in to a SMART app over HTTP, the whole way: an account linked to a FHIR resource, a public app,
 * the authorization request with PKCE, the login page, the consent page, and the code exchanged for a token.
 */
public final class UserLogin {

    public static final String PASSWORD = "Mot-de-passe-du-test-42";
    public static final String REDIRECT = "http://localhost:9/retour";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final SharedServer server;

    public UserLogin(SharedServer server) {
        this.server = server;
    }

    /** Creates an account of this kind for this FHIR resource; returns the login. */
    public String account(Account.Kind kind, String fhirUser) {
        String username = "it-" + UUID.randomUUID();
        server.bean(AccountRepository.class)
                .create(Account.opened(
                        username,
                        server.bean(PasswordEncoder.class).encode(PASSWORD),
                        kind,
                        fhirUser,
                        "Compte de test",
                        false));
        return username;
    }

    /** An access token of a new account of this kind for this FHIR resource, granted these scopes. */
    public String token(Account.Kind kind, String fhirUser, String scopes) {
        return token(account(kind, fhirUser), scopes);
    }

    /** An access token of an existing account, granted these scopes through a new public app. */
    public String token(String username, String scopes) {
        return tokenResponse(username, scopes, null).path("access_token").asText();
    }

    /** A new public app registered for these scopes; returns its client id. */
    public String registerApp(String scopes) {
        return registerApp(scopes, REDIRECT);
    }

    /** A new public app (PKCE, consent) that redirects to {@code redirectUri}; returns its client id. */
    public String registerApp(String scopes, String redirectUri) {
        String clientId = "it-app-" + UUID.randomUUID();
        server.bean(ClientRegistrations.class)
                .register(new ClientDeclaration(
                        clientId,
                        "Application de test",
                        "public",
                        null,
                        List.of(redirectUri),
                        List.of(scopes.split(" ")),
                        null,
                        null,
                        null));
        return clientId;
    }

    /**
     * The token endpoint's whole answer for an existing account, through a new public app; {@code launch} is the EHR
     * launch value, or null for a standalone launch.
     */
    public JsonNode tokenResponse(String username, String scopes, String launch) {
        return tokenResponse(registerApp(scopes), username, scopes, launch);
    }

    /** The token endpoint's whole answer (throws with the server's answer when there is no token). */
    public JsonNode tokenResponse(String clientId, String username, String scopes, String launch) {
        HttpResponse<String> token = exchange(clientId, username, scopes, launch);
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Token refused: " + token.statusCode() + " " + token.body());
        }
        try {
            return JSON.readTree(token.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the authorization code flow and returns the token endpoint's answer, whatever it is. */
    public HttpResponse<String> exchange(String clientId, String username, String scopes, String launch) {
        return codeFlow(server.issuer(), clientId, username, PASSWORD, scopes, launch);
    }

    /**
     * The authorization code flow with PKCE against any server (a public app registered with {@link #REDIRECT}):
     * login, consent, code exchange; returns the token endpoint's answer, whatever it is.
     */
    public static HttpResponse<String> codeFlow(
            String issuer, String clientId, String username, String password, String scopes, String launch) {
        return codeFlow(issuer, clientId, username, password, null, scopes, launch);
    }

    /** As above, for an account with two-factor authentication: the code of {@code totpSecret} is given when asked. */
    public static HttpResponse<String> codeFlow(
            String issuer,
            String clientId,
            String username,
            String password,
            String totpSecret,
            String scopes,
            String launch) {
        return codeFlow(issuer, clientId, username, password, totpSecret, scopes, launch, null);
    }

    /** As above; {@code pick} is the usager a professional picks on the consent page ({@code launch/patient}). */
    public static HttpResponse<String> codeFlow(
            String issuer,
            String clientId,
            String username,
            String password,
            String totpSecret,
            String scopes,
            String launch,
            String pick) {
        CodeFlow flow = new CodeFlow(issuer, clientId, scopes, launch);
        String afterLogin = flow.browser().login(issuer, username, password);
        HttpResponse<String> consentRedirect = flow.browser().get(afterLogin);
        if (totpSecret != null
                && BrowserSession.location(consentRedirect, issuer).endsWith("/code")) {
            HttpResponse<String> page = flow.browser().get(issuer + "/code");
            List<Map.Entry<String, String>> code = new ArrayList<>();
            BrowserSession.hiddenFields(page.body()).forEach((k, v) -> code.add(Map.entry(k, v)));
            code.add(Map.entry("code", Totp.codeAt(totpSecret, Instant.now())));
            HttpResponse<String> checked = flow.browser().post(issuer + "/code", code);
            consentRedirect = flow.browser().get(BrowserSession.location(checked, issuer));
        }
        return flow.consentAndExchange(consentRedirect, pick);
    }

    /**
     * One authorization code flow with PKCE of a public app registered with {@link #REDIRECT}, in its own browser:
     * started by the app's authorization request, the person logs in however the test wants, then consents to every
     * scope asked and the app exchanges the code.
     */
    public static final class CodeFlow {

        private final BrowserSession browser = new BrowserSession();
        private final String issuer;
        private final String clientId;
        private final String scopes;
        private final String verifier = verifier();
        private final String authorizationRequest;

        /** Sends the app's authorization request ({@code launch}: the EHR launch value, or null). */
        public CodeFlow(String issuer, String clientId, String scopes, String launch) {
            this.issuer = issuer;
            this.clientId = clientId;
            this.scopes = scopes;
            this.authorizationRequest = issuer + "/oauth2/authorize?response_type=code&client_id=" + enc(clientId)
                    + "&redirect_uri=" + enc(REDIRECT) + "&scope=" + enc(scopes) + "&state="
                    + enc(UUID.randomUUID().toString()) + "&aud=" + enc(issuer + "/fhir") + "&code_challenge="
                    + enc(challenge(verifier)) + "&code_challenge_method=S256"
                    + (launch == null ? "" : "&launch=" + enc(launch));
            browser.get(authorizationRequest);
        }

        /** The app's authorization request, as its browser sent it. */
        public String authorizationRequest() {
            return authorizationRequest;
        }

        /** The browser of this flow (its cookies are the person's session). */
        public BrowserSession browser() {
            return browser;
        }

        /**
         * From the server's redirect to its consent page: consents to every scope asked ({@code pick}: the usager a
         * professional picks, or null), then exchanges the code; returns the token endpoint's answer, whatever it is.
         */
        public HttpResponse<String> consentAndExchange(HttpResponse<String> consentRedirect, String pick) {
            HttpResponse<String> consentPage = browser.get(BrowserSession.location(consentRedirect, issuer));
            List<Map.Entry<String, String>> form = new ArrayList<>();
            BrowserSession.hiddenFields(consentPage.body()).forEach((k, v) -> form.add(Map.entry(k, v)));
            for (String scope : scopes.split(" ")) {
                if (!scope.equals("openid")) {
                    form.add(Map.entry("scope", scope));
                }
            }
            if (pick != null) {
                form.add(Map.entry("dui_patient", pick));
            }
            HttpResponse<String> granted = browser.post(issuer + "/oauth2/authorize", form);
            String callback = BrowserSession.location(granted, issuer);
            String code = BrowserSession.query(callback).get("code");
            if (code == null) {
                throw new IllegalStateException("No authorization code: " + callback);
            }
            try {
                return HTTP.send(
                        HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code="
                                        + enc(code) + "&redirect_uri=" + enc(REDIRECT) + "&client_id=" + enc(clientId)
                                        + "&code_verifier=" + enc(verifier)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
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

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
