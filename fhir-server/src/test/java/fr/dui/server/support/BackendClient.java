package fr.dui.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.dui.server.security.clients.ClientDeclaration;
import fr.dui.server.security.clients.ClientRegistrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A SMART Backend Services client, as a third-party system would be: its own RS384 key pair, registered with the
 * server through a clients file, and access tokens obtained with a signed JWT assertion ({@code private_key_jwt}).
 */
public final class BackendClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String clientId;
    private final RSAKey key;
    private final List<String> scopes;

    public BackendClient(String clientId, List<String> scopes) {
        this.clientId = clientId;
        this.scopes = scopes;
        try {
            this.key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String clientId() {
        return clientId;
    }

    public RSAKey key() {
        return key;
    }

    /** The registration of this client, as an entry of a clients file. */
    public Map<String, Object> declaration() {
        return Map.of(
                "clientId",
                clientId,
                "name",
                "Client de test " + clientId,
                "kind",
                "backend",
                "scopes",
                scopes,
                "jwks",
                new JWKSet(key.toPublicJWK()).toString(),
                "algorithm",
                "RS384");
    }

    /** Registers this client on a running server, as an administrator would. */
    public BackendClient registeredOn(SharedServer server) {
        server.bean(ClientRegistrations.class)
                .register(new ClientDeclaration(
                        clientId,
                        "Client de test " + clientId,
                        "backend",
                        null,
                        null,
                        scopes,
                        new JWKSet(key.toPublicJWK()).toString(),
                        null,
                        "RS384"));
        return this;
    }

    /** Writes a clients file declaring the given clients. */
    public static Path writeClientsFile(Path file, List<Map<String, Object>> declarations) {
        try {
            Files.writeString(file, JSON.writeValueAsString(declarations));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signed client assertion for the token endpoint of the issuer. */
    public String assertion(String issuer, JWSAlgorithm algorithm, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder()
                            .issuer(clientId)
                            .subject(clientId)
                            .audience(issuer + "/oauth2/token")
                            .jwtID(UUID.randomUUID().toString())
                            .issueTime(new Date())
                            .expirationTime(Date.from(expires))
                            .build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks for an access token; returns the token endpoint's answer. */
    public HttpResponse<String> requestToken(String issuer, String assertion, String scope) {
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion)
                + "&scope=" + enc(scope);
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An access token for the given scopes, or an exception saying why not. */
    public String accessToken(String issuer, String scope) {
        HttpResponse<String> response = requestToken(
                issuer, assertion(issuer, JWSAlgorithm.RS384, Instant.now().plusSeconds(120)), scope);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "No token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
