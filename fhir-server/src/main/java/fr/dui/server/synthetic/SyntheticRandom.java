package fr.dui.server.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness of the generator: a {@link SplittableRandom} whose seed is derived from the
 * population seed and a path (establishment, usager, subject), so that each part of the population is the same
 * whatever was generated before it.
 */
public final class SyntheticRandom {

    private final SplittableRandom random;

    private SyntheticRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A generator for the part of the population named by {@code path} under {@code seed}. */
    public static SyntheticRandom of(long seed, long... path) {
        long mixed = mix(seed ^ 0x5DEECE66DL);
        for (long part : path) {
            mixed = mix(mixed ^ mix(part + 0x9E3779B97F4A7C15L));
        }
        return new SyntheticRandom(mixed);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An integer in [min, max]. */
    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** True with the given probability. */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    /** A normal draw (Box-Muller), for measurements around a person's own baseline. */
    public double gaussian(double mean, double standardDeviation) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return mean + standardDeviation * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index drawn with the given weights. */
    public int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
