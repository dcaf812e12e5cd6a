package com.portdrill.srs.optimize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The forward-mode gradient is the loss's derivative: checked against central differences on every weight. */
class CardReplayTest {
    private static final long DAY = TrainingSet.DAY_MS;

    /** Cards that go through every branch: same-day steps up and down, lapses, Hard and Easy, long gaps. */
    private static TrainingSet set() {
        SplittableRandom random = new SplittableRandom(5);
        List<LoggedReview> reviews = new ArrayList<>();
        for (int c = 0; c < 160; c++) {
            long t = 1_735_722_000_000L + c * 3_600_000L;
            int[] gaps = {0, 0, 1, 3, 0, 8, 2, 21, 0, 45};
            for (int i = 0; i < gaps.length; i++) {
                t += gaps[i] == 0 ? 600_000L : gaps[i] * DAY;
                // first grades spread over all four, each cohort large enough to pass the outlier filter
                int grade = i == 0 ? 1 + c % 4 : 1 + random.nextInt(4);
                reviews.add(new LoggedReview("c" + c, t, com.portdrill.srs.Rating.ofValue(grade), LoggedReview.UNKNOWN_STATE));
            }
        }
        return TrainingSet.of(reviews);
    }

    private static double loss(TrainingSet set, double[] w) {
        CardReplay replay = new CardReplay(w);
        double loss = 0;
        for (int c = 0; c < set.cards().size(); c++) {
            loss += replay.replay(set.cards().get(c), set.weights(c), null, null);
        }
        return loss;
    }

    @Test
    void theGradientMatchesCentralDifferences() {
        TrainingSet set = set();
        assertThat(set.size()).isGreaterThan(100);
        double[] w = {0.4, 1.8, 3.5, 12, 5.8, 0.7, 2.4, 0.01, 1.6, 0.2, 0.9, 1.7, 0.08, 0.3, 1.9, 0.5, 2.2, 0.4, 0.2, 0.1,
                0.25};
        double[] gradient = new double[CardReplay.N];
        CardReplay replay = new CardReplay(w);
        for (int c = 0; c < set.cards().size(); c++) {
            replay.replay(set.cards().get(c), set.weights(c), gradient, null);
        }
        for (int k = 0; k < CardReplay.N; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(w[k]));
            double[] up = w.clone();
            double[] down = w.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (loss(set, up) - loss(set, down)) / (2 * h);
            assertThat(gradient[k]).as("d loss / d w%d", k).isCloseTo(numeric, within(1e-4 * Math.max(1, Math.abs(numeric))));
        }
    }

    @Test
    void predictionsAreRecallProbabilities() {
        TrainingSet set = set();
        CardReplay replay = new CardReplay(Optimizer.defaults());
        for (int c = 0; c < set.cards().size(); c++) {
            double[] p = new double[set.cards().get(c).ratings().length];
            replay.replay(set.cards().get(c), set.weights(c), null, p);
            for (int i = 0; i < p.length; i++) {
                if (set.weights(c)[i] != 0) {
                    assertThat(p[i]).isStrictlyBetween(0.0, 1.0);
                }
            }
        }
    }
}
