package com.portdrill.store;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.Corrections;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.session.Scheduling;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.srs.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static com.portdrill.store.Reviews.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal written before lines named their corrections (schema 1, {@code store/journal-schema1.jsonl}, lines as
 * that version encoded them): p2s:22 answered Again, then re-graded Good at the same millisecond; s2p:80 answered;
 * p2s:22 answered Good a day later.
 */
class OldJournalTest {
    private static final Instant T = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;

    private Path oldJournal() throws IOException {
        Path data = dir.resolve("progress");
        Files.createDirectories(data);
        try (InputStream in = OldJournalTest.class.getResourceAsStream("/store/journal-schema1.jsonl")) {
            Files.write(data.resolve("journal.jsonl"), in.readAllBytes());
        }
        return data;
    }

    @Test
    void aSameMillisecondLineOfAnOldJournalIsReadAsTheReGradeItWas() throws IOException {
        Path data = oldJournal();
        try (ProgressStore store = ProgressStore.open(data, CLOCK).store()) {
            List<JournalLine> lines = store.reviews();
            assertThat(lines).extracting(JournalLine::kind).containsExactly(JournalLine.Kind.ANSWER, JournalLine.Kind.REGRADE,
                    JournalLine.Kind.ANSWER, JournalLine.Kind.ANSWER);
            assertThat(Corrections.apply(lines)).extracting(JournalLine::cardId, JournalLine::rating).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("p2s:22", Rating.GOOD),
                    org.assertj.core.groups.Tuple.tuple("s2p:80", Rating.GOOD),
                    org.assertj.core.groups.Tuple.tuple("p2s:22", Rating.GOOD));
            Scheduler s = Scheduling.scheduler();
            CardState regraded = s.next(s.next(CardState.newCard(T), T, Rating.GOOD), T.plusSeconds(86_400), Rating.GOOD);
            assertThat(store.cardStates(new FsrsCardStateFold()).get("p2s:22")).isEqualTo(regraded);
        }
    }

    @Test
    void aNewAnswerAtTheMillisecondOfAnOldLineIsAnAnswerAndBothReadTheSameFromTheCache() throws IOException {
        Path data = oldJournal();
        Instant last = T.plusSeconds(60);
        try (ProgressStore store = ProgressStore.open(data, CLOCK).store()) {
            store.append(new JournalLine("s2p:80", last, Rating.AGAIN, Outcome.WRONG, "smtp", 700, StudyMode.DRILL));
            assertThat(store.reviews()).extracting(JournalLine::kind).containsExactly(JournalLine.Kind.ANSWER,
                    JournalLine.Kind.REGRADE, JournalLine.Kind.ANSWER, JournalLine.Kind.ANSWER, JournalLine.Kind.ANSWER);
        }
        assertThat(Files.readAllLines(data.resolve("journal.jsonl")).get(4)).startsWith("{\"v\":2,");
        for (int open = 0; open < 2; open++) {
            try (ProgressStore again = ProgressStore.open(data, CLOCK).store()) {
                assertThat(again.reviews()).as("opening %d", open).extracting(JournalLine::kind).containsExactly(
                        JournalLine.Kind.ANSWER, JournalLine.Kind.REGRADE, JournalLine.Kind.ANSWER, JournalLine.Kind.ANSWER,
                        JournalLine.Kind.ANSWER);
                assertThat(again.cardStates(new FsrsCardStateFold()).get("s2p:80").reps()).isEqualTo(2);
            }
        }
    }
}
