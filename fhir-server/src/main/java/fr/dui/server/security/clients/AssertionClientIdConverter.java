package fr.dui.server.security.clients;

import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a SMART Backend Services client authentication: the request carries a {@code client_assertion} and, unlike
 * plain RFC 7523, no {@code client_id}, which is the assertion's {@code sub} (equal to {@code iss}). The assertion is
 * only parsed here; its signature, audience and lifetime are checked by the authentication provider.
 */
public final class AssertionClientIdConverter implements AuthenticationConverter {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @Override
    public Authentication convert(HttpServletRequest request) {
        String assertion = request.getParameter("client_assertion");
        String type = request.getParameter("client_assertion_type");
        if (assertion == null || !JWT_BEARER.equals(type) || request.getParameter("client_id") != null) {
            return null;
        }
        if (request.getParameterValues("client_assertion").length != 1) {
            throw invalid("client_assertion");
        }
        String clientId;
        try {
            var claims = SignedJWT.parse(assertion).getJWTClaimsSet();
            clientId = claims.getSubject();
            if (clientId == null || !clientId.equals(claims.getIssuer())) {
                throw invalid("client_assertion");
            }
        } catch (ParseException e) {
            throw invalid("client_assertion");
        }
        Map<String, Object> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("client_assertion") && !name.equals("client_assertion_type")) {
                parameters.put(name, values.length == 1 ? values[0] : values);
            }
        });
        return new OAuth2ClientAuthenticationToken(
                clientId, new ClientAuthenticationMethod(JWT_BEARER), assertion, parameters);
    }

    private static OAuth2AuthenticationException invalid(String parameter) {
        return new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "Paramètre invalide : " + parameter, null));
    }
}
