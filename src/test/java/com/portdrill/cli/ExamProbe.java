package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.progress.Review;
import com.portdrill.srs.CardState;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.FsrsReviewFold;
import com.portdrill.store.ProgressStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A deck of two real exam cards (FTP's group and port 22) in a folder of its own, studied in plain mode. */
record ExamProbe(Path dir) {
    static ExamProbe in(Path dir) throws IOException {
        Set<String> ids = Set.of("s2p:20,21", "p2s:22");
        List<Card> cards = DeckFiles.load(Path.of("decks"), "exam").cards().stream()
                .filter(c -> ids.contains(c.id())).toList();
        DeckFiles.writeAll(dir.resolve("decks"), List.of(new Deck("probe", "Probe", "探针", cards)));
        return new ExamProbe(dir);
    }

    CommandRunner study(String input) {
        return CommandRunner.withInput(input, "study", "--plain", "--deck", "probe", "--data-dir",
                dir.resolve("progress").toString(), "--decks-dir", dir.resolve("decks").toString(), "--seed", "1");
    }

    List<Review> journal() {
        try (ProgressStore store = ProgressStore.openReadOnly(dir.resolve("progress"), Clock.systemUTC()).store()) {
            return List.copyOf(store.reviews());
        }
    }

    Map<String, CardState> states() {
        try (ProgressStore store = ProgressStore.openReadOnly(dir.resolve("progress"), Clock.systemUTC()).store()) {
            return Map.copyOf(store.cardStates(new FsrsReviewFold()));
        }
    }
}
