package fr.dui.server.security;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.dui.server.security.access.EverythingTrimming;
import fr.dui.server.security.access.FhirTokenDecoder;
import fr.dui.server.security.access.ObservationCategoryNarrowing;
import fr.dui.server.security.access.OperationOutcomeEntryPoint;
import fr.dui.server.security.access.SmartScopeAuthorization;
import fr.dui.server.security.access.SmartSearchNarrowing;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.accounts.AccountRules;
import fr.dui.server.security.accounts.AccountUserDetailsService;
import fr.dui.server.security.accounts.AdminAccountBootstrap;
import fr.dui.server.security.accounts.LoginAttempts;
import fr.dui.server.security.accounts.PasswordChangeGate;
import fr.dui.server.security.accounts.SecondFactorGate;
import fr.dui.server.security.clients.AppOrigins;
import fr.dui.server.security.clients.AssertionClientIdConverter;
import fr.dui.server.security.clients.ClientAssertionDecoders;
import fr.dui.server.security.clients.ClientRegistrations;
import fr.dui.server.security.clients.PublicClientRefreshConverter;
import fr.dui.server.security.clients.PublicClientRefreshProvider;
import fr.dui.server.security.habilitations.BreakGlassReportController;
import fr.dui.server.security.habilitations.EntitlementsService;
import fr.dui.server.security.habilitations.ProcheAccess;
import fr.dui.server.security.keys.SigningKeyStore;
import fr.dui.server.security.psc.PscLogin;
import fr.dui.server.security.smart.EhrLaunchOperation;
import fr.dui.server.security.smart.LaunchContexts;
import fr.dui.server.security.smart.PatientPickConsent;
import fr.dui.server.security.smart.PatientPickFilter;
import fr.dui.server.security.smart.PatientPicks;
import fr.dui.server.security.smart.SmartConfigurationFilter;
import fr.dui.server.security.smart.SmartContextTokens;
import fr.dui.server.security.smart.SmartTokenResponse;
import fr.dui.server.security.tokens.AnnouncingTokenGenerator;
import fr.dui.server.security.tokens.RevocationAwareAuthorizations;
import fr.dui.server.security.tokens.RevokedTokens;
import fr.dui.server.security.tokens.SmartRefreshTokens;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The doors of the server: the SMART authorization server (OAuth2/OpenID endpoints), the FHIR API (access tokens
 * only, stateless), the administration API (HTTP Basic), and the pages people log in (password, or Pro Santé Connect)
 * and consent on.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(
            HttpSecurity http,
            SecuritySettings settings,
            ClientAssertionDecoders assertionDecoders,
            RegisteredClientRepository clients,
            AccountRepository accounts,
            EntitlementsService entitlements,
            PatientPicks picks,
            OAuth2AuthorizationService authorizations,
            AppOrigins origins,
            Clock clock)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        OAuth2AccessTokenResponseAuthenticationSuccessHandler tokenResponse =
                new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
        tokenResponse.setAccessTokenResponseCustomizer(new SmartTokenResponse(settings));
        http.securityMatcher(server.getEndpointsMatcher())
                .cors(c -> c.configurationSource(origins))
                .with(
                        server,
                        as -> as.oidc(Customizer.withDefaults())
                                .authorizationEndpoint(a -> a.consentPage("/oauth2/consent")
                                        .authenticationProviders(providers -> providers.forEach(p -> {
                                            if (p
                                                    instanceof
                                                    OAuth2AuthorizationCodeRequestAuthenticationProvider code) {
                                                code.setAuthorizationConsentRequired(new PatientPickConsent(accounts));
                                            }
                                        })))
                                .tokenEndpoint(t -> t.accessTokenResponseHandler(tokenResponse))
                                .clientAuthentication(c -> c.authenticationConverters(converters -> {
                                            converters.add(0, new AssertionClientIdConverter());
                                            converters.add(new PublicClientRefreshConverter(authorizations, clients));
                                        })
                                        .authenticationProviders(providers -> {
                                            providers.forEach(p -> {
                                                if (p instanceof JwtClientAssertionAuthenticationProvider jwt) {
                                                    jwt.setJwtDecoderFactory(assertionDecoders);
                                                }
                                            });
                                            providers.add(0, new PublicClientRefreshProvider(clients));
                                        })))
                .authorizeHttpRequests(r -> r.anyRequest().authenticated())
                .addFilterAfter(new PasswordChangeGate(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new SecondFactorGate(accounts, clock), PasswordChangeGate.class)
                .addFilterAfter(
                        new PatientPickFilter(accounts, entitlements, picks, authorizations, clock),
                        SecondFactorGate.class)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain fhirApi(
            HttpSecurity http,
            JwtDecoder fhirTokenDecoder,
            ApplicationEventPublisher events,
            SecuritySettings settings,
            UnprotectedApiGuard guard,
            AppOrigins origins)
            throws Exception {
        OperationOutcomeEntryPoint entryPoint = new OperationOutcomeEntryPoint(events);
        // HAPI is its own servlet, not a Spring MVC handler: match paths, not MVC mappings.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        if (!settings.enforce()) {
            guard.check();
            http.securityMatcher(paths.matcher("/fhir/**"))
                    .cors(c -> c.configurationSource(origins))
                    .csrf(c -> c.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(r -> r.anyRequest().permitAll());
            return http.build();
        }
        http.securityMatcher(paths.matcher("/fhir/**"))
                .cors(c -> c.configurationSource(origins))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(r -> r.requestMatchers(
                                paths.matcher("/fhir/metadata"), paths.matcher("/fhir/.well-known/smart-configuration"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(
                        o -> o.jwt(j -> j.decoder(fhirTokenDecoder)).authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain administration(HttpSecurity http, AccountRepository accounts, Clock clock) throws Exception {
        // for administrators' tools and scripts: HTTP Basic on each request, no session, no cookie to forge
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/admin/**"))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(r -> r.requestMatchers(
                                PathPatternRequestMatcher.withDefaults().matcher(PasswordChangeGate.API))
                        .authenticated()
                        .requestMatchers(
                                PathPatternRequestMatcher.withDefaults().matcher(BreakGlassReportController.PATH))
                        .hasAnyRole("ADMINISTRATOR", "AUDITOR")
                        .anyRequest()
                        .hasRole("ADMINISTRATOR"))
                .httpBasic(b -> b.realmName("DUI administration"))
                .addFilterAfter(new PasswordChangeGate(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorGate(accounts, clock), PasswordChangeGate.class);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, AccountRepository accounts, Clock clock, PscLogin psc)
            throws Exception {
        http.addFilterAfter(new PasswordChangeGate(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new SecondFactorGate(accounts, clock), PasswordChangeGate.class)
                .authorizeHttpRequests(r -> r.requestMatchers(
                                "/login",
                                "/error",
                                "/actuator/health/**",
                                "/smart-style.json",
                                "/css/**",
                                PscLogin.PAGES)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll());
        psc.configure(http);
        return http.build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyStore keys) {
        return new ImmutableJWKSet<>(keys.load());
    }

    @Bean
    JwtDecoder fhirTokenDecoder(JWKSource<SecurityContext> keys, SecuritySettings settings, RevokedTokens revoked) {
        return FhirTokenDecoder.create(keys, settings, revoked);
    }

    @Bean
    SigningKeyStore signingKeyStore(JdbcTemplate jdbc) {
        return new SigningKeyStore(jdbc);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecuritySettings settings) {
        return AuthorizationServerSettings.builder()
                .issuer(settings.issuer().replaceAll("/+$", ""))
                .build();
    }

    @Bean
    AppOrigins appOrigins(JdbcTemplate jdbc, Clock clock) {
        return new AppOrigins(jdbc, clock);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(
            JdbcTemplate jdbc, RegisteredClientRepository clients, RevokedTokens revoked) {
        return new RevocationAwareAuthorizations(new JdbcOAuth2AuthorizationService(jdbc, clients), revoked);
    }

    @Bean
    RevokedTokens revokedTokens(JdbcTemplate jdbc, Clock clock) {
        return new RevokedTokens(jdbc, clock);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(
            JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(
            JWKSource<SecurityContext> keys,
            SecuritySettings settings,
            AccountRepository accounts,
            LaunchContexts launches,
            PatientPicks picks,
            ProcheAccess proches,
            Clock clock,
            ApplicationEventPublisher events) {
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(keys));
        jwt.setJwtCustomizer(new SmartContextTokens(settings, accounts, launches, picks, proches, clock));
        return new AnnouncingTokenGenerator(new DelegatingOAuth2TokenGenerator(jwt, new SmartRefreshTokens()), events);
    }

    @Bean
    AccountRules accountRules(DaoRegistry daos) {
        return new AccountRules(daos);
    }

    @Bean
    LaunchContexts launchContexts(JdbcTemplate jdbc, SecuritySettings settings) {
        return new LaunchContexts(jdbc, settings.refreshTokenTtl());
    }

    @Bean
    PatientPicks patientPicks(LaunchContexts launches) {
        return new PatientPicks(launches);
    }

    @Bean
    EhrLaunchOperation ehrLaunchOperation(
            LaunchContexts launches, EntitlementsService entitlements, DaoRegistry daos, Clock clock) {
        return new EhrLaunchOperation(launches, entitlements, daos, clock);
    }

    @Bean
    ClientAssertionDecoders clientAssertionDecoders() {
        return new ClientAssertionDecoders();
    }

    @Bean
    ClientRegistrations clientRegistrations(
            RegisteredClientRepository clients, PasswordEncoder encoder, SecuritySettings settings) {
        return new ClientRegistrations(clients, encoder, settings);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AccountRepository accountRepository(JdbcTemplate jdbc) {
        return new AccountRepository(jdbc);
    }

    @Bean
    AccountUserDetailsService accountUserDetailsService(AccountRepository accounts, Clock clock) {
        return new AccountUserDetailsService(accounts, clock);
    }

    @Bean
    LoginAttempts loginAttempts(AccountRepository accounts, SecuritySettings settings, Clock clock) {
        return new LoginAttempts(accounts, settings, clock);
    }

    @Bean
    AdminAccountBootstrap adminAccountBootstrap(
            AccountRepository accounts, PasswordEncoder encoder, SecuritySettings settings) {
        return new AdminAccountBootstrap(accounts, encoder, settings);
    }

    @Bean
    FilterRegistrationBean<SmartConfigurationFilter> smartConfiguration(SecuritySettings settings) {
        FilterRegistrationBean<SmartConfigurationFilter> registration =
                new FilterRegistrationBean<>(new SmartConfigurationFilter(settings));
        registration.addUrlPatterns(SmartConfigurationFilter.PATH);
        return registration;
    }

    @Bean
    UnprotectedApiGuard unprotectedApiGuard(SecuritySettings settings, Environment environment) {
        return new UnprotectedApiGuard(settings, environment.getProperty("server.address", ""));
    }

    @Bean
    @ConditionalOnProperty(prefix = "dui.security", name = "enforce", havingValue = "true", matchIfMissing = true)
    SmartScopeAuthorization smartScopeAuthorization(
            EntitlementsService entitlements, ProcheAccess proches, FhirContext fhir) {
        return new SmartScopeAuthorization(entitlements, proches, fhir);
    }

    @Bean
    @ConditionalOnProperty(prefix = "dui.security", name = "enforce", havingValue = "true", matchIfMissing = true)
    EverythingTrimming everythingTrimming(SmartScopeAuthorization rules) {
        return new EverythingTrimming(rules);
    }

    @Bean
    @ConditionalOnProperty(prefix = "dui.security", name = "enforce", havingValue = "true", matchIfMissing = true)
    SmartSearchNarrowing smartSearchNarrowing(EntitlementsService entitlements) {
        return new SmartSearchNarrowing(entitlements);
    }

    @Bean
    @ConditionalOnProperty(prefix = "dui.security", name = "enforce", havingValue = "true", matchIfMissing = true)
    ObservationCategoryNarrowing observationCategoryNarrowing(EntitlementsService entitlements) {
        return new ObservationCategoryNarrowing(entitlements);
    }
}
