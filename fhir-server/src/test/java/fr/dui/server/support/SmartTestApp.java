package fr.dui.server.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A browser SMART app as apps in the field are: static pages on their own origin ({@code http://localhost:PORT},
 * another port than the DUI's) that load the {@code fhirclient} library from npm. The pages are in
 * {@code src/test/browser/app}; Maven installs the library ({@code npm ci}) before the integration tests.
 */
public final class SmartTestApp implements AutoCloseable {

    private static final Map<String, String> TYPES =
            Map.of(".html", "text/html; charset=utf-8", ".js", "text/javascript; charset=utf-8");

    private final HttpServer http;
    private final Path pages;
    private final Path library;

    private SmartTestApp(HttpServer http, Path browserDir) {
        this.http = http;
        this.pages = browserDir.resolve("app");
        this.library = browserDir.resolve("node_modules/fhirclient/build/fhir-client.min.js");
        if (!Files.isRegularFile(library)) {
            throw new IllegalStateException("fhirclient is not installed: run npm ci in " + browserDir);
        }
    }

    /** Serves the pages on a free port of the loopback interface. */
    public static SmartTestApp start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("localhost", ServerProcess.freePort()), 0);
            SmartTestApp app = new SmartTestApp(http, browserDir());
            http.createContext("/", app::serve);
            http.start();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code src/test/browser}, wherever the tests run from. */
    public static Path browserDir() {
        String configured = System.getProperty("dui.it.browser-dir");
        return configured != null
                ? Path.of(configured)
                : Path.of("src/test/browser").toAbsolutePath();
    }

    /** {@code http://localhost:PORT} */
    public String origin() {
        return "http://localhost:" + http.getAddress().getPort();
    }

    /** The page the authorization server sends the browser back to. */
    public String redirectUri() {
        return origin() + "/index.html";
    }

    /**
     * The app's launch page: {@code iss} and, for an EHR launch, {@code launch} as the DUI gives them; the client id
     * and scopes the app is configured with; {@code other}, a usager the app then tries to read outside its context.
     */
    public String launchUrl(String iss, String clientId, String scopes, String launch, String other) {
        return origin() + "/launch.html?iss=" + enc(iss) + (launch == null ? "" : "&launch=" + enc(launch))
                + "&client_id=" + enc(clientId) + "&scope=" + enc(scopes) + "&other=" + enc(other);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = path.equals("/fhir-client.js")
                    ? library
                    : pages.resolve(path.substring(1)).normalize();
            if (!file.startsWith(pages) && !file.equals(library) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.')), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
