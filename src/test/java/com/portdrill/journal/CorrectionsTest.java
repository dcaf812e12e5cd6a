package com.portdrill.journal;

import com.portdrill.deck.Outcome;
import com.portdrill.srs.Rating;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static JournalLine line(String card, Instant at, Outcome o, Rating r, JournalLine.Kind kind) {
        return new JournalLine(card, at, r, o, "x", 900, StudyMode.STUDY, kind);
    }

    @Test
    void anOverrulingTakesThePlaceOfTheAnswerItNamesAndAnUndoPutsItBack() {
        JournalLine wrong = line("p2s:22", T, Outcome.WRONG, Rating.AGAIN, JournalLine.Kind.ANSWER);
        JournalLine other = line("p2s:53", T.plusSeconds(5), Outcome.CORRECT, Rating.GOOD, JournalLine.Kind.ANSWER);
        JournalLine overrule = line("p2s:22", T, Outcome.CORRECT, Rating.GOOD, JournalLine.Kind.OVERRULE);
        JournalLine undo = line("p2s:22", T, Outcome.WRONG, Rating.AGAIN, JournalLine.Kind.UNDO);
        assertThat(Corrections.apply(List.of(wrong, other, overrule))).containsExactly(overrule, other);
        assertThat(Corrections.apply(List.of(wrong, overrule, other, undo))).containsExactly(undo, other);
    }

    @Test
    void aReGradeReplacesTheAnswerButAnAnswerAtTheSameMillisecondIsAnotherAnswer() {
        JournalLine first = line("p2s:22", T, Outcome.WRONG, Rating.AGAIN, JournalLine.Kind.ANSWER);
        JournalLine regrade = line("p2s:22", T, Outcome.WRONG, Rating.HARD, JournalLine.Kind.REGRADE);
        JournalLine later = line("p2s:22", T.plusSeconds(60), Outcome.CORRECT, Rating.GOOD, JournalLine.Kind.ANSWER);
        assertThat(Corrections.apply(List.of(first, regrade, later))).containsExactly(regrade, later);
        JournalLine again = line("p2s:22", T, Outcome.CORRECT, Rating.GOOD, JournalLine.Kind.ANSWER);
        assertThat(Corrections.apply(List.of(first, again))).containsExactly(first, again);
        assertThat(Corrections.corrects(first, again)).isFalse();
    }

    @Test
    void aCorrectionThatNamesNoAnswerCountsForNothing() {
        JournalLine answer = line("p2s:22", T, Outcome.WRONG, Rating.AGAIN, JournalLine.Kind.ANSWER);
        JournalLine stray = line("p2s:22", T.minusSeconds(1), Outcome.CORRECT, Rating.GOOD, JournalLine.Kind.OVERRULE);
        JournalLine elsewhere = line("p2s:53", T, Outcome.CORRECT, Rating.GOOD, JournalLine.Kind.OVERRULE);
        assertThat(Corrections.apply(List.of(answer, stray, elsewhere))).containsExactly(answer);
        assertThat(Corrections.corrects(answer, stray)).isFalse();
    }
}
