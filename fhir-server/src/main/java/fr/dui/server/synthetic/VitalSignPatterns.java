package fr.dui.server.synthetic;

/**
 * Plausible vital signs of one person: each has a baseline of their own (weight from sex and age, blood pressure
 * rising with age) and every measurement stays close to it, with a slow drift for weight. Not random noise: the
 * series of one person looks like a chart a nurse would recognise.
 */
final class VitalSignPatterns {

    /** A person's baselines. */
    record Baseline(double weightKg, double weightDriftPerMonth, int systolic, int diastolic, int heartRate) {}

    /** One blood pressure reading. */
    record BloodPressure(int systolic, int diastolic) {}

    private VitalSignPatterns() {}

    static Baseline baseline(boolean woman, int age, int gir, SyntheticRandom random) {
        double weight;
        if (age < 18) {
            // Around the French growth curves: about 2.3 kg a year from 10 kg at 2 years, adult weight at 18.
            weight = Math.min(10 + 2.9 * Math.max(0, age - 2), woman ? 58 : 68) * (1 + random.gaussian(0, 0.10));
        } else {
            double adult = woman ? 64 : 77;
            // Older people weigh less, most of all when very dependent.
            double ageLoss = age > 70 ? (age - 70) * 0.35 : 0;
            double dependencyLoss = gir <= 2 ? 4 : 0;
            weight = (adult - ageLoss - dependencyLoss) * (1 + random.gaussian(0, 0.12));
        }
        // Very dependent elderly people tend to lose weight slowly; others are stable.
        double drift = age >= 75 && gir <= 2 ? -0.15 : random.gaussian(0, 0.05);
        int systolic =
                (int) Math.round((age < 18 ? 105 + age : 118 + 0.45 * Math.max(0, age - 30)) + random.gaussian(0, 9));
        int diastolic = (int) Math.round((age < 18 ? 62 : age > 70 ? 74 : 78) + random.gaussian(0, 6));
        int heartRate = (int) Math.round((age < 12 ? 90 : 72) + random.gaussian(0, 7));
        return new Baseline(
                round1(Math.max(age < 18 ? 15 : 38, weight)),
                drift,
                clamp(systolic, 95, 175),
                clamp(diastolic, 50, 100),
                clamp(heartRate, 52, 110));
    }

    /** Weight {@code months} months after the first measurement: baseline, drift, a few hundred grams of noise. */
    static double weight(Baseline b, int months, SyntheticRandom random) {
        return round1(b.weightKg() + b.weightDriftPerMonth() * months + random.gaussian(0, 0.4));
    }

    static BloodPressure bloodPressure(Baseline b, SyntheticRandom random) {
        int systolic = clamp((int) Math.round(b.systolic() + random.gaussian(0, 7)), 85, 200);
        int diastolic = clamp((int) Math.round(b.diastolic() + random.gaussian(0, 5)), 45, 115);
        return new BloodPressure(systolic, Math.min(diastolic, systolic - 25));
    }

    static int heartRate(Baseline b, SyntheticRandom random) {
        return clamp((int) Math.round(b.heartRate() + random.gaussian(0, 5)), 45, 130);
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
