package com.portdrill.cli;

import com.portdrill.deck.AnswerJudge;
import com.portdrill.deck.Card;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.deck.Judgement;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewed corpus in {@code judge/corpus.tsv}, judged against the cards the real data builds, passes in full. */
class JudgeCorpusTest {
    private static final Map<String, Card> CARDS = new HashMap<>();
    private static List<String[]> rows;

    @BeforeAll
    static void load() throws IOException {
        new DeckBuilder(DeckBuilder.DECK_SEED).build(CatalogueFiles.load(), DeckDataFiles.load())
                .forEach(d -> d.cards().forEach(c -> CARDS.putIfAbsent(c.id(), c)));
        try (InputStream in = JudgeCorpusTest.class.getResourceAsStream("/judge/corpus.tsv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        }
    }

    @Test
    void holdsAtLeastThreeHundredWellFormedRowsOfEveryVerdict() {
        Set<String> verdicts = new TreeSet<>();
        // Listed by id alone: the map of every built card would bury which rows name a card that is gone.
        Set<String> unknownCards = new TreeSet<>();
        for (String[] row : rows) {
            assertThat(row).as(String.join(" | ", row)).hasSize(4);
            if (!CARDS.containsKey(row[0])) {
                unknownCards.add(row[0]);
            }
            verdicts.add(row[2]);
        }
        assertThat(unknownCards).as("card ids no deck builds").isEmpty();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(verdicts).containsExactly("close", "correct", "unscored", "wrong");
    }

    @Test
    void everyRowGetsItsVerdict() {
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            Card card = CARDS.get(row[0]);
            String got = card == null ? "no such card" : verdict(AnswerJudge.judge(card, row[1]));
            if (!got.equals(row[2])) {
                failures.add(row[0] + " '" + row[1] + "': " + got + ", expected " + row[2] + " (" + row[3] + ")");
            }
        }
        assertThat(failures).as(failures.size() + " of " + rows.size() + " rows").isEmpty();
    }

    private static String verdict(Judgement j) {
        if (j instanceof Judgement.Judged judged) {
            return judged.outcome().name().toLowerCase(Locale.ROOT);
        }
        return j instanceof Judgement.WrongKind ? "unscored" : "blank";
    }
}
