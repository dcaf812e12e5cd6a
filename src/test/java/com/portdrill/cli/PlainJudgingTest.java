package com.portdrill.cli;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.MissedCards;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's answers, judged end to end in plain mode on cards of the real Network+ deck, and "I was right": {@code :right}
 * overrules the last answer, {@code :undo} takes it back, {@code :q} stops.
 */
class PlainJudgingTest {
    @TempDir
    Path tmp;
    ExamProbe probe;

    @BeforeEach
    void probeDeck() throws Exception {
        probe = ExamProbe.in(tmp);
    }

    @Test
    void aNameWhereANumberIsAskedIsAskedAgainAndAPartGroupSaysWhatIsMissing() {
        CommandRunner r = probe.study("ftp\n20\nSSH (Secure Shell)\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("A port number is wanted here (not scored): type the number.")
                .contains("Wrong — the answer is 20, 21. You said: 20. Missing: 21 (all of 20, 21 are needed).")
                .contains("Correct — SSH is right.");
        assertThat(probe.journal()).extracting(JournalLine::answer).containsExactly("20", "SSH (Secure Shell)");
        assertThat(probe.journal()).extracting(JournalLine::outcome).containsExactly(Outcome.WRONG, Outcome.CORRECT);
    }

    @Test
    void portsAndAndAreWhatALearnerSays() {
        CommandRunner r = probe.study("ports 20 and 21\nsecure shell protocol\n");
        assertThat(r.out()).contains("Correct — 20, 21 is right.").contains("Correct — SSH is right.")
                .doesNotContain("Wrong");
    }

    @Test
    void rightOverrulesTheLastAnswerWithALineThatNamesItAndItCountsAsCorrectEverywhere() {
        CommandRunner r = probe.study("21 22\n:right\nssh\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("(:right if you were right)")
                .contains("Overruled: \"21 22\" counts as correct, rated Good. Type :undo to take it back.")
                .contains("Done: 2 answered, 2 correct, 0 close, 0 wrong");
        List<JournalLine> lines = probe.journal();
        assertThat(lines).hasSize(3);
        JournalLine answer = lines.get(0);
        JournalLine overrule = lines.get(1);
        assertThat(answer.kind()).isEqualTo(JournalLine.Kind.ANSWER);
        assertThat(answer.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(overrule.kind()).isEqualTo(JournalLine.Kind.OVERRULE);
        assertThat(List.of(overrule.cardId(), overrule.at(), overrule.answer()))
                .isEqualTo(List.of(answer.cardId(), answer.at(), "21 22"));
        assertThat(List.of(overrule.outcome(), overrule.rating())).isEqualTo(List.of(Outcome.CORRECT, Rating.GOOD));
        assertThat(MissedCards.of(lines)).isEmpty();
        CardState state = probe.states().get("s2p:20,21");
        assertThat(state.reps()).isEqualTo(1);
        assertThat(state.lapses()).isZero();
        assertThat(state.lastReview()).isEqualTo(answer.at());
    }

    @Test
    void undoTakesTheOverrulingBackAndTheAnswerIsMissedAgain() {
        CommandRunner r = probe.study("21\n:right\n:undo\n:q\nnever stored\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Undone: \"21\" counts as it was judged, rated Again.")
                .contains("Done: 1 answered, 0 correct, 0 close, 1 wrong");
        List<JournalLine> lines = probe.journal();
        assertThat(lines).extracting(JournalLine::kind)
                .containsExactly(JournalLine.Kind.ANSWER, JournalLine.Kind.OVERRULE, JournalLine.Kind.UNDO);
        assertThat(lines).extracting(JournalLine::answer).doesNotContain(":q", "never stored");
        assertThat(MissedCards.of(lines)).extracting(MissedCards.Missed::cardId).containsExactly("s2p:20,21");
    }

    @Test
    void aRightAnswerOrNoAnswerHasNothingToOverrule() {
        CommandRunner r = probe.study(":right\n20 21\n:right\n");
        assertThat(r.out()).contains("Nothing to overrule").doesNotContain("Overruled");
        assertThat(probe.journal()).extracting(JournalLine::kind).containsOnly(JournalLine.Kind.ANSWER);
    }
}
