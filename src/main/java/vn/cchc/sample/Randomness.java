package vn.cchc.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Random numbers addressed by a key. The same seed and key always give the same stream, whatever
 * was drawn before: the value of one agency in one quarter does not depend on which reports were
 * generated first, so a half-year's flow is exactly the sum of its quarters' and a small run
 * ({@code --provinces 3}) gives the same files for those provinces as a national one.
 */
final class Randomness {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long seed;

    Randomness(long seed) {
        this.seed = seed;
    }

    /** A fresh generator for the key; its parts are joined with a separator no key part contains. */
    RandomGenerator stream(Object... key) {
        long h = FNV_OFFSET;
        for (Object part : key) {
            for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * FNV_PRIME;
            }
            h = (h ^ 0x1f) * FNV_PRIME;
        }
        return new SplittableRandom(mix(seed ^ mix(h)));
    }

    double uniform(double low, double high, Object... key) {
        return low + (high - low) * stream(key).nextDouble();
    }

    boolean chance(double probability, Object... key) {
        return stream(key).nextDouble() < probability;
    }

    <T> T pick(List<T> options, Object... key) {
        return options.get(stream(key).nextInt(options.size()));
    }

    /** SplitMix64's finaliser: neighbouring keys give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
