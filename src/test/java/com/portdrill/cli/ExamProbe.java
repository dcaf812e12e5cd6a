package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.FsrsCardStateFold;
import com.portdrill.store.ProgressStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deck of two real Network+ cards (FTP's group and port 22), taken from the built {@code network-plus} tier, in a
 * folder of its own, studied in plain mode.
 */
record ExamProbe(Path dir) {
    static ExamProbe in(Path dir) throws IOException {
        Set<String> ids = Set.of("s2p:20,21", "p2s:22");
        List<Card> cards = DeckFiles.load(Path.of("decks"), "network-plus").cards().stream()
                .filter(c -> ids.contains(c.id())).toList();
        if (cards.size() != ids.size()) {
            // A probe short of a card would test a different session, and its failures would say nothing of why.
            throw new IllegalStateException("network-plus lacks one of " + ids + "; rebuild decks/ or pick its new id");
        }
        DeckFiles.writeAll(dir.resolve("decks"), List.of(new Deck("probe", "Probe", "探针", cards)));
        return new ExamProbe(dir);
    }

    CommandRunner study(String input) {
        return CommandRunner.withInput(input, "study", "--plain", "--deck", "probe", "--data-dir",
                dir.resolve("progress").toString(), "--decks-dir", dir.resolve("decks").toString(), "--seed", "1");
    }

    List<JournalLine> journal() {
        try (ProgressStore store = ProgressStore.openReadOnly(dir.resolve("progress"), Clock.systemUTC()).store()) {
            return List.copyOf(store.reviews());
        }
    }

    Map<String, CardState> states() {
        try (ProgressStore store = ProgressStore.openReadOnly(dir.resolve("progress"), Clock.systemUTC()).store()) {
            return Map.copyOf(store.cardStates(new FsrsCardStateFold()));
        }
    }
}
