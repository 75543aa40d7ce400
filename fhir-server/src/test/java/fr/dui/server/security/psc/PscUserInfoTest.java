package fr.dui.server.security.psc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.user.OAuth2User;

/** PSC's UserInfo in plain JSON or as a signed JWT, against a small HTTP server publishing the provider's keys. */
class PscUserInfoTest {

    private final RSAKey providerKey = key("psc");
    private final AtomicReference<String[]> userInfo = new AtomicReference<>(); // content type, body
    private HttpServer http;
    private OAuth2UserRequest request;

    @BeforeEach
    void provider() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/jwks", exchange -> {
            byte[] body = new JWKSet(providerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.createContext("/userinfo", exchange -> {
            boolean authorized =
                    "Bearer jeton-psc".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = authorized ? userInfo.get()[1].getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", userInfo.get()[0]);
            exchange.sendResponseHeaders(authorized ? 200 : 401, authorized ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        ClientRegistration registration = ClientRegistration.withRegistrationId("psc")
                .clientId("dui")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/login/oauth2/code/psc")
                .authorizationUri(base + "/auth")
                .tokenUri(base + "/token")
                .userInfoUri(base + "/userinfo")
                .jwkSetUri(base + "/jwks")
                .userNameAttributeName("sub")
                .build();
        request = new OAuth2UserRequest(
                registration,
                new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER,
                        "jeton-psc",
                        Instant.now(),
                        Instant.now().plusSeconds(60)));
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    @Test
    void readsPlainJson() {
        userInfo.set(new String[] {
            "application/json",
            "{\"sub\":\"f:1:899700218896\",\"SubjectNameID\":\"899700218896\",\"SubjectRefPro\":"
                    + "{\"exercices\":[{\"codeProfession\":\"60\"}]}}"
        });
        OAuth2User user = new PscUserInfo().loadUser(request);
        assertThat(user.getName()).isEqualTo("f:1:899700218896");
        assertThat(PscIdentity.of(user.getAttributes()).exercices())
                .extracting(PscIdentity.Exercice::profession)
                .containsExactly("60");
    }

    @Test
    void readsASignedJwtOnlyWhenThePublishedKeySignedIt() throws Exception {
        userInfo.set(new String[] {"application/jwt", signed(providerKey)});
        OAuth2User user = new PscUserInfo().loadUser(request);
        assertThat(user.getName()).isEqualTo("f:1:899700218896");
        assertThat(PscIdentity.of(user.getAttributes()).idNat()).isEqualTo("899700218896");
        assertThat(PscIdentity.of(user.getAttributes()).exercices()).hasSize(1);

        userInfo.set(new String[] {"application/jwt", signed(key("psc"))}); // same kid, another key
        assertThatThrownBy(() -> new PscUserInfo().loadUser(request))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void refusesAnAnswerWithoutSubject() {
        userInfo.set(new String[] {"application/json", "{\"SubjectNameID\":\"899700218896\"}"});
        assertThatThrownBy(() -> new PscUserInfo().loadUser(request))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("sub");
    }

    private static String signed(RSAKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("f:1:899700218896")
                .claim("SubjectNameID", "899700218896")
                .claim(
                        "SubjectRefPro",
                        Map.of(
                                "exercices",
                                List.of(Map.of(
                                        "codeProfession",
                                        "10",
                                        "activities",
                                        List.of(Map.of("numeroFinessSite", "690012346"))))))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
