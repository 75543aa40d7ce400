package fr.dui.pro.transmissions;

import fr.dui.pro.fhir.Systems;
import org.hl7.fhir.r4.model.Observation;

/** The données / actions / résultats of a transmission (its components, coded in dui-observation-code). */
public final class Components {

    public static final String DONNEES = "donnees";
    public static final String ACTIONS = "actions";
    public static final String RESULTATS = "resultats";

    private Components() {}

    public static String text(Observation transmission, String code) {
        return transmission.getComponent().stream()
                .filter(c -> c.getCode().getCoding().stream()
                        .anyMatch(k -> Systems.OBSERVATION_CODE.equals(k.getSystem()) && code.equals(k.getCode())))
                .filter(c -> c.hasValueStringType())
                .map(c -> c.getValueStringType().getValue())
                .findFirst()
                .orElse("");
    }

    /** Données, else actions, else résultats, cut to {@code max} characters. */
    public static String summary(Observation transmission, int max) {
        String text = text(transmission, DONNEES);
        if (text.isBlank()) {
            text = text(transmission, ACTIONS);
        }
        if (text.isBlank()) {
            text = text(transmission, RESULTATS);
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
