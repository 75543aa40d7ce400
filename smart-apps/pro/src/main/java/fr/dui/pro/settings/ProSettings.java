package fr.dui.pro.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the app needs to know about itself and the DUI it works for.
 *
 * @param fhirBaseUrl the DUI's FHIR base ({@code https://dui.example.fr/fhir}); its SMART endpoints are discovered
 *     from {@code <fhirBaseUrl>/.well-known/smart-configuration}, and an EHR launch from any other {@code iss} is
 *     refused (the client secret is only ever sent to this server)
 * @param clientId the client id the DUI registered for this app (a {@code confidential} client)
 * @param clientSecret its secret
 * @param publicUrl the app's own public URL ({@code https://pro.dui.example.fr}); the redirect URI registered at the
 *     DUI is {@code <publicUrl>/retour}
 * @param ehrScopes the scopes asked for at an EHR launch
 * @param standaloneScopes the scopes asked for at a standalone launch (with {@code launch/patient}, the DUI lets the
 *     professional pick the usager)
 * @param zone the establishments' time zone (shifts, dates shown)
 */
@Validated
@ConfigurationProperties("dui.pro")
public record ProSettings(
        @NotNull URI fhirBaseUrl,
        @NotBlank String clientId,
        @NotBlank String clientSecret,
        @NotNull URI publicUrl,

        @DefaultValue("launch openid fhirUser user/*.cruds offline_access")
        String ehrScopes,

        @DefaultValue("launch/patient openid fhirUser user/*.cruds offline_access")
        String standaloneScopes,

        @DefaultValue("Europe/Paris") ZoneId zone) {

    /** The FHIR base without a trailing slash. */
    public String fhirBase() {
        return fhirBaseUrl.toString().replaceAll("/+$", "");
    }

    /** The redirect URI registered at the DUI. */
    public String redirectUri() {
        return publicUrl.toString().replaceAll("/+$", "") + "/retour";
    }

    /** Whether an EHR launch's {@code iss} names this app's DUI. */
    public boolean isOurServer(String iss) {
        return iss != null && iss.replaceAll("/+$", "").equals(fhirBase());
    }
}
