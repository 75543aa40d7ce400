package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.accounts.Totp;
import fr.dui.server.support.BrowserSession;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Optional two-factor authentication (TOTP): turned on by the person with an authenticator app, asked after the
 * password in every new session, five wrong codes lock the account, administrators can remove it, and scripts give
 * the code in a header.
 */
@DuiServerTest
class SecondFactorIT {

    private static final Pattern SECRET = Pattern.compile("data-secret>([A-Z2-7]+)<");
    private static final String SCOPES = "openid fhirUser user/*.rs";

    private final SharedServer server;
    private final UserLogin login;
    private final String issuer;

    SecondFactorIT(SharedServer server) {
        this.server = server;
        this.login = new UserLogin(server);
        this.issuer = server.issuer();
    }

    @Test
    void aProfessionalTurnsItOnThenEveryLoginAsksForTheCode() throws Exception {
        String username = login.account(Account.Kind.PROFESSIONAL, "PractitionerRole/role-as-benali-ehpad");
        String secret = turnOn(username);

        // without the code, no token; with it, the launch goes on
        String app = login.registerApp(SCOPES);
        assertThatThrownBy(() -> UserLogin.codeFlow(issuer, app, username, UserLogin.PASSWORD, null, SCOPES, null))
                .as("the launch stops at the code page")
                .hasMessageContaining("/code");
        HttpResponse<String> token =
                UserLogin.codeFlow(issuer, app, username, UserLogin.PASSWORD, secret, SCOPES, null);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);

        // a wrong code is said so; five lock the account
        BrowserSession browser = new BrowserSession();
        String next = browser.login(issuer, username, UserLogin.PASSWORD);
        assertThat(BrowserSession.location(browser.get(next), issuer)).endsWith("/code");
        HttpResponse<String> wrong = postCode(browser, wrongCode(secret));
        assertThat(wrong.body()).contains("Code incorrect");
        for (int i = 0; i < 4; i++) {
            wrong = postCode(browser, wrongCode(secret));
        }
        assertThat(BrowserSession.location(wrong, issuer)).contains("/login?error");
        assertThat(new BrowserSession().login(issuer, username, UserLogin.PASSWORD))
                .as("locked")
                .contains("error");

        // the administrator removes it (lost phone) and unlocks the account
        String admin = login.account(Account.Kind.ADMINISTRATOR, null);
        assertThat(admin(admin, null, "/admin/comptes/" + username + "/double-authentification/suppression")
                        .statusCode())
                .isEqualTo(200);
        assertThat(admin(admin, null, "/admin/comptes/" + username + "/mot-de-passe")
                        .statusCode())
                .isEqualTo(200);
        assertThat(server.bean(AccountRepository.class).totpSecret(username)).isEmpty();
    }

    @Test
    void anAdministratorsScriptGivesTheCodeInAHeader() throws Exception {
        String admin = login.account(Account.Kind.ADMINISTRATOR, null);
        String secret = Totp.newSecret();
        server.bean(AccountRepository.class).setTotpSecret(admin, secret);
        HttpResponse<String> without = admin(admin, null, null);
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.body()).contains("X-DUI-Code");
        assertThat(admin(admin, wrongCode(secret), null).statusCode()).isEqualTo(401);
        assertThat(admin(admin, Totp.codeAt(secret, Instant.now()), null).statusCode())
                .isEqualTo(200);
    }

    /** Logs in, opens the page, adds the secret to the "app", confirms with its code; returns the secret. */
    private String turnOn(String username) {
        BrowserSession browser = new BrowserSession();
        browser.login(issuer, username, UserLogin.PASSWORD);
        HttpResponse<String> page = browser.get(issuer + "/double-authentification");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("otpauth://totp/");
        Matcher m = SECRET.matcher(page.body());
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        List<Map.Entry<String, String>> form = new ArrayList<>();
        BrowserSession.hiddenFields(page.body()).forEach((k, v) -> form.add(Map.entry(k, v)));
        form.add(Map.entry("code", wrongCode(secret)));
        assertThat(browser.post(issuer + "/double-authentification", form).body())
                .contains("Code incorrect");
        form.set(form.size() - 1, Map.entry("code", Totp.codeAt(secret, Instant.now())));
        HttpResponse<String> done = browser.post(issuer + "/double-authentification", form);
        assertThat(BrowserSession.location(done, issuer)).contains("?active");
        assertThat(server.bean(AccountRepository.class).totpSecret(username)).contains(secret);
        return secret;
    }

    private HttpResponse<String> postCode(BrowserSession browser, String code) {
        HttpResponse<String> page = browser.get(issuer + "/code");
        List<Map.Entry<String, String>> form = new ArrayList<>();
        BrowserSession.hiddenFields(page.body()).forEach((k, v) -> form.add(Map.entry(k, v)));
        form.add(Map.entry("code", code));
        return browser.post(issuer + "/code", form);
    }

    /** A code that is none of the three accepted ones. */
    private static String wrongCode(String secret) {
        Instant now = Instant.now();
        List<String> accepted = List.of(
                Totp.codeAt(secret, now.minusSeconds(30)),
                Totp.codeAt(secret, now),
                Totp.codeAt(secret, now.plusSeconds(30)));
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!accepted.contains(code)) {
                return code;
            }
        }
    }

    /** GET /admin/comptes, or POST to the given path, as this administrator with an optional code. */
    private HttpResponse<String> admin(String username, String code, String postPath) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(issuer + (postPath == null ? "/admin/comptes" : postPath)))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + UserLogin.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)));
        if (code != null) {
            request.header("X-DUI-Code", code);
        }
        request.method(postPath == null ? "GET" : "POST", HttpRequest.BodyPublishers.noBody());
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
