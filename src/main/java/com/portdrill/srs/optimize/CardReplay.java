package com.portdrill.srs.optimize;

import java.util.Arrays;

/**
 * FSRS-6's memory model as fsrs-rs trains it (no rounding, stability within [0.001, 36500], difficulty within
 * [1, 10], same-day reviews through w17–w19), replayed over one card's reviews. Besides the predicted recall at
 * each item it can carry the derivatives of stability and difficulty with respect to all 21 weights along the
 * card (forward-mode differentiation), so that one pass gives the loss and its gradient for every item of the card.
 */
final class CardReplay {
    static final int N = 21;
    private static final double S_MIN = 0.001;
    private static final double S_MAX = 36500;
    private static final double LN_09 = Math.log(0.9);
    /** Predictions are kept off 0 and 1 so that a log loss stays finite. */
    private static final double P_EPS = 1e-9;

    private final double[] w;
    private final double decay;
    private final double factor;
    private final double factorByW20;
    private final double expW8;
    private final double easyDifficulty;
    private final double easyDifficultyByW5;
    private final double sameDayFloor;

    // the state and its derivatives; scratch arrays reused from card to card
    private double s;
    private double d;
    private final double[] ds = new double[N];
    private final double[] dd = new double[N];
    private final double[] directS = new double[N];
    private final double[] directD = new double[N];
    // the recall probability at the current step and its derivatives
    private double r;
    private double rByS;
    private double rByW20;

    CardReplay(double[] weights) {
        this.w = weights;
        decay = -w[20];
        double e = Math.exp(LN_09 / decay);
        factor = e - 1;
        factorByW20 = e * LN_09 / (w[20] * w[20]);
        expW8 = Math.exp(w[8]);
        double e3 = Math.exp(3 * w[5]);
        easyDifficulty = w[4] - e3 + 1;
        easyDifficultyByW5 = -3 * e3;
        sameDayFloor = Math.exp(-w[17] * w[18]);
    }

    /**
     * Replays {@code card}; for every position with a non-zero weight adds the weighted log loss to the result and,
     * when {@code gradient} is given, its gradient to it; when {@code predictions} is given, stores the predicted
     * recall there at each item's position.
     */
    double replay(TrainingSet.Card card, double[] weights, double[] gradient, double[] predictions) {
        boolean grads = gradient != null;
        int[] ratings = card.ratings();
        int[] days = card.days();
        start(ratings[0], grads);
        double loss = 0;
        for (int i = 1; i < ratings.length; i++) {
            recall(days[i]);
            double weight = weights[i];
            if (weight != 0) {
                double p = Math.min(Math.max(r, P_EPS), 1 - P_EPS);
                boolean recalled = ratings[i] > 1;
                loss -= weight * Math.log(recalled ? p : 1 - p);
                if (predictions != null) {
                    predictions[i] = r;
                }
                if (grads) {
                    double byP = -weight * (recalled ? 1 / p : -1 / (1 - p));
                    double byS = byP * rByS;
                    for (int k = 0; k < N; k++) {
                        gradient[k] += byS * ds[k];
                    }
                    gradient[20] += byP * rByW20;
                }
            }
            if (i + 1 < ratings.length) {
                step(days[i], ratings[i], grads);
            }
        }
        return loss;
    }

    /** S0 = w[G−1], D0 = w4 − e^(w5·(G−1)) + 1, each clamped. */
    private void start(int g, boolean grads) {
        if (grads) {
            Arrays.fill(ds, 0);
            Arrays.fill(dd, 0);
        }
        s = w[g - 1];
        if (s < S_MIN || s > S_MAX) {
            s = Math.min(Math.max(s, S_MIN), S_MAX);
        } else if (grads) {
            ds[g - 1] = 1;
        }
        double e = Math.exp(w[5] * (g - 1));
        d = w[4] - e + 1;
        if (d < 1 || d > 10) {
            d = Math.min(Math.max(d, 1), 10);
        } else if (grads) {
            dd[4] = 1;
            dd[5] = -(g - 1) * e;
        }
    }

