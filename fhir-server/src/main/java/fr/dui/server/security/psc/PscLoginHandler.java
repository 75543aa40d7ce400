package fr.dui.server.security.psc;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What follows PSC's answer. PSC authenticated the person: their identity is matched to the roles they hold here; one
 * role logs them in as its account and the pending request (a SMART authorization) goes on; several ask which
 * activity on {@value PscPages#CHOICE}; none is a refusal. PSC did not authenticate them, or is unreachable: a
 * refusal. Every refusal is traced and explained on {@value PscPages#REFUSED}.
 */
public class PscLoginHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final PscIdentityMapper mapper;
    private final PscSignIn signIn;
    private final AuthenticationSuccessHandler resume = new SavedRequestAwareAuthenticationSuccessHandler();

    public PscLoginHandler(PscIdentityMapper mapper, PscSignIn signIn) {
        this.mapper = mapper;
        this.signIn = signIn;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        Map<String, Object> claims =
                authentication.getPrincipal() instanceof OAuth2User user ? user.getAttributes() : Map.of();
        PscIdentity identity = PscIdentity.of(claims);
        if (authentication.getPrincipal() instanceof OidcUser user && user.getIdToken() != null) {
            PscLogout.remember(request, user.getIdToken().getTokenValue()); // to end PSC's session with ours
        }
        PscIdentityMapper.Match match = mapper.match(identity);
        if (!match.personKnown()) {
            signIn.refuse(
                    identity.idNat(),
                    "unknown-practitioner",
                    "Aucune activité de ce dossier ne correspond à votre identité Pro Santé Connect : aucun"
                            + " professionnel n'y est enregistré avec votre identifiant national (RPPS).",
                    request,
                    response);
            response.sendRedirect(request.getContextPath() + PscPages.REFUSED);
        } else if (match.activities().isEmpty()) {
            signIn.refuse(
                    identity.idNat(),
                    "no-matching-activity",
                    "Aucune activité de ce dossier ne correspond aux activités que Pro Santé Connect déclare pour"
                            + " vous (profession et établissement FINESS).",
                    request,
                    response);
            response.sendRedirect(request.getContextPath() + PscPages.REFUSED);
        } else if (match.activities().size() == 1) {
            Optional<Authentication> local =
                    signIn.complete(identity, match.activities().get(0).role(), request, response);
            if (local.isPresent()) {
                resume.onAuthenticationSuccess(request, response, local.get());
            } else {
                response.sendRedirect(request.getContextPath() + PscPages.REFUSED);
            }
        } else {
            signIn.anonymous(request, response);
            request.getSession().setAttribute(PscPages.PENDING, new PscPages.Pending(identity, match.activities()));
            response.sendRedirect(request.getContextPath() + PscPages.CHOICE);
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean unavailable = request.getRequestURI()
                .startsWith(request.getContextPath()
                        + OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        String reason = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : exception.getClass().getSimpleName();
        signIn.refuse(
                null,
                unavailable ? "psc-unavailable" : reason,
                unavailable
                        ? "Pro Santé Connect est momentanément indisponible. Réessayez dans quelques minutes, ou"
                                + " connectez-vous avec votre identifiant et votre mot de passe."
                        : "La connexion avec Pro Santé Connect n'a pas abouti.",
                request,
                response);
        response.sendRedirect(request.getContextPath() + PscPages.REFUSED);
    }
}
