package fr.dui.server.security.clients;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.SecuritySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Registers SMART clients: those of the clients file at startup ({@code dui.security.clients-file}), and those an
 * administrator declares. Apps that log people in must use PKCE (S256) and exact redirect URIs; backend clients
 * authenticate with a signed JWT; service clients (scripts, trials) with a secret.
 */
public class ClientRegistrations implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ClientRegistrations.class);
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final RegisteredClientRepository repository;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;

    public ClientRegistrations(
            RegisteredClientRepository repository, PasswordEncoder encoder, SecuritySettings settings) {
        this.repository = repository;
        this.encoder = encoder;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.clientsFile() == null) {
            return;
        }
        try {
            List<ClientDeclaration> declared =
                    List.of(JSON.readValue(Files.readString(settings.clientsFile()), ClientDeclaration[].class));
            declared.forEach(this::register);
            log.info("{} SMART client(s) registered from {}", declared.size(), settings.clientsFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable clients file " + settings.clientsFile(), e);
        }
    }

    /** Creates or replaces the registration of a client. */
    public RegisteredClient register(ClientDeclaration d) {
        String id = Optional.ofNullable(repository.findByClientId(d.clientId()))
                .map(RegisteredClient::getId)
                .orElse(UUID.randomUUID().toString());
        RegisteredClient.Builder builder = RegisteredClient.withId(id)
                .clientId(d.clientId())
                .clientName(d.name() == null ? d.clientId() : d.name())
                .scopes(s -> s.addAll(d.scopes() == null ? List.of() : d.scopes()))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(settings.accessTokenTtl())
                        .refreshTokenTimeToLive(settings.refreshTokenTtl())
                        .reuseRefreshTokens(false)
                        .build());
        ClientSettings.Builder clientSettings = ClientSettings.builder();
        switch (d.kind()) {
            case "public" -> {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
                interactive(builder, d);
                clientSettings.requireProofKey(true).requireAuthorizationConsent(true);
            }
            case "confidential" -> {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .clientSecret(encoder.encode(required(d.secret(), d, "secret")));
                interactive(builder, d);
                clientSettings.requireProofKey(true).requireAuthorizationConsent(true);
            }
            case "service" ->
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .clientSecret(encoder.encode(required(d.secret(), d, "secret")))
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
            case "backend" -> {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
                clientSettings.tokenEndpointAuthenticationSigningAlgorithm(
                        "ES384".equals(d.algorithm()) ? SignatureAlgorithm.ES384 : SignatureAlgorithm.RS384);
                if (d.jwks() != null && !d.jwks().isBlank()) {
                    clientSettings.setting(ClientAssertionDecoders.INLINE_JWKS, d.jwks());
                } else if (d.jwksUrl() != null) {
                    clientSettings.jwkSetUrl(d.jwksUrl());
                } else {
                    throw new IllegalArgumentException("Backend client " + d.clientId() + " needs jwks or jwksUrl");
                }
            }
            default -> throw new IllegalArgumentException("Unknown client kind '" + d.kind() + "' for " + d.clientId());
        }
        RegisteredClient client = builder.clientSettings(clientSettings.build()).build();
        repository.save(client);
        return client;
    }

    private static String required(String value, ClientDeclaration d, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Client " + d.clientId() + " (" + d.kind() + ") needs a " + field);
        }
        return value;
    }

    private static void interactive(RegisteredClient.Builder builder, ClientDeclaration d) {
        builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(d.redirectUris() == null ? List.of() : d.redirectUris()));
    }
}
