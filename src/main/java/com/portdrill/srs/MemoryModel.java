package com.portdrill.srs;

/**
 * FSRS-6's formulas, one helper per term, each computed in ts-fsrs 5.4.2's order of operations with its
 * rounding to 8 decimals, and with {@link StrictMath} so that the doubles match V8's (both are fdlibm).
 */
final class MemoryModel {
    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36500;

    private final double[] w;
    private final double expW8;
    private final boolean shortTerm;
    private final double decay;
    private final double decayFactor;
    private final double intervalModifier;
    /** D0(Easy), the target of mean reversion; computed once since it depends on the weights alone. */
    private final double easyInitialDifficulty;
    private final int maximumInterval;

    MemoryModel(Parameters parameters) {
        w = parameters.weights().stream().mapToDouble(Double::doubleValue).toArray();
        shortTerm = parameters.enableShortTerm();
        maximumInterval = parameters.maximumInterval();
        decay = -w[20];
        expW8 = StrictMath.exp(w[8]);
        decayFactor = roundTo8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1);
        intervalModifier = roundTo8((StrictMath.pow(parameters.desiredRetention(), 1 / decay) - 1) / decayFactor);
        easyInitialDifficulty = initialDifficulty(Rating.EASY);
    }

    /** ts-fsrs's {@code roundTo(x, 8)}: Java's Math.round, like JavaScript's, rounds halves up. */
    static double roundTo8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /** FACTOR = 0.9^(1/DECAY) − 1, which makes R(S, S) = 0.9. */
    double decayFactor() {
        return decayFactor;
    }

    /** (r^(1/DECAY) − 1) / FACTOR: the interval, in stabilities, at which recall falls to the desired retention. */
    double intervalModifier() {
        return intervalModifier;
    }

    /** R(t, S) = (1 + FACTOR · t / S)^DECAY. */
    double retrievability(double elapsedDays, double stability) {
        return roundTo8(StrictMath.pow(1 + decayFactor * elapsedDays / stability, decay));
    }

    /** S0(G) = w[G−1], at least 0.1. */
    double initialStability(Rating g) {
        return Math.max(w[g.value() - 1], 0.1);
    }

    /** D0(G) = w4 − e^((G−1)·w5) + 1, unclamped (mean reversion uses D0(Easy) below 1). */
    double initialDifficulty(Rating g) {
        return roundTo8(w[4] - StrictMath.exp((g.value() - 1) * w[5]) + 1);
    }

    /** ΔD · (10 − D) / 9: a change that shrinks as difficulty nears its ceiling. */
    double linearDamping(double deltaDifficulty, double oldDifficulty) {
        return roundTo8(deltaDifficulty * (10 - oldDifficulty) / 9);
    }

    /** w7 · D0(Easy) + (1 − w7) · D: pulls difficulty slowly back towards that of an easy card. */
    double meanReversion(double init, double current) {
        return roundTo8(w[7] * init + (1 - w[7]) * current);
    }

    /** D' = clamp(meanReversion(D0(4), D + linearDamping(−w6 · (G − 3), D)), 1, 10). */
    double nextDifficulty(double d, Rating g) {
        double deltaDifficulty = -w[6] * (g.value() - 3);
        double next = d + linearDamping(deltaDifficulty, d);
        return clamp(meanReversion(easyInitialDifficulty, next), 1, 10);
    }

    /** The part of S'r that all passing grades share: e^w8 · (11 − D) · S^−w9 · (e^((1−R)·w10) − 1). */
    double recallGrowth(double d, double s, double r) {
        return expW8 * (11 - d) * StrictMath.pow(s, -w[9]) * (StrictMath.exp((1 - r) * w[10]) - 1);
    }

    /** S'r = S · (1 + growth · hardPenalty · easyBonus), the stability after a successful recall. */
    double recallStability(double s, double growth, Rating g) {
        double hardPenalty = g == Rating.HARD ? w[15] : 1;
        double easyBonus = g == Rating.EASY ? w[16] : 1;
        return roundTo8(clamp(s * (1 + growth * hardPenalty * easyBonus), MIN_STABILITY, MAX_STABILITY));
    }

    /** S'f = w11 · D^−w12 · ((S + 1)^w13 − 1) · e^((1−R)·w14). */
    double forgetStability(double d, double s, double r) {
        return roundTo8(clamp(
                w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1) * StrictMath.exp((1 - r) * w[14]),
                MIN_STABILITY, MAX_STABILITY));
    }

    /** S's = S · S^−w19 · e^(w17 · (G − 3 + w18)), never shrinking on a pass. */
    double shortTermStability(double s, Rating g) {
        double increase = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g.value() - 3 + w[18]));
        double masked = g.value() >= Rating.HARD.value() ? Math.max(increase, 1) : increase;
        return roundTo8(clamp(s * masked, MIN_STABILITY, MAX_STABILITY));
    }

    /**
     * The stability after a review {@code t} calendar days after the last: short-term on the same day, else the
     * forget or the recall formula at the recall probability of that moment. After a lapse it never exceeds
     * S / e^(w17 · w18), the level a same-day Again would keep.
     */
    double nextStability(double d, double s, long t, Rating g) {
        if (t == 0 && shortTerm) {
            return shortTermStability(s, g);
        }
        double r = retrievability(t, s);
        if (g == Rating.AGAIN) {
            double afterFail = forgetStability(d, s, r);
            double sameDayFloor = shortTerm ? s / StrictMath.exp(w[17] * w[18]) : s;
            return clamp(roundTo8(sameDayFloor), MIN_STABILITY, afterFail);
        }
        return recallStability(s, recallGrowth(d, s, r), g);
    }

    /** The stabilities after Hard, Good and Easy, computing what they share once. */
    Passed afterPass(double d, double s, long t) {
        if (t == 0 && shortTerm) {
            return new Passed(shortTermStability(s, Rating.HARD), shortTermStability(s, Rating.GOOD),
                    shortTermStability(s, Rating.EASY));
        }
        double growth = recallGrowth(d, s, retrievability(t, s));
        return new Passed(recallStability(s, growth, Rating.HARD), recallStability(s, growth, Rating.GOOD),
                recallStability(s, growth, Rating.EASY));
    }

    /** Stabilities after each passing grade. */
    record Passed(double hard, double good, double easy) {
        double of(Rating g) {
            return g == Rating.HARD ? hard : g == Rating.GOOD ? good : easy;
        }
    }

    /** I(S) = clamp(round(S · intervalModifier), 1, maximum interval), in days, before any fuzz. */
    long interval(double stability) {
        return Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
    }
}
