package fr.dui.pro.soins;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.synthese.UsagerRefusedException;
import fr.dui.pro.synthese.VitalSignsChart;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.springframework.stereotype.Component;

/** Reads the usager and their vital signs (newest first) in one batch, and draws a chart per sign. */
@Component
class VitalSignsReader {

    /** Each chart shows this many days before its last measure, like the fiche de synthèse's. */
    static final int CHART_DAYS = 90;

    /** The measures read: enough for months of daily measures. */
    static final int MEASURES = 300;

    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ZoneId zone;

    VitalSignsReader(DuiFhir fhir, DroitsReader droits, ProSettings settings) {
        this.fhir = fhir;
        this.droits = droits;
        this.zone = settings.zone();
    }

    Courbes read(SmartContext smart) {
        BatchBuilder b = new BatchBuilder();
        int usager = b.get("Patient/" + enc(smart.patient()));
        int signs = b.get("Observation?subject=" + enc("Patient/" + smart.patient()) + "&category="
                + enc(Systems.HL7_OBSERVATION_CATEGORY + "|vital-signs") + "&_sort=-date&_count=" + MEASURES);
        int rights = droits.demander(b, smart.patient());
        BatchAnswer answer = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(b.build()).execute());
        droits.lire(answer, rights);
        Patient person = answer.read(usager, Patient.class)
                .orElseThrow(() -> new UsagerRefusedException(answer.refusal(usager)));
        return new Courbes(
                Texts.name(person.getName()), curves(answer.matches(signs, Observation.class)), answer.refusal(signs));
    }

    /** One curve per sign measured (blood pressure: two series on one chart), in the order of the form. */
    List<Courbes.Courbe> curves(List<Observation> newestFirst) {
        List<Courbes.Courbe> curves = new ArrayList<>();
        List<Observation> pressures = withCode(newestFirst, VitalSign.BLOOD_PRESSURE);
        if (!pressures.isEmpty()) {
            List<VitalSignsChart.Point> sys = new ArrayList<>();
            List<VitalSignsChart.Point> dia = new ArrayList<>();
            List<Courbes.Mesure> last = new ArrayList<>();
            for (Observation o : pressures) {
                Optional<Quantity> s = component(o, VitalSign.SYSTOLIQUE.loinc());
                Optional<Quantity> d = component(o, VitalSign.DIASTOLIQUE.loinc());
                s.ifPresent(q -> sys.add(point(o, q)));
                d.ifPresent(q -> dia.add(point(o, q)));
                if (s.isPresent() && d.isPresent() && last.size() < 5) {
                    last.add(new Courbes.Mesure(
                            number(s.get()) + "/" + number(d.get()) + " mmHg",
                            Texts.dayTime(o.getEffectiveDateTimeType().getValue(), zone)));
                }
            }
            recent(sys);
            recent(dia);
            curves.add(new Courbes.Courbe(
                    "ta",
                    "Tension artérielle",
                    "mmHg",
                    VitalSignsChart.svg(
                            "courbe-ta",
                            "Évolution de la tension artérielle",
                            "mmHg",
                            List.of(
                                    new VitalSignsChart.Series("Systolique", "#1d4ed8", "none", sys),
                                    new VitalSignsChart.Series("Diastolique", "#b91c1c", "6 4", dia)),
                            zone),
                    last));
        }
        for (VitalSign sign : VitalSign.singles()) {
            List<Observation> measures = withCode(newestFirst, sign.loinc());
            List<VitalSignsChart.Point> points = new ArrayList<>();
            List<Courbes.Mesure> last = new ArrayList<>();
            for (Observation o : measures) {
                if (!o.hasValueQuantity() || !o.getValueQuantity().hasValue()) {
                    continue;
                }
                points.add(point(o, o.getValueQuantity()));
                if (last.size() < 5) {
                    last.add(new Courbes.Mesure(
                            number(o.getValueQuantity()) + " " + sign.unit(),
                            Texts.dayTime(o.getEffectiveDateTimeType().getValue(), zone)));
                }
            }
            if (points.isEmpty()) {
                continue;
            }
            recent(points);
            curves.add(new Courbes.Courbe(
                    sign.field(),
                    sign.label(),
                    sign.unit(),
                    VitalSignsChart.svg(
                            "courbe-" + sign.field(),
                            "Évolution : " + sign.label(),
                            sign.unit(),
                            List.of(new VitalSignsChart.Series(sign.label(), "#1d4ed8", "none", points)),
                            zone),
                    last));
        }
        return curves;
    }

    /** Sorts by time and keeps the {@link #CHART_DAYS} days before the last measure. */
    private static void recent(List<VitalSignsChart.Point> points) {
        points.sort(Comparator.comparing(VitalSignsChart.Point::at));
        if (!points.isEmpty()) {
            java.time.Instant from = points.get(points.size() - 1).at().minus(java.time.Duration.ofDays(CHART_DAYS));
            points.removeIf(p -> p.at().isBefore(from));
        }
    }

    private static List<Observation> withCode(List<Observation> observations, String loinc) {
        return observations.stream()
                .filter(Observation::hasEffectiveDateTimeType)
                .filter(o -> o.getCode().getCoding().stream()
                        .anyMatch(c -> Systems.LOINC.equals(c.getSystem()) && loinc.equals(c.getCode())))
                .toList();
    }

    private static Optional<Quantity> component(Observation o, String loinc) {
        return o.getComponent().stream()
                .filter(c -> c.getCode().getCoding().stream().anyMatch(k -> loinc.equals(k.getCode())))
                .filter(c -> c.hasValueQuantity() && c.getValueQuantity().hasValue())
                .map(c -> c.getValueQuantity())
                .findFirst();
    }

    private static VitalSignsChart.Point point(Observation o, Quantity q) {
        return new VitalSignsChart.Point(
                o.getEffectiveDateTimeType().getValue().toInstant(),
                q.getValue().doubleValue());
    }

    private static String number(Quantity q) {
        double v = q.getValue().doubleValue();
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.FRENCH, "%.1f", v);
    }
}
