package fr.dui.server.security.psc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * PSC's UserInfo endpoint, read with the access token. PSC may answer in plain JSON or as a JWT signed with its keys
 * ({@code application/jwt}): the signature is then checked against the provider's published keys before any claim is
 * believed.
 */
public class PscUserInfo implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    static final MediaType JWT = MediaType.parseMediaType("application/jwt");
    private static final String INVALID = "invalid_user_info_response";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient http;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    public PscUserInfo() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(10));
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        ClientRegistration.ProviderDetails provider =
                request.getClientRegistration().getProviderDetails();
        ResponseEntity<String> response;
        try {
            response = http.get()
                    .uri(provider.getUserInfoEndpoint().getUri())
                    .headers(h -> {
                        h.setBearerAuth(request.getAccessToken().getTokenValue());
                        h.setAccept(List.of(MediaType.APPLICATION_JSON, JWT));
                    })
                    .retrieve()
                    .toEntity(String.class);
        } catch (RestClientException e) {
            throw invalid("UserInfo unreachable or refused: " + e.getMessage());
        }
        Map<String, Object> claims = claims(response, provider.getJwkSetUri());
        if (!(claims.get("sub") instanceof String)) {
            throw invalid("UserInfo without sub");
        }
        return new DefaultOAuth2User(List.of(new OAuth2UserAuthority(claims)), claims, "sub");
    }

    private Map<String, Object> claims(ResponseEntity<String> response, String jwkSetUri) {
        String body = response.getBody() == null ? "" : response.getBody().strip();
        MediaType type = response.getHeaders().getContentType();
        try {
            if (type != null && JWT.isCompatibleWith(type)) {
                if (jwkSetUri == null || jwkSetUri.isBlank()) {
                    throw invalid("signed UserInfo but no jwks_uri to check it");
                }
                JwtDecoder decoder = decoders.computeIfAbsent(
                        jwkSetUri, uri -> NimbusJwtDecoder.withJwkSetUri(uri).build());
                return new LinkedHashMap<>(decoder.decode(body).getClaims());
            }
            return JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JwtException e) {
            throw invalid("UserInfo signature or content refused: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw invalid("UserInfo is not JSON: " + e.getMessage());
        }
    }

    private static OAuth2AuthenticationException invalid(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(INVALID, why, null));
    }
}