    /** R(t, S) = (1 + FACTOR · t / S)^DECAY, with its derivatives by S and by w20. */
    private void recall(int t) {
        double base = 1 + factor * t / s;
        r = Math.exp(decay * Math.log(base));
        rByS = r * w[20] * factor * t / (s * s * base);
        rByW20 = r * (-Math.log(base) - w[20] * (t / s) * factorByW20 / base);
    }

    /** Moves the state over the review {@code t} days after the last, graded {@code g} (recall() was called for t). */
    private void step(int t, int g, boolean grads) {
        if (grads) {
            Arrays.fill(directS, 0);
            Arrays.fill(directD, 0);
        }
        double sByS;
        double sByD = 0;
        double newS;
        if (t == 0) {
            double e = Math.exp(w[17] * (g - 3 + w[18]));
            double sinc = e * Math.pow(s, -w[19]);
            if (g >= 2 && sinc < 1) {
                newS = s;
                sByS = 1;
            } else {
                newS = s * sinc;
                sByS = sinc * (1 - w[19]);
                directS[17] = newS * (g - 3 + w[18]);
                directS[18] = newS * w[17];
                directS[19] = -newS * Math.log(s);
            }
        } else if (g == 1) {
            double a = Math.pow(d, -w[12]);
            double sp1 = Math.pow(s + 1, w[13]);
            double b = sp1 - 1;
            double c = Math.exp((1 - r) * w[14]);
            double fail = w[11] * a * b * c;
            double floor = s * sameDayFloor;
            if (fail < floor) {
                newS = fail;
                double byR = -w[14] * fail;
                sByS = w[11] * a * c * w[13] * sp1 / (s + 1) + byR * rByS;
                sByD = -w[12] * fail / d;
                directS[11] = a * b * c;
                directS[12] = -fail * Math.log(d);
                directS[13] = w[11] * a * c * sp1 * Math.log(s + 1);
                directS[14] = fail * (1 - r);
                directS[20] = byR * rByW20;
            } else {
                newS = floor;
                sByS = sameDayFloor;
                directS[17] = -floor * w[18];
                directS[18] = -floor * w[17];
            }
        } else {
            double hard = g == 2 ? w[15] : 1;
            double easy = g == 4 ? w[16] : 1;
            double sp = Math.pow(s, -w[9]);
            double ex = Math.exp((1 - r) * w[10]);
            double core = expW8 * (11 - d) * sp * hard * easy;
            double growth = core * (ex - 1);
            newS = s * (1 + growth);
            double byR = -s * core * ex * w[10];
            sByS = 1 + growth * (1 - w[9]) + byR * rByS;
            sByD = -s * expW8 * sp * (ex - 1) * hard * easy;
            directS[8] = s * growth;
            directS[9] = -s * growth * Math.log(s);
            directS[10] = s * core * ex * (1 - r);
            if (g == 2) {
                directS[15] = s * expW8 * (11 - d) * sp * (ex - 1) * easy;
            }
            if (g == 4) {
                directS[16] = s * expW8 * (11 - d) * sp * (ex - 1) * hard;
            }
            directS[20] = byR * rByW20;
        }
        boolean sClamped = newS < S_MIN || newS > S_MAX;
        newS = Math.min(Math.max(newS, S_MIN), S_MAX);

        double toward = w[6] * (g - 3) / 9;
        double d1 = d - toward * (10 - d);
        double d2 = w[7] * easyDifficulty + (1 - w[7]) * d1;
        boolean dClamped = d2 < 1 || d2 > 10;
        double newD = Math.min(Math.max(d2, 1), 10);
        if (grads) {
            double dByD = (1 - w[7]) * (1 + toward);
            directD[6] = -(1 - w[7]) * (g - 3) * (10 - d) / 9;
            directD[7] = easyDifficulty - d1;
            directD[4] = w[7];
            directD[5] = w[7] * easyDifficultyByW5;
            for (int k = 0; k < N; k++) {
                double nextS = sClamped ? 0 : sByS * ds[k] + sByD * dd[k] + directS[k];
                dd[k] = dClamped ? 0 : dByD * dd[k] + directD[k];
                ds[k] = nextS;
            }
        }
        s = newS;
        d = newD;
    }
}
