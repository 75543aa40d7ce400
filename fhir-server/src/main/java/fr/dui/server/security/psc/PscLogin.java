package fr.dui.server.security.psc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.util.StringUtils;

/**
 * Adds "Se connecter avec Pro Santé Connect" to the login pages, when PSC is configured: the authorization code flow
 * with PKCE and PSC's {@code acr_values} from {@code /oauth2/authorization/psc}, PSC's answer at
 * {@value PscClientRegistration#CALLBACK} (ID token checked, UserInfo read), then {@link PscLoginHandler}.
 */
public class PscLogin {

    /** The PSC pages anyone may see before being logged in (activity choice, refusal). */
    public static final String PAGES = "/psc/**";

    private final PscSettings settings;
    private final PscClientRegistration registration;
    private final PscUserInfo userInfo;
    private final PscLoginHandler handler;
    private final PscLogout logout;

    public PscLogin(
            PscSettings settings,
            PscClientRegistration registration,
            PscUserInfo userInfo,
            PscLoginHandler handler,
            PscLogout logout) {
        this.settings = settings;
        this.registration = registration;
        this.userInfo = userInfo;
        this.handler = handler;
        this.logout = logout;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Adds the PSC login to a chain that has the login page; nothing when PSC is off. */
    public void configure(HttpSecurity http) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                registration, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(r -> {
                    if (StringUtils.hasText(settings.acrValues())) {
                        r.additionalParameters(p -> p.put("acr_values", settings.acrValues()));
                    }
                }));
        OidcUserService oidcUsers = new OidcUserService();
        oidcUsers.setOauth2UserService(userInfo);
        oidcUsers.setRetrieveUserInfo(r -> StringUtils.hasText(r.getClientRegistration()
                .getProviderDetails()
                .getUserInfoEndpoint()
                .getUri()));
        http.oauth2Login(o -> o.loginPage("/login")
                .clientRegistrationRepository(registration)
                .authorizedClientRepository(new NoAuthorizedClients())
                .authorizationEndpoint(a -> a.authorizationRequestResolver(requests))
                .userInfoEndpoint(u -> u.oidcUserService(oidcUsers))
                .successHandler(handler)
                .failureHandler(handler)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(handler); // PSC unreachable: a French page
                        return filter;
                    }
                }));
        http.logout(l -> l.addLogoutHandler(logout).logoutSuccessHandler(logout));
    }

    /** PSC's tokens only prove who logged in: they are not kept. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
