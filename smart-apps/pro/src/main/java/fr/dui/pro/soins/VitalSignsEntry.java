package fr.dui.pro.soins;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what was typed in the vital signs form: French decimals (« 37,5 »), empty fields skipped, each value within
 * its plausibility bounds, both blood pressures or none, the systolic above the diastolic. The errors are French, by
 * field.
 */
public final class VitalSignsEntry {

    private final Map<VitalSign, BigDecimal> values;
    private final Map<String, String> errors;

    private VitalSignsEntry(Map<VitalSign, BigDecimal> values, Map<String, String> errors) {
        this.values = values;
        this.errors = errors;
    }

    /** {@code typed}: the text of each field, by {@link VitalSign#field()}. */
    public static VitalSignsEntry parse(Function<String, String> typed) {
        Map<VitalSign, BigDecimal> values = new EnumMap<>(VitalSign.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (VitalSign sign : VitalSign.values()) {
            String text = typed.apply(sign.field());
            if (text == null || text.isBlank()) {
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
            } catch (NumberFormatException e) {
                errors.put(
                        sign.field(), sign.label() + " : saisissez un nombre (par exemple « " + example(sign) + " »).");
                continue;
            }
            if (value.scale() > sign.decimals()) {
                errors.put(
                        sign.field(),
                        sign.label() + " : "
                                + (sign.decimals() == 0 ? "saisissez un nombre entier." : "une décimale au plus."));
                continue;
            }
            if (value.compareTo(sign.min()) < 0 || value.compareTo(sign.max()) > 0) {
                errors.put(
                        sign.field(),
                        sign.label() + " : " + plain(value) + " " + sign.unit() + " n'est pas plausible (entre "
                                + plain(sign.min()) + " et " + plain(sign.max()) + " " + sign.unit() + ").");
                continue;
            }
            values.put(sign, value);
        }
        boolean sys = values.containsKey(VitalSign.SYSTOLIQUE) || errors.containsKey(VitalSign.SYSTOLIQUE.field());
        boolean dia = values.containsKey(VitalSign.DIASTOLIQUE) || errors.containsKey(VitalSign.DIASTOLIQUE.field());
        if (sys && !dia) {
            errors.put(VitalSign.DIASTOLIQUE.field(), "Tension artérielle : saisissez aussi la pression diastolique.");
        } else if (dia && !sys) {
            errors.put(VitalSign.SYSTOLIQUE.field(), "Tension artérielle : saisissez aussi la pression systolique.");
        } else if (values.containsKey(VitalSign.SYSTOLIQUE)
                && values.containsKey(VitalSign.DIASTOLIQUE)
                && values.get(VitalSign.SYSTOLIQUE).compareTo(values.get(VitalSign.DIASTOLIQUE)) <= 0) {
            errors.put(
                    VitalSign.SYSTOLIQUE.field(),
                    "Tension artérielle : la pression systolique doit dépasser la diastolique.");
        }
        if (values.isEmpty() && errors.isEmpty()) {
            errors.put("", "Saisissez au moins une constante.");
        }
        return new VitalSignsEntry(errors.isEmpty() ? values : Map.of(), errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The French errors by field ({@code ""}: the whole form). */
    public Map<String, String> errors() {
        return errors;
    }

    public Map<VitalSign, BigDecimal> values() {
        return values;
    }

    private static String example(VitalSign sign) {
        return switch (sign) {
            case TEMPERATURE -> "37,2";
            case POIDS -> "62,5";
            default -> "80";
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
