package fr.dui.profiles;

/** Canonical URLs of the DUI's own conformance and terminology resources. */
public final class DuiCanonicals {

    /** Base of every canonical URL the DUI defines. */
    public static final String BASE = "https://dui-libre.fr/fhir";

    /** The code system of the stable error codes the server puts in its OperationOutcomes. */
    public static final String ERROR_CODES = BASE + "/CodeSystem/dui-error";

    private DuiCanonicals() {}
}
