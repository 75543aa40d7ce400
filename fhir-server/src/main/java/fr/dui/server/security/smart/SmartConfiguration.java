package fr.dui.server.security.smart;

import fr.dui.server.security.SecuritySettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SMART configuration document ({@code [fhir base]/.well-known/smart-configuration}). */
public final class SmartConfiguration {

    /** What this server does, and only that (SMART App Launch 2 capability names). */
    static final List<String> CAPABILITIES = List.of(
            "launch-ehr",
            "launch-standalone",
            "client-public",
            "client-confidential-symmetric",
            "client-confidential-asymmetric",
            "context-ehr-patient",
            "context-ehr-encounter",
            "context-standalone-patient",
            "context-passthrough-banner",
            "context-passthrough-style",
            "sso-openid-connect",
            "permission-offline",
            "permission-patient",
            "permission-user",
            "permission-v1",
            "permission-v2");

    private SmartConfiguration() {}

    public static Map<String, Object> document(SecuritySettings settings) {
        String issuer = settings.issuer().replaceAll("/+$", "");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer);
        doc.put("jwks_uri", issuer + "/oauth2/jwks");
        doc.put("authorization_endpoint", issuer + "/oauth2/authorize");
        doc.put("token_endpoint", issuer + "/oauth2/token");
        doc.put("introspection_endpoint", issuer + "/oauth2/introspect");
        doc.put("revocation_endpoint", issuer + "/oauth2/revoke");
        doc.put("userinfo_endpoint", issuer + "/userinfo");
        doc.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        doc.put("response_types_supported", List.of("code"));
        doc.put(
                "token_endpoint_auth_methods_supported",
                List.of("none", "client_secret_basic", "client_secret_post", "private_key_jwt"));
        doc.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
        doc.put("code_challenge_methods_supported", List.of("S256"));
        doc.put(
                "scopes_supported",
                List.of(
                        "openid",
                        "fhirUser",
                        "offline_access",
                        "online_access",
                        "launch",
                        "launch/patient",
                        "patient/*.rs",
                        "user/*.rs",
                        "user/*.cruds",
                        "system/*.rs",
                        "system/*.cruds",
                        "patient/*.read",
                        "user/*.read",
                        "system/*.read"));
        doc.put("capabilities", CAPABILITIES);
        return doc;
    }
}
