package com.portdrill.srs.optimize;

import com.portdrill.srs.Rating;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The review log as fsrs-rs trains on it: which reviews are predicted, in what order, with what weight. */
class TrainingSetTest {
    private static final long T0 = 1_735_722_000_000L; // 2025-01-01 09:00 UTC
    private static final long DAY = TrainingSet.DAY_MS;

    private static LoggedReview r(String card, long t, int grade, int state) {
        return new LoggedReview(card, t, Rating.ofValue(grade), state);
    }

    /** {@code n} cards first graded {@code grade}, then Good after {@code gap} days and again 5 days later. */
    private static List<LoggedReview> cohort(String prefix, int n, int grade, int gap, long start) {
        List<LoggedReview> reviews = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            long t = start + c * 60_000L;
            reviews.add(r(prefix + c, t, grade, 0));
            reviews.add(r(prefix + c, t + gap * DAY, 3, 2));
            reviews.add(r(prefix + c, t + (gap + 5) * DAY, 3, 2));
        }
        return reviews;
    }

    @Test
    void onlyReviewsADayOrMoreAfterTheLastArePredictedAndSameDayStepsStayInTheHistory() {
        List<LoggedReview> reviews = new ArrayList<>(cohort("a", 30, 3, 2, T0));
        reviews.add(r("x", T0, 1, 0));
        reviews.add(r("x", T0 + 60_000, 3, 1));
        TrainingSet set = TrainingSet.of(reviews);
        // card x never had a review a day later, so it predicts nothing
        assertThat(set.size()).isEqualTo(60);
        assertThat(set.initializationSize()).isEqualTo(30);
        assertThat(set.cardCount()).isEqualTo(30);
    }

    @Test
    void rareFirstIntervalsAreSetAsideWithTheirCards() {
        List<LoggedReview> reviews = new ArrayList<>(cohort("common", 25, 3, 2, T0));
        reviews.addAll(cohort("rare", 3, 3, 9, T0 + 3_600_000));
        TrainingSet set = TrainingSet.of(reviews);
        // 28 cards with grade 3 first: the 3 with a 9-day first interval are the 5% (at least 20) dropped first,
        // then 25 of 28 pass the threshold and, being six or more within 100 days, stay
        assertThat(set.cardCount()).isEqualTo(25);
        assertThat(set.size()).isEqualTo(50);
    }

    @Test
    void firstLongTermReviewsComeFirstThenLaterReviewsInTimeWithRecencyWeights() {
        TrainingSet set = TrainingSet.of(cohort("a", 30, 3, 2, T0));
        List<TrainingSet.Item> items = set.items();
        assertThat(items.subList(0, 30)).allSatisfy(i -> assertThat(i.position()).isEqualTo(1));
        assertThat(items.subList(30, 60)).allSatisfy(i -> assertThat(i.position()).isEqualTo(2));
        assertThat(items.get(0).weight()).isEqualTo(0.25);
        assertThat(items.get(59).weight()).isEqualTo(1.0);
        assertThat(items.get(30).weight()).isCloseTo(0.25 + 0.75 * Math.pow(30 / 59.0, 3), within(1e-12));
    }

    @Test
    void aCardResetInTheLogStartsAtItsLastLearningRun() {
        List<LoggedReview> reviews = new ArrayList<>(cohort("a", 30, 3, 2, T0));
        // learnt, reviewed, then reset to new and learnt again: only the second run counts
        reviews.add(r("reset", T0, 1, 0));
        reviews.add(r("reset", T0 + 4 * DAY, 3, 2));
        reviews.add(r("reset", T0 + 10 * DAY, 3, 0));
        reviews.add(r("reset", T0 + 12 * DAY, 4, 2));
        TrainingSet set = TrainingSet.of(reviews);
        TrainingSet.Card reset = set.cards().stream().filter(c -> c.times()[0] == T0 + 10 * DAY).findFirst().orElseThrow();
        assertThat(reset.ratings()).containsExactly(3, 4);
        assertThat(reset.days()).containsExactly(0, 2);
    }

    @Test
    void everyJournalAnswerItIsGivenCountsEvenAtTheSameInstant() {
        // Corrections are collapsed before the optimiser sees the journal (journal.Corrections), so two rows at
        // one instant are two answers.
        List<LoggedReview> journal = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            long t = T0 + c * 60_000L;
            journal.add(r("j" + c, t, 1, LoggedReview.UNKNOWN_STATE));
            journal.add(r("j" + c, t, 3, LoggedReview.UNKNOWN_STATE));
            journal.add(r("j" + c, t + 2 * DAY, 3, LoggedReview.UNKNOWN_STATE));
        }
        TrainingSet set = TrainingSet.of(journal);
        assertThat(set.cards()).hasSize(30).allSatisfy(c -> assertThat(c.ratings()).containsExactly(1, 3, 3));
    }

    @Test
    void initialStabilitiesAreOrderedAndFilledAsFsrsRsDoes() {
        double[] filled = InitialStability.smoothAndFill(Map.of(1, 0.4, 3, 2.3, 4, 10.9), Map.of(1, 1, 2, 1, 3, 1, 4, 1));
        assertThat(filled).containsExactly(new double[]{0.4, 0.8052433, 2.3, 10.9}, within(1e-6));
        double[] swapped = InitialStability.smoothAndFill(Map.of(1, 3.0, 2, 2.0, 3, 4.0, 4, 9.0),
                Map.of(1, 10, 2, 2, 3, 5, 4, 5));
        assertThat(swapped[1]).as("the grade with fewer reviews takes the other's value").isEqualTo(3.0);
    }

    @Test
    void tooFewReviewsKeepTheDefaultsAndFewFitOnlyTheInitialStabilities() {
        TrainingSet tiny = TrainingSet.of(cohort("a", 3, 3, 2, T0));
        assertThat(Optimizer.fit(tiny, new java.util.SplittableRandom(1)).stage()).isEqualTo(Optimizer.Stage.DEFAULTS);
        TrainingSet few = TrainingSet.of(cohort("a", 25, 3, 2, T0));
        assertThat(few.size()).isEqualTo(50);
        Optimizer.Fit fit = Optimizer.fit(few, new java.util.SplittableRandom(1));
        assertThat(fit.stage()).isEqualTo(Optimizer.Stage.INITIAL_STABILITY);
        assertThat(fit.weights().subList(4, 21)).isEqualTo(com.portdrill.srs.Parameters.DEFAULT_WEIGHTS.subList(4, 21));
    }
}
