package com.portdrill.cli;

import com.portdrill.deck.Outcome;
import com.portdrill.progress.Review;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17's answers, judged end to end in plain mode on cards of the real exam deck. */
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
        assertThat(probe.journal()).extracting(Review::answer).containsExactly("20", "SSH (Secure Shell)");
        assertThat(probe.journal()).extracting(Review::outcome).containsExactly(Outcome.WRONG, Outcome.CORRECT);
    }

    @Test
    void portsAndAndAreWhatALearnerSays() {
        CommandRunner r = probe.study("ports 20 and 21\nsecure shell protocol\n");
        assertThat(r.out()).contains("Correct — 20, 21 is right.").contains("Correct — SSH is right.")
                .doesNotContain("Wrong");
    }
}
