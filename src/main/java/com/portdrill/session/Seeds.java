package com.portdrill.session;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Sessions are values, so they keep a seed rather than a generator: the random of each step is derived from
 * the seed and the step's number, and the same seed asks the same questions in the same way.
 */
final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    static RandomGenerator at(long seed, long step) {
        return new SplittableRandom(seed * GOLDEN_GAMMA + step);
    }
}
