package fr.dui.pro.synthese;

import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/** The vital signs block: the last value of each sign (FR Core vital-signs profiles, LOINC) and the blood pressure chart. */
final class VitalSigns {

    /** The chart shows this many days before the last measure. */
    static final int CHART_DAYS = 90;

    static final String BLOOD_PRESSURE = "85354-9";
    static final String SYSTOLIC = "8480-6";
    static final String DIASTOLIC = "8462-4";
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(BLOOD_PRESSURE, "Tension artérielle"),
            Map.entry("8867-4", "Fréquence cardiaque"),
            Map.entry("8310-5", "Température"),
            Map.entry("29463-7", "Poids"),
            Map.entry("8302-2", "Taille"),
            Map.entry("39156-5", "Indice de masse corporelle"),
            Map.entry("59408-5", "Saturation en oxygène"),
            Map.entry("2708-6", "Saturation en oxygène"),
            Map.entry("9279-1", "Fréquence respiratoire"),
            Map.entry("72514-3", "Douleur (EVA)"),
            Map.entry("2339-0", "Glycémie"));

    private VitalSigns() {}

    /** {@code observations}: newest first, as the DUI sorted them. */
    static Synthese.Constantes of(List<Observation> observations, ZoneId zone) {
        Map<String, Synthese.Constante> last = new LinkedHashMap<>();
        List<VitalSignsChart.Point> systolic = new ArrayList<>();
        List<VitalSignsChart.Point> diastolic = new ArrayList<>();
        for (Observation o : observations) {
            if (!o.hasEffectiveDateTimeType()) {
                continue;
            }
            String code = loinc(o).orElse(Texts.of(o.getCode()));
            last.putIfAbsent(
                    code,
                    new Synthese.Constante(
                            LABELS.getOrDefault(code, Texts.of(o.getCode())),
                            value(o),
                            Texts.dayTime(o.getEffectiveDateTimeType().getValue(), zone)));
            if (BLOOD_PRESSURE.equals(code)) {
                component(o, SYSTOLIC)
                        .ifPresent(v -> systolic.add(new VitalSignsChart.Point(
                                o.getEffectiveDateTimeType().getValue().toInstant(), v)));
                component(o, DIASTOLIC)
                        .ifPresent(v -> diastolic.add(new VitalSignsChart.Point(
                                o.getEffectiveDateTimeType().getValue().toInstant(), v)));
            }
        }
        recent(systolic);
        recent(diastolic);
        List<VitalSignsChart.Series> series = new ArrayList<>();
        if (!systolic.isEmpty()) {
            series.add(new VitalSignsChart.Series("Systolique", "#1d4ed8", "none", systolic));
        }
        if (!diastolic.isEmpty()) {
            series.add(new VitalSignsChart.Series("Diastolique", "#b91c1c", "6 4", diastolic));
        }
        String chart = series.isEmpty()
                ? null
                : VitalSignsChart.svg("Évolution de la tension artérielle", "mmHg", series, zone);
        return new Synthese.Constantes(List.copyOf(last.values()), chart);
    }

    /** Sorts by time and keeps the {@link #CHART_DAYS} days before the last measure. */
    private static void recent(List<VitalSignsChart.Point> points) {
        points.sort(Comparator.comparing(VitalSignsChart.Point::at));
        if (!points.isEmpty()) {
            java.time.Instant from = points.get(points.size() - 1).at().minus(java.time.Duration.ofDays(CHART_DAYS));
            points.removeIf(p -> p.at().isBefore(from));
        }
    }

    private static Optional<String> loinc(Observation o) {
        return o.getCode().getCoding().stream()
                .filter(c -> Systems.LOINC.equals(c.getSystem()))
                .map(c -> c.getCode())
                .findFirst();
    }

    private static Optional<Double> component(Observation o, String code) {
        return o.getComponent().stream()
                .filter(c -> c.getCode().getCoding().stream().anyMatch(k -> code.equals(k.getCode())))
                .filter(c -> c.hasValueQuantity())
                .map(c -> c.getValueQuantity().getValue().doubleValue())
                .findFirst();
    }

    private static String value(Observation o) {
        if (o.hasValueQuantity()) {
            return quantity(o.getValueQuantity());
        }
        Optional<Double> sys = component(o, SYSTOLIC);
        Optional<Double> dia = component(o, DIASTOLIC);
        if (sys.isPresent() && dia.isPresent()) {
            return number(sys.get()) + "/" + number(dia.get()) + " mmHg";
        }
        if (o.hasValueCodeableConcept()) {
            return Texts.of(o.getValueCodeableConcept());
        }
        return o.hasValue() ? o.getValue().primitiveValue() : "";
    }

    private static String quantity(Quantity q) {
        String unit = q.hasUnit() ? q.getUnit() : q.hasCode() ? q.getCode() : "";
        return (number(q.getValue().doubleValue()) + " " + unit).trim();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.FRENCH, "%.1f", v);
    }
}
