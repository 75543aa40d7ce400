package fr.dui.server.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlausibilityTest {

    @Test
    void aPersonsWeightStaysCloseToTheirOwnBaselineMonthAfterMonth() {
        for (int person = 0; person < 200; person++) {
            SyntheticRandom random = SyntheticRandom.of(1, person);
            VitalSignPatterns.Baseline baseline = VitalSignPatterns.baseline(person % 2 == 0, 88, 3, random);
            assertThat(baseline.weightKg()).isBetween(38.0, 110.0);
            double previous = VitalSignPatterns.weight(baseline, 0, random);
            for (int month = 1; month < 6; month++) {
                double weight = VitalSignPatterns.weight(baseline, month, random);
                assertThat(Math.abs(weight - previous))
                        .as("month-to-month change")
                        .isLessThan(2.6);
                assertThat(Math.abs(weight - baseline.weightKg())).isLessThan(3.0);
                previous = weight;
            }
        }
    }

    @Test
    void bloodPressureRisesWithAgeAndDiastolicStaysBelowSystolic() {
        double young = 0;
        double old = 0;
        for (int person = 0; person < 300; person++) {
            SyntheticRandom random = SyntheticRandom.of(2, person);
            VitalSignPatterns.Baseline at35 = VitalSignPatterns.baseline(true, 35, 6, random);
            VitalSignPatterns.Baseline at90 = VitalSignPatterns.baseline(true, 90, 3, random);
            young += at35.systolic();
            old += at90.systolic();
            for (int i = 0; i < 5; i++) {
                VitalSignPatterns.BloodPressure bp = VitalSignPatterns.bloodPressure(at90, random);
                assertThat(bp.diastolic()).isLessThanOrEqualTo(bp.systolic() - 25);
                assertThat(bp.systolic()).isBetween(85, 200);
            }
        }
        assertThat(old / 300 - young / 300).isBetween(15.0, 40.0);
    }

    @Test
    void childrenWeighWhatChildrenWeigh() {
        SyntheticRandom random = SyntheticRandom.of(3);
        List<Double> eightYearOlds = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            eightYearOlds.add(
                    VitalSignPatterns.baseline(i % 2 == 0, 8, 6, random).weightKg());
        }
        assertThat(eightYearOlds.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow())
                .isBetween(22.0, 32.0);
    }

    @Test
    void aggirAnswersFollowTheGir() {
        SyntheticRandom random = SyntheticRandom.of(4);
        int cAtGir1 = 0;
        int aAtGir6 = 0;
        for (int i = 0; i < 1000; i++) {
            cAtGir1 += "C".equals(AggirPatterns.answer(1, false, random)) ? 1 : 0;
            aAtGir6 += "A".equals(AggirPatterns.answer(6, false, random)) ? 1 : 0;
        }
        assertThat(cAtGir1).isGreaterThan(750);
        assertThat(aAtGir6).isGreaterThan(800);
    }

    @Test
    void ehpadResidentsAreMoreDependentThanPeopleInAResidenceAutonomie() {
        SyntheticRandom random = SyntheticRandom.of(5);
        double ehpad = 0;
        double autonomie = 0;
        for (int i = 0; i < 2000; i++) {
            ehpad += AggirPatterns.gir(Category.EHPAD, random);
            autonomie += AggirPatterns.gir(Category.RESIDENCE_AUTONOMIE, random);
        }
        assertThat(ehpad / 2000).isBetween(2.6, 3.6);
        assertThat(autonomie / 2000).isGreaterThan(5.0);
    }

    @Test
    void finessNumbersCarryTheirDepartementAndALuhnKey() {
        String finess = OgPlan.finess("69", 12, 3);
        assertThat(finess).hasSize(9).startsWith("69012003");
        assertThat(OgPlan.luhn("69012003")).isEqualTo(finess.charAt(8) - '0');
        assertThat(French.of("Le Havre")).isEqualTo("du Havre");
        assertThat(French.of("Arles")).isEqualTo("d'Arles");
        assertThat(French.of("Lyon")).isEqualTo("de Lyon");
    }
}
