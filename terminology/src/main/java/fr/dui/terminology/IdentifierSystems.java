package fr.dui.terminology;

/** Identifier systems (OIDs as URNs) used by the DUI, as published by the ANS. */
public final class IdentifierSystems {

    /** INS-NIR: the INS built on the NIR (numéro d'inscription au répertoire). */
    public static final String INS_NIR = "urn:oid:1.2.250.1.213.1.4.8";

    /** INS-NIA: the INS built on a NIA (numéro identifiant d'attente). */
    public static final String INS_NIA = "urn:oid:1.2.250.1.213.1.4.9";

    /** INS-NIR of the test system: accepted only when the server is configured for tests. */
    public static final String INS_NIR_TEST = "urn:oid:1.2.250.1.213.1.4.10";

    /** Identifiant national des professionnels de santé (idNatPs, RPPS-based). */
    public static final String ID_NAT_PS = "urn:oid:1.2.250.1.71.4.2.1";

    private IdentifierSystems() {}
}
