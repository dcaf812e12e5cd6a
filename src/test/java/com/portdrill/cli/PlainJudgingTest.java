package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Outcome;
import com.portdrill.progress.Review;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17's answers, judged end to end in plain mode on cards of the real exam deck. */
class PlainJudgingTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void probeDeck() throws Exception {
        Set<String> ids = Set.of("s2p:20,21", "p2s:22");
        List<Card> cards = DeckFiles.load(Path.of("decks"), "exam").cards().stream()
                .filter(c -> ids.contains(c.id())).toList();
        DeckFiles.writeAll(tmp.resolve("decks"), List.of(new Deck("probe", "Probe", "探针", cards)));
    }

    private CommandRunner study(String input) {
        return CommandRunner.withInput(input, "study", "--plain", "--deck", "probe", "--data-dir",
                tmp.resolve("progress").toString(), "--decks-dir", tmp.resolve("decks").toString(), "--seed", "1");
    }

    private List<Review> journal() {
        try (ProgressStore store = ProgressStore.openReadOnly(tmp.resolve("progress"), Clock.systemUTC()).store()) {
            return List.copyOf(store.reviews());
        }
    }

    @Test
    void aNameWhereANumberIsAskedIsAskedAgainAndAPartGroupSaysWhatIsMissing() {
        CommandRunner r = study("ftp\n20\nSSH (Secure Shell)\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("A port number is wanted here (not scored): type the number.")
                .contains("Wrong — the answer is 20, 21. You said: 20. Missing: 21 (all of 20, 21 are needed).")
                .contains("Correct — SSH is right.");
        assertThat(journal()).extracting(Review::answer).containsExactly("20", "SSH (Secure Shell)");
        assertThat(journal()).extracting(Review::outcome).containsExactly(Outcome.WRONG, Outcome.CORRECT);
    }

    @Test
    void portsAndAndAreWhatALearnerSays() {
        CommandRunner r = study("ports 20 and 21\nsecure shell protocol\n");
        assertThat(r.out()).contains("Correct — 20, 21 is right.").contains("Correct — SSH is right.")
                .doesNotContain("Wrong");
    }
}
