package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Outcome;
import com.portdrill.progress.Review;
import com.portdrill.session.MissedCards;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.FsrsReviewFold;
import com.portdrill.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** "I was right" in plain mode: {@code :right} overrules the last answer, {@code :undo} takes it back, {@code :q} stops. */
class OverruleTest {
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

    private Map<String, CardState> states() {
        try (ProgressStore store = ProgressStore.openReadOnly(tmp.resolve("progress"), Clock.systemUTC()).store()) {
            return Map.copyOf(store.cardStates(new FsrsReviewFold()));
        }
    }

    @Test
    void rightOverrulesTheLastAnswerWithALineThatNamesItAndItCountsAsCorrectEverywhere() {
        CommandRunner r = study("21 22\n:right\nssh\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("(:right if you were right)")
                .contains("Overruled: \"21 22\" counts as correct, rated Good. Type :undo to take it back.")
                .contains("Done: 2 answered, 2 correct, 0 close, 0 wrong");
        List<Review> lines = journal();
        assertThat(lines).hasSize(3);
        Review answer = lines.get(0);
        Review overrule = lines.get(1);
        assertThat(answer.kind()).isEqualTo(Review.Kind.ANSWER);
        assertThat(answer.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(overrule.kind()).isEqualTo(Review.Kind.OVERRULE);
        assertThat(List.of(overrule.cardId(), overrule.at(), overrule.answer()))
                .isEqualTo(List.of(answer.cardId(), answer.at(), "21 22"));
        assertThat(List.of(overrule.outcome(), overrule.rating())).isEqualTo(List.of(Outcome.CORRECT, Rating.GOOD));
        assertThat(MissedCards.of(lines)).isEmpty();
        CardState state = states().get("s2p:20,21");
        assertThat(state.reps()).isEqualTo(1);
        assertThat(state.lapses()).isZero();
        assertThat(state.lastReview()).isEqualTo(answer.at());
    }

    @Test
    void undoTakesTheOverrulingBackAndTheAnswerIsMissedAgain() {
        CommandRunner r = study("21\n:right\n:undo\n:q\nnever stored\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Undone: \"21\" counts as it was judged, rated Again.")
                .contains("Done: 1 answered, 0 correct, 0 close, 1 wrong");
        List<Review> lines = journal();
        assertThat(lines).extracting(Review::kind)
                .containsExactly(Review.Kind.ANSWER, Review.Kind.OVERRULE, Review.Kind.UNDO);
        assertThat(lines).extracting(Review::answer).doesNotContain(":q", "never stored");
        assertThat(MissedCards.of(lines)).extracting(MissedCards.Missed::cardId).containsExactly("s2p:20,21");
    }

    @Test
    void aRightAnswerOrNoAnswerHasNothingToOverrule() {
        CommandRunner r = study(":right\n20 21\n:right\n");
        assertThat(r.out()).contains("Nothing to overrule").doesNotContain("Overruled");
        assertThat(journal()).extracting(Review::kind).containsOnly(Review.Kind.ANSWER);
    }
}
