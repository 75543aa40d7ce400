package fr.dui.pro.soins;

import fr.dui.pro.fhir.Systems;
import java.math.BigDecimal;
import java.util.List;

/**
 * The vital signs a professional enters, as FR Core profiles them (fr-core-observation-*): the LOINC code, the UCUM
 * unit, and the plausibility bounds beyond which a value is surely a typing error. Blood pressure is one panel with
 * two components.
 */
public enum VitalSign {
    SYSTOLIQUE("systolique", "Pression systolique", "8480-6", "mm[Hg]", "mmHg", "50", "260", 0),
    DIASTOLIQUE("diastolique", "Pression diastolique", "8462-4", "mm[Hg]", "mmHg", "20", "160", 0),
    POULS("pouls", "Fréquence cardiaque", "8867-4", "/min", "/min", "20", "250", 0),
    TEMPERATURE("temperature", "Température", "8310-5", "Cel", "°C", "32", "43.5", 1),
    POIDS("poids", "Poids", "29463-7", "kg", "kg", "1", "350", 1),
    SATURATION("saturation", "Saturation en oxygène", "2708-6", "%", "%", "50", "100", 0),
    FREQUENCE_RESPIRATOIRE("frequenceRespiratoire", "Fréquence respiratoire", "9279-1", "/min", "/min", "4", "80", 0);

    /** The blood pressure panel (fr-core-observation-bp). */
    public static final String BLOOD_PRESSURE = "85354-9";

    /** Pulse oximetry, beside the 2708-6 that the base oxygensat profile requires. */
    public static final String PULSE_OXIMETRY = "59408-5";

    private final String field;
    private final String label;
    private final String loinc;
    private final String ucum;
    private final String unit;
    private final BigDecimal min;
    private final BigDecimal max;
    private final int decimals;

    VitalSign(
            String field, String label, String loinc, String ucum, String unit, String min, String max, int decimals) {
        this.field = field;
        this.label = label;
        this.loinc = loinc;
        this.ucum = ucum;
        this.unit = unit;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.decimals = decimals;
    }

    /** The signs entered as an Observation of their own (blood pressure's two are one panel). */
    public static List<VitalSign> singles() {
        return List.of(POULS, TEMPERATURE, POIDS, SATURATION, FREQUENCE_RESPIRATOIRE);
    }

    /** The FR Core profile of the Observation that carries this sign. */
    public String profile() {
        String name = switch (this) {
            case SYSTOLIQUE, DIASTOLIQUE -> "fr-core-observation-bp";
            case POULS -> "fr-core-observation-heartrate";
            case TEMPERATURE -> "fr-core-observation-body-temperature";
            case POIDS -> "fr-core-observation-body-weight";
            case SATURATION -> "fr-core-observation-saturation-oxygen";
            case FREQUENCE_RESPIRATOIRE -> "fr-core-observation-resp-rate";
        };
        return Systems.FR_CORE_PROFILE + name;
    }

    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public String loinc() {
        return loinc;
    }

    public String ucum() {
        return ucum;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public int decimals() {
        return decimals;
    }
}
