package fr.dui.server.security.smart;

import java.util.Map;

/** How a scope reads on the consent screen. */
final class ScopeLabels {

    private static final Map<String, String> FIXED = Map.of(
            "fhirUser", "Connaître votre identité (qui vous êtes dans le dossier)",
            "offline_access", "Garder l'accès quand vous n'utilisez pas l'application (jusqu'à révocation)",
            "online_access", "Garder l'accès pendant votre session",
            "launch", "Recevoir le contexte du dossier ouvert",
            "launch/patient", "Choisir l'usager dont le dossier est consulté");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("*", "tout le dossier"),
            Map.entry("Patient", "l'identité"),
            Map.entry("Observation", "les observations, constantes et transmissions"),
            Map.entry("CarePlan", "le projet personnalisé"),
            Map.entry("Encounter", "les séjours et les rendez-vous"),
            Map.entry("DocumentReference", "les documents"),
            Map.entry("MedicationRequest", "les prescriptions"),
            Map.entry("RelatedPerson", "l'entourage"),
            Map.entry("Consent", "les consentements"),
            Map.entry("Communication", "les messages"));

    private ScopeLabels() {}

    static String french(String scope) {
        if (FIXED.containsKey(scope)) {
            return FIXED.get(scope);
        }
        return SmartScope.parse(scope)
                .map(s -> verb(s) + " " + TYPES.getOrDefault(s.resourceType(), "les ressources " + s.resourceType())
                        + switch (s.context()) {
                            case PATIENT -> " de l'usager";
                            case USER -> " que vous êtes autorisé à voir";
                            case SYSTEM -> " (accès système)";
                        })
                .orElse(scope);
    }

    private static String verb(SmartScope scope) {
        boolean read = scope.permissions().contains(SmartScope.Permission.READ);
        boolean write = scope.permissions().contains(SmartScope.Permission.CREATE)
                || scope.permissions().contains(SmartScope.Permission.UPDATE);
        return read && write ? "Lire et modifier" : write ? "Modifier" : "Lire";
    }
}
