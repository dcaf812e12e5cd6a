package com.portdrill.store;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.session.Scheduling;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.srs.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.portdrill.store.Reviews.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

class FsrsCardStateFoldTest {
    private static final Instant T = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;

    private static JournalLine review(String card, Instant at, Rating r) {
        return new JournalLine(card, at, r, r == Rating.AGAIN ? Outcome.WRONG : Outcome.CORRECT, "a", 1200, StudyMode.STUDY);
    }

    private static JournalLine regrade(String card, Instant at, Rating r) {
        return new JournalLine(card, at, r, r == Rating.AGAIN ? Outcome.WRONG : Outcome.CORRECT, "a", 1200, StudyMode.STUDY,
                JournalLine.Kind.REGRADE);
    }

    @Test
    void answersAtTheSameInstantAreTwoAnswers() {
        CardState twice = fold(new FsrsCardStateFold(), List.of(review("c", T, Rating.AGAIN), review("c", T, Rating.GOOD)));
        assertThat(twice.reps()).isEqualTo(2);
    }

    @Test
    void foldsWithTheSessionsSchedulerAndReplaysTheSameEveryTime() {
        List<JournalLine> reviews = List.of(review("c", T, Rating.GOOD), review("c", T.plusSeconds(600), Rating.GOOD),
                review("c", T.plusSeconds(86_400 * 3), Rating.GOOD), review("c", T.plusSeconds(86_400 * 12), Rating.HARD));
        Scheduler s = Scheduling.scheduler();
        CardState expected = CardState.newCard(T);
        for (JournalLine r : reviews) {
            expected = s.next(expected, r.at(), r.rating());
        }
        assertThat(fold(new FsrsCardStateFold(), reviews)).isEqualTo(expected);
        assertThat(fold(new FsrsCardStateFold(), reviews)).isEqualTo(fold(new FsrsCardStateFold(), reviews));
        assertThat(new FsrsCardStateFold().id()).isEqualTo(Scheduling.FOLD_ID);
    }

    @Test
    void aRegradeReplacesTheAnswerItNames() {
        CardState regraded = fold(new FsrsCardStateFold(), List.of(review("c", T, Rating.GOOD),
                review("c", T.plusSeconds(600), Rating.AGAIN), regrade("c", T.plusSeconds(600), Rating.EASY)));
        CardState direct = fold(new FsrsCardStateFold(), List.of(review("c", T, Rating.GOOD),
                review("c", T.plusSeconds(600), Rating.EASY)));
        assertThat(regraded).isEqualTo(direct);
        assertThat(regraded.reps()).isEqualTo(2);
    }

    @Test
    void theStoreFoldsItsJournalWithIt() {
        try (ProgressStore store = ProgressStore.open(dir, CLOCK).store()) {
            store.append(review("x", T, Rating.GOOD));
            store.append(review("y", T, Rating.AGAIN));
            Map<String, CardState> states = store.cardStates(new FsrsCardStateFold());
            assertThat(states.get("x")).isEqualTo(Scheduling.scheduler().next(CardState.newCard(T), T, Rating.GOOD));
            store.append(regrade("y", T, Rating.GOOD));
            assertThat(states.get("y")).as("re-graded live")
                    .isEqualTo(Scheduling.scheduler().next(CardState.newCard(T), T, Rating.GOOD));
        }
        try (ProgressStore again = ProgressStore.open(dir, CLOCK).store()) {
            assertThat(again.cardStates(new FsrsCardStateFold()).get("y"))
                    .isEqualTo(Scheduling.scheduler().next(CardState.newCard(T), T, Rating.GOOD));
        }
    }

    private static CardState fold(CardStateFold f, List<JournalLine> reviews) {
        CardState s = null;
        for (JournalLine r : reviews) {
            s = f.next(s == null ? CardState.newCard(r.at()) : s, r);
        }
        return s;
    }
}
