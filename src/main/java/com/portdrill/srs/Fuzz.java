package com.portdrill.srs;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Where the fuzz factor of one review comes from: one factor in [0, 1) places all of that review's intervals. */
public sealed interface Fuzz permits Fuzz.Off, Fuzz.Drawn, Fuzz.PerReview {

    /** The factor for reviewing {@code before} at {@code now}, or empty when intervals are not fuzzed. */
    OptionalDouble factor(CardState before, Instant now);

    /** Intervals exactly as computed, as in the comparison with ts-fsrs. */
    static Fuzz off() {
        return new Off();
    }

    /** Each factor is the generator's next double: deterministic for a seeded generator and a fixed review order. */
    static Fuzz from(RandomGenerator generator) {
        return new Drawn(generator);
    }

    /**
     * Each factor depends only on the seed and the review (its time, the card's memory and review count), as
     * ts-fsrs seeds its own: replaying a card's reviews from any point gives the same due dates again.
     */
    static Fuzz perReview(long seed) {
        return new PerReview(seed);
    }

    record Off() implements Fuzz {
        @Override
        public OptionalDouble factor(CardState before, Instant now) {
            return OptionalDouble.empty();
        }
    }

    record Drawn(RandomGenerator generator) implements Fuzz {
        @Override
        public OptionalDouble factor(CardState before, Instant now) {
            return OptionalDouble.of(generator.nextDouble());
        }
    }

    record PerReview(long seed) implements Fuzz {
        private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

        @Override
        public OptionalDouble factor(CardState before, Instant now) {
            long memory = Double.doubleToLongBits(before.difficulty() * before.stability());
            long key = ((seed * GOLDEN_GAMMA + now.toEpochMilli()) * GOLDEN_GAMMA + before.reps() + 1) * GOLDEN_GAMMA + memory;
            return OptionalDouble.of(new SplittableRandom(key).nextDouble());
        }
    }
}
