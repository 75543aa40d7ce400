package fr.dui.server.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SMART on FHIR authorization server and the protection of the FHIR API.
 *
 * @param issuer the public base URL of the server ({@code DUI_SECURITY_ISSUER}), e.g. {@code https://dui.example.fr}:
 *     tokens name it as their issuer and {@code <issuer>/fhir} as their audience
 * @param accessTokenTtl lifetime of access tokens
 * @param refreshTokenTtl lifetime of refresh tokens (issued with offline_access or online_access, rotated at each use)
 * @param clientsFile a JSON file of SMART clients to register at startup (the embedded default's way to declare
 *     apps); empty = none
 * @param adminPassword the first administrator's password ({@code DUI_SECURITY_ADMIN_PASSWORD}); empty = generated
 *     and printed once at first start
 * @param maxFailedLogins failed logins before an account is locked
 * @param lockout how long an account stays locked
 * @param entitlementsTtl how long a professional's computed rights are kept at most (they are recomputed at once when
 *     roles, séjours, care teams or the habilitation matrix change)
 * @param breakGlassDuration how long an emergency access ({@code $bris-de-glace}) stays open
 * @param enforce whether the FHIR API asks for tokens and applies the access rules ({@code DUI_SECURITY_ENFORCE}); only
 *     for measuring the cost of security against plain HAPI (benchmarks): {@code false} is refused unless the server
 *     listens on the loopback interface only ({@code server.address=127.0.0.1})
 */
@Validated
@ConfigurationProperties("dui.security")
public record SecuritySettings(
        @NotBlank @DefaultValue("http://localhost:8080") String issuer,
        @NotNull @DefaultValue("5m") Duration accessTokenTtl,
        @NotNull @DefaultValue("30d") Duration refreshTokenTtl,
        Path clientsFile,
        @DefaultValue("") String adminPassword,
        @DefaultValue("5") int maxFailedLogins,
        @NotNull @DefaultValue("15m") Duration lockout,
        @NotNull @DefaultValue("60s") Duration entitlementsTtl,
        @NotNull @DefaultValue("4h") Duration breakGlassDuration,
        @DefaultValue("true") boolean enforce) {

    /** The FHIR base URL: the audience of every access token. */
    public String fhirBase() {
        return issuer.replaceAll("/+$", "") + "/fhir";
    }

    @Override
    public String toString() {
        return "SecuritySettings[issuer=" + issuer + ", accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl="
                + refreshTokenTtl + ", clientsFile=" + clientsFile + ", adminPassword=***, enforce=" + enforce + "]";
    }
}
