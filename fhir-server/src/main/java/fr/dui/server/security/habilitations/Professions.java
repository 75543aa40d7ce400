package fr.dui.server.security.habilitations;

import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;

/**
 * Professions as the habilitation matrix names them: {@code TRE_A02|G15_10} for the coding
 * {@code https://mos.esante.gouv.fr/NOS/TRE_A02-ProfessionSavFaire-CISIS/FHIR/TRE-A02-ProfessionSavFaire-CISIS#G15_10}
 * — the ANS nomenclatures of the value set {@code dui-vs-profession-essms}.
 */
public final class Professions {

    private static final Map<String, String> SYSTEMS = Map.of(
            "TRE_A02",
                    "https://mos.esante.gouv.fr/NOS/TRE_A02-ProfessionSavFaire-CISIS/FHIR/TRE-A02-ProfessionSavFaire-CISIS",
            "TRE_R85", "https://mos.esante.gouv.fr/NOS/TRE_R85-RolePriseCharge/FHIR/TRE-R85-RolePriseCharge",
            "TRE_R94", "https://mos.esante.gouv.fr/NOS/TRE_R94-ProfessionSocial/FHIR/TRE-R94-ProfessionSocial",
            "TRE_R95", "https://mos.esante.gouv.fr/NOS/TRE_R95-UsagerTitre/FHIR/TRE-R95-UsagerTitre");

    private Professions() {}

    /** The system URL of a nomenclature ({@code TRE_A02}), or null. */
    public static String system(String nomenclature) {
        return SYSTEMS.get(nomenclature);
    }

    /** The matrix key of a coding, when its system is one of the professions' nomenclatures. */
    public static Optional<String> key(Coding coding) {
        if (coding.getSystem() == null || coding.getCode() == null) {
            return Optional.empty();
        }
        return SYSTEMS.entrySet().stream()
                .filter(e -> e.getValue().equals(coding.getSystem()))
                .map(e -> e.getKey() + "|" + coding.getCode())
                .findFirst();
    }

    /** Whether a matrix key names a known nomenclature ({@code TRE_R85|313}). */
    public static boolean valid(String key) {
        int bar = key.indexOf('|');
        return bar > 0 && bar < key.length() - 1 && SYSTEMS.containsKey(key.substring(0, bar));
    }

    /** The coding of a matrix key. */
    public static Coding coding(String key) {
        int bar = key.indexOf('|');
        return new Coding(SYSTEMS.get(key.substring(0, bar)), key.substring(bar + 1), null);
    }
}
