package com.portdrill.srs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each formula helper against the value ts-fsrs 5.4.2 returns for the same arguments (default parameters). */
class MemoryModelTest {
    private final MemoryModel model = new MemoryModel(Parameters.defaults());

    @Test
    void roundsHalvesUpToEightDecimalsAsJavaScriptDoes() {
        assertThat(MemoryModel.roundTo8(0.123456785)).isEqualTo(0.12345679);
        assertThat(MemoryModel.roundTo8(-0.000000005)).isEqualTo(-0.0);
        assertThat(MemoryModel.roundTo8(2.5e-9)).isEqualTo(0.0);
        assertThat(MemoryModel.roundTo8(36500)).isEqualTo(36500);
    }

    @Test
    void decayFactorMakesRecallNinetyPercentAfterOneStability() {
        assertThat(model.decayFactor()).isEqualTo(0.98034649, within(0.0));
        assertThat(model.retrievability(10, 10)).isEqualTo(0.9);
        assertThat(model.intervalModifier()).isEqualTo(1.0);
    }

    @Test
    void retrievabilityFollowsTheForgettingCurve() {
        assertThat(model.retrievability(0, 3)).isEqualTo(1.0);
        assertThat(model.retrievability(5, 3.2)).isEqualTo(0.86654559);
        assertThat(model.retrievability(100, 2.5)).isEqualTo(0.56572485);
    }

    @Test
    void initialStabilityIsTheWeightOfTheFirstRating() {
        assertThat(model.initialStability(Rating.AGAIN)).isEqualTo(0.212);
        assertThat(model.initialStability(Rating.GOOD)).isEqualTo(2.3065);
        assertThat(model.initialStability(Rating.EASY)).isEqualTo(8.2956);
    }

    @Test
    void initialDifficultyIsUnclampedSoThatEasyCanFallBelowOne() {
        assertThat(model.initialDifficulty(Rating.AGAIN)).isEqualTo(6.4133);
        assertThat(model.initialDifficulty(Rating.EASY)).isEqualTo(-4.7716307);
    }

    @Test
    void linearDampingShrinksChangesNearTheCeiling() {
        assertThat(model.linearDamping(-3.0194, 7.2)).isEqualTo(-0.93936889);
        assertThat(model.linearDamping(3.0194, 10)).isEqualTo(0.0);
    }

    @Test
    void meanReversionPullsTowardsTheEasyDifficulty() {
        assertThat(model.meanReversion(-4.7716307, 7.5)).isEqualTo(7.48772837);
    }

    @Test
    void nextDifficultyStaysBetweenOneAndTen() {
        assertThat(model.nextDifficulty(5.5, Rating.AGAIN)).isEqualTo(8.50610897);
        assertThat(model.nextDifficulty(10, Rating.AGAIN)).isEqualTo(9.98522837);
        assertThat(model.nextDifficulty(6.4133, Rating.GOOD)).isEqualTo(6.40211507);
        assertThat(model.nextDifficulty(3.2, Rating.HARD)).isEqualTo(5.47107148);
        assertThat(model.nextDifficulty(1, Rating.EASY)).isEqualTo(1.0);
    }

    @Test
    void recallStabilityGrowsMoreForLowerRecallAndIsCapped() {
        assertThat(recall(5.5, 10, 0.9, Rating.HARD)).isEqualTo(22.14296885);
        assertThat(recall(2.1, 3.3, 0.7, Rating.EASY)).isEqualTo(82.37528142);
        assertThat(recall(9, 300, 0.95, Rating.GOOD)).isEqualTo(361.24958838);
        assertThat(recall(1, 30000, 0.5, Rating.EASY)).isEqualTo(36500.0);
    }

    @Test
    void forgetStability() {
        assertThat(model.forgetStability(5.5, 10, 0.85)).isEqualTo(1.50274759);
        assertThat(model.forgetStability(8, 0.5, 0.3)).isEqualTo(0.46561612);
        assertThat(model.forgetStability(1, 36500, 0.99)).isEqualTo(22.36313812);
    }

    @Test
    void shortTermStabilityNeverShrinksOnAPass() {
        assertThat(model.shortTermStability(3, Rating.GOOD)).isEqualTo(3.0);
        assertThat(model.shortTermStability(0.212, Rating.HARD)).isEqualTo(0.212);
        assertThat(model.shortTermStability(50, Rating.EASY)).isEqualTo(69.86661272);
        assertThat(model.shortTermStability(3, Rating.AGAIN)).isEqualTo(0.99084179);
        assertThat(model.shortTermStability(0.001, Rating.AGAIN)).isEqualTo(0.001);
    }

    @Test
    void nextStabilityAfterALapseIsCappedByTheSameDayLevel() {
        // ts-fsrs next_state({d: 5, s: 20}, 4, Again) and ({d: 5, s: 0.5}, 2, Again).
        assertThat(model.nextStability(5, 20, 4, Rating.AGAIN)).isEqualTo(1.72389485);
        assertThat(model.nextStability(5, 0.5, 2, Rating.AGAIN)).isEqualTo(0.21648502);
    }

    @Test
    void nextStabilityOnTheSameDayUsesTheShortTermFormula() {
        assertThat(model.nextStability(5, 50, 0, Rating.EASY)).isEqualTo(model.shortTermStability(50, Rating.EASY));
        assertThat(model.afterPass(5, 50, 0).easy()).isEqualTo(model.shortTermStability(50, Rating.EASY));
    }

    @Test
    void afterPassGivesEachGradesRecallStability() {
        double r = model.retrievability(12, 10);
        MemoryModel.Passed passed = model.afterPass(5.5, 10, 12);
        assertThat(passed.hard()).isEqualTo(recall(5.5, 10, r, Rating.HARD));
        assertThat(passed.good()).isEqualTo(recall(5.5, 10, r, Rating.GOOD)).isEqualTo(passed.of(Rating.GOOD));
        assertThat(passed.easy()).isEqualTo(recall(5.5, 10, r, Rating.EASY));
        assertThat(passed.hard()).isLessThan(passed.good()).isLessThan(passed.easy());
    }

    @Test
    void intervalIsAtLeastADayAndAtMostTheMaximum() {
        assertThat(model.interval(0.001)).isEqualTo(1);
        assertThat(model.interval(2.5)).isEqualTo(3);
        assertThat(model.interval(36500)).isEqualTo(36500);
        MemoryModel shortMax = new MemoryModel(new Parameters(Parameters.DEFAULT_WEIGHTS, 0.9, 100, true,
                Parameters.defaults().learningSteps(), Parameters.defaults().relearningSteps()));
        assertThat(shortMax.interval(365)).isEqualTo(100);
    }

    private double recall(double d, double s, double r, Rating g) {
        return model.recallStability(s, model.recallGrowth(d, s, r), g);
    }
}
