package fr.dui.server.security.smart;

/** Claims and token-response parameters of SMART App Launch. */
public final class SmartClaims {

    public static final String FHIR_USER = "fhirUser";
    public static final String PATIENT = "patient";
    public static final String ENCOUNTER = "encounter";
    public static final String NEED_PATIENT_BANNER = "need_patient_banner";
    public static final String SMART_STYLE_URL = "smart_style_url";
    /** Ours: the kind of account a person's token was issued to; absent from a backend service's token. */
    public static final String ACCOUNT_KIND = "dui_account_kind";

    private SmartClaims() {}
}
