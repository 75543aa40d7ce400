package fr.dui.server.platform.errors;

import java.util.Locale;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The errors a caller can cause, each with a stable code (the {@code code} of
 * {@code OperationOutcome.issue.details.coding}, system {@link fr.dui.profiles.DuiCanonicals#ERROR_CODES}), its HTTP
 * status and a French message for people. Codes never change meaning once published; add new ones instead.
 */
public enum DuiError {
    REQUEST_BODY_UNREADABLE(
            400,
            IssueType.STRUCTURE,
            "Le contenu de la requête n'est pas une ressource FHIR lisible : JSON ou XML mal formé, ou élément"
                    + " inconnu."),
    XML_DOCTYPE_REFUSED(
            400,
            IssueType.SECURITY,
            "Le contenu XML contient une déclaration DOCTYPE ou des entités : elles sont refusées par sécurité."),
    RESOURCE_TYPE_MISMATCH(
            400, IssueType.INVALID, "Le type de la ressource envoyée (%s) ne correspond pas à celui de l'URL (%s)."),
    REQUEST_BODY_TOO_LARGE(
            413, IssueType.TOOLONG, "Le contenu de la requête dépasse la taille maximale acceptée (%s)."),
    UNKNOWN_SEARCH_PARAMETER(
            400, IssueType.NOTSUPPORTED, "Paramètre de recherche inconnu pour ce type de ressource : « %s »."),
    INVALID_SEARCH_PARAMETER(400, IssueType.INVALID, "Valeur de paramètre de recherche invalide."),
    INVALID_RESOURCE_ID(
            400,
            IssueType.INVALID,
            "Identifiant de ressource invalide : 1 à 64 caractères parmi les lettres, les chiffres, « - » et « . »."),
    UNRESOLVED_REFERENCE(
            400, IssueType.INVALID, "La référence « %s » ne désigne aucune ressource existante (élément %s)."),
    UNKNOWN_RESOURCE_TYPE(404, IssueType.NOTSUPPORTED, "Type de ressource inconnu : « %s »."),
    RESOURCE_NOT_FOUND(404, IssueType.NOTFOUND, "Ressource introuvable."),
    RESOURCE_DELETED(410, IssueType.DELETED, "Cette ressource a été supprimée."),
    VERSION_CONFLICT(
            409,
            IssueType.CONFLICT,
            "La ressource a été modifiée par ailleurs entre-temps, ou est encore référencée : relisez-la puis"
                    + " recommencez."),
    PRECONDITION_FAILED(412, IssueType.CONFLICT, "La condition posée par la requête n'est pas remplie."),
    UNPROCESSABLE_RESOURCE(422, IssueType.PROCESSING, "La ressource ne respecte pas les règles du dossier."),
    PROFILE_REQUIRED(
            422,
            IssueType.PROCESSING,
            "Une ressource %s du dossier déclare l'un des profils du DUI dans meta.profile : %s."),
    PROFILE_VALIDATION_FAILED(
            422, IssueType.PROCESSING, "La ressource %s ne respecte pas le profil du DUI (%d erreur(s)) : %s"),
    IDENTITY_RULE_VIOLATED(422, IssueType.BUSINESSRULE, "Règle d'identitovigilance non respectée : %s"),
    OPERATION_NOT_ALLOWED(405, IssueType.NOTSUPPORTED, "Cette opération n'est pas permise sur cette ressource."),
    UNSUPPORTED_MEDIA_TYPE(
            415, IssueType.NOTSUPPORTED, "Format non pris en charge : envoyez du FHIR en JSON ou en XML."),
    UNSUPPORTED_CONTENT_ENCODING(
            415,
            IssueType.NOTSUPPORTED,
            "Les contenus compressés (Content-Encoding) ne sont pas acceptés : envoyez le contenu non compressé."),
    NOT_IMPLEMENTED(501, IssueType.NOTSUPPORTED, "Cette fonction n'est pas proposée par ce serveur."),
    AUTHENTICATION_REQUIRED(
            401, IssueType.LOGIN, "Authentification requise : présentez un jeton d'accès (Authorization: Bearer)."),
    INVALID_TOKEN(
            401, IssueType.LOGIN, "Jeton d'accès refusé : invalide, expiré, révoqué, ou émis pour un autre serveur."),
    ACCESS_DENIED(
            403,
            IssueType.FORBIDDEN,
            "Accès refusé : cette action sort des droits accordés à ce jeton d'accès ou à votre habilitation."),
    INVALID_REQUEST(400, IssueType.INVALID, "Requête invalide."),
    INTERNAL_ERROR(
            500,
            IssueType.EXCEPTION,
            "Erreur interne du serveur. L'incident est journalisé sous la référence %s ; rien n'a été enregistré.");

    private final int status;
    private final IssueType issueType;
    private final String template;

    DuiError(int status, IssueType issueType, String template) {
        this.status = status;
        this.issueType = issueType;
        this.template = template;
    }

    /** The stable code, as published: {@code request-body-unreadable}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int status() {
        return status;
    }

    public IssueType issueType() {
        return issueType;
    }

    /** The French message, with its blanks filled in. */
    public String message(Object... args) {
        return args.length == 0 ? template : String.format(Locale.FRANCE, template, args);
    }
}
