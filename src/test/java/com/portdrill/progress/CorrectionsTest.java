package com.portdrill.progress;

import com.portdrill.deck.Outcome;
import com.portdrill.srs.Rating;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static Review line(String card, Instant at, Outcome o, Rating r, Review.Kind kind) {
        return new Review(card, at, r, o, "x", 900, StudyMode.STUDY, kind);
    }

    @Test
    void anOverrulingTakesThePlaceOfTheAnswerItNamesAndAnUndoPutsItBack() {
        Review wrong = line("p2s:22", T, Outcome.WRONG, Rating.AGAIN, Review.Kind.ANSWER);
        Review other = line("p2s:53", T.plusSeconds(5), Outcome.CORRECT, Rating.GOOD, Review.Kind.ANSWER);
        Review overrule = line("p2s:22", T, Outcome.CORRECT, Rating.GOOD, Review.Kind.OVERRULE);
        Review undo = line("p2s:22", T, Outcome.WRONG, Rating.AGAIN, Review.Kind.UNDO);
        assertThat(Corrections.apply(List.of(wrong, other, overrule))).containsExactly(overrule, other);
        assertThat(Corrections.apply(List.of(wrong, overrule, other, undo))).containsExactly(undo, other);
    }

    @Test
    void aReGradeReplacesTheAnswerButAnAnswerAtTheSameMillisecondIsAnotherAnswer() {
        Review first = line("p2s:22", T, Outcome.WRONG, Rating.AGAIN, Review.Kind.ANSWER);
        Review regrade = line("p2s:22", T, Outcome.WRONG, Rating.HARD, Review.Kind.REGRADE);
        Review later = line("p2s:22", T.plusSeconds(60), Outcome.CORRECT, Rating.GOOD, Review.Kind.ANSWER);
        assertThat(Corrections.apply(List.of(first, regrade, later))).containsExactly(regrade, later);
        Review again = line("p2s:22", T, Outcome.CORRECT, Rating.GOOD, Review.Kind.ANSWER);
        assertThat(Corrections.apply(List.of(first, again))).containsExactly(first, again);
        assertThat(Corrections.corrects(first, again)).isFalse();
    }

    @Test
    void aCorrectionThatNamesNoAnswerCountsForNothing() {
        Review answer = line("p2s:22", T, Outcome.WRONG, Rating.AGAIN, Review.Kind.ANSWER);
        Review stray = line("p2s:22", T.minusSeconds(1), Outcome.CORRECT, Rating.GOOD, Review.Kind.OVERRULE);
        Review elsewhere = line("p2s:53", T, Outcome.CORRECT, Rating.GOOD, Review.Kind.OVERRULE);
        assertThat(Corrections.apply(List.of(answer, stray, elsewhere))).containsExactly(answer);
        assertThat(Corrections.corrects(answer, stray)).isFalse();
    }
}
