package fr.dui.server.security.habilitations;

import java.util.Arrays;
import java.util.Optional;

/**
 * The categories of data habilitations are given on (HAB-1). Each resource of the record falls in exactly one; the
 * codes are those of the CodeSystem {@code dui-categorie-donnees} and of the habilitation matrix.
 */
public enum DataCategory {
    /** Identity, entourage, séjours, agenda, admission requests and the waiting list. */
    ADMINISTRATIF("administratif", "Administratif"),
    /** Social benefits, legal protection, MDPH orientation decisions. */
    SOCIAL("social", "Social"),
    /** Projet personnalisé, goals and actions, evaluations, transmissions, messages, care team. */
    ACCOMPAGNEMENT("accompagnement", "Accompagnement"),
    /** Care: vital signs, acts, administrations of medicines. */
    SOINS("soins", "Soins"),
    /** Medical data under the shared secret: medical observations, DLU, conditions, allergies, prescriptions. */
    MEDICAL("medical", "Médical"),
    /** Documents and their content, signatures. */
    DOCUMENTS("documents", "Documents"),
    /** Consents, oppositions, contracts (DIPEC, contrat de séjour). */
    CONSENTEMENTS("consentements", "Consentements et contrats"),
    /** Directory and reference data: organisations, professionals, terminologies, profiles. */
    ANNUAIRE("annuaire", "Annuaire et référentiels");

    private final String code;
    private final String label;

    DataCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether reading the category needs care-team membership (secret partagé, art. L1110-4 CSP). */
    public boolean sharedSecret() {
        return this == MEDICAL;
    }

    public static Optional<DataCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
