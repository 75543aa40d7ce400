package fr.dui.server.security.accounts;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.http.HttpStatus;

/**
 * What an account must be: a login of letters, digits, {@code . _ -} (3 to 64), a kind, and the FHIR resource the
 * person is, of the type the kind calls for and existing on this server (none for administrators and auditors). A
 * password is 12 characters at least.
 */
public class AccountRules {

    public static final int MIN_PASSWORD = 12;

    private static final Map<Account.Kind, List<String>> TYPES = Map.of(
            Account.Kind.PROFESSIONAL, List.of("PractitionerRole", "Practitioner"),
            Account.Kind.USAGER, List.of("Patient"),
            Account.Kind.PROCHE, List.of("RelatedPerson"),
            Account.Kind.ADMINISTRATOR, List.of(),
            Account.Kind.AUDITOR, List.of());

    /** A refusal, with its HTTP status and a French message for the administrator. */
    public static final class InvalidAccount extends RuntimeException {
        private final HttpStatus status;

        public InvalidAccount(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final DaoRegistry daos;

    public AccountRules(DaoRegistry daos) {
        this.daos = daos;
    }

    /** Checks a new account; returns its kind. */
    public Account.Kind validate(AccountAdminController.NewAccount account) {
        if (account == null || account.username() == null || !account.username().matches("[A-Za-z0-9._-]{3,64}")) {
            throw bad("Identifiant invalide : 3 à 64 lettres, chiffres, points, tirets ou soulignés.");
        }
        Account.Kind kind;
        try {
            kind = Account.Kind.valueOf(String.valueOf(account.kind()));
        } catch (IllegalArgumentException e) {
            throw bad("Type de compte invalide « " + account.kind()
                    + " » : PROFESSIONAL, USAGER, PROCHE, AUDITOR ou ADMINISTRATOR.");
        }
        List<String> types = TYPES.get(kind);
        String fhirUser = account.fhirUser() == null ? "" : account.fhirUser().strip();
        if (types.isEmpty()) {
            if (!fhirUser.isEmpty()) {
                throw bad("Un compte " + kind + " n'est lié à aucune ressource FHIR (fhirUser vide).");
            }
            return kind;
        }
        IdType id = new IdType(fhirUser);
        if (!id.hasIdPart() || !types.contains(id.getResourceType()) || id.hasVersionIdPart()) {
            throw bad("Un compte " + kind + " est lié à une ressource " + String.join(" ou ", types)
                    + " (fhirUser = Type/id), reçu « " + fhirUser + " ».");
        }
        try {
            daos.getResourceDao(id.getResourceType()).read(id, new SystemRequestDetails());
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            throw bad("La ressource « " + fhirUser + " » n'existe pas sur ce serveur.");
        }
        return kind;
    }

    /** Checks a new password chosen by its owner. */
    public static void validatePassword(String password, String confirmation) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw bad("Le mot de passe compte au moins " + MIN_PASSWORD + " caractères.");
        }
        if (confirmation != null && !password.equals(confirmation)) {
            throw bad("Les deux saisies du mot de passe diffèrent.");
        }
    }

    private static InvalidAccount bad(String message) {
        return new InvalidAccount(HttpStatus.BAD_REQUEST, message);
    }
}
