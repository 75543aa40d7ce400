package fr.dui.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does during an OAuth2 launch, over plain HTTP: keeps cookies, does not follow redirects (the test
 * looks at each one), submits forms with their hidden fields (CSRF token included).
 */
public final class BrowserSession {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html")
                .GET());
    }

    /** Posts a form; each pair is a name and a value, names may repeat. */
    public HttpResponse<String> post(String url, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(f -> enc(f.getKey()) + "=" + enc(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Fills and submits the login page (French, with its CSRF field); returns where the server sends the browser
     * next ({@code /login?error} when refused).
     */
    public String login(String issuer, String username, String password) {
        HttpResponse<String> page = get(issuer + "/login");
        if (page.statusCode() != 200 || !page.body().contains("Connexion")) {
            throw new AssertionError("No login page: " + page.statusCode());
        }
        List<Map.Entry<String, String>> form = new ArrayList<>();
        hiddenFields(page.body()).forEach((k, v) -> form.add(Map.entry(k, v)));
        form.add(Map.entry("username", username));
        form.add(Map.entry("password", password));
        return location(post(issuer + "/login", form), issuer);
    }

    /** Logs out from the logout page (with its CSRF field); returns where the server sends the browser next. */
    public String logout(String issuer) {
        HttpResponse<String> page = get(issuer + "/deconnexion");
        if (page.statusCode() != 200 || !page.body().contains("Se déconnecter")) {
            throw new AssertionError("No logout page: " + page.statusCode());
        }
        List<Map.Entry<String, String>> form = new ArrayList<>();
        hiddenFields(page.body()).forEach((k, v) -> form.add(Map.entry(k, v)));
        return location(post(issuer + "/logout", form), issuer);
    }

    /** The hidden fields of the page's forms, the first value of each name. */
    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    /** The Location of a redirect, absolute. */
    public static String location(HttpResponse<String> response, String base) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError(
                        "Expected a redirect, got " + response.statusCode() + ": " + response.body()));
        return location.startsWith("http") ? location : base + location;
    }

    /** The query parameters of a URL. */
    public static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
