package com.portdrill.cli;

import com.portdrill.journal.StudyMode;
import com.portdrill.store.ProgressStore;
import com.portdrill.testing.KillNine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the real plain mode ({@code portdrill drill --plain}, fed answers through a pipe as fast as it takes
 * them) at seeded instants: every answer whose feedback was printed must be in the journal, because plain mode
 * prints feedback only after the store has forced the answer to disk.
 */
@Tag("slow") // kills portdrill with kill -9, three times
class PlainCrashTest {
    private static final int RUNS = 3;

    @TempDir
    Path dir;

    @Test
    void everyAnswerWithFeedbackSurvivesKillNine() throws Exception {
        Random random = new Random(20261124L);
        int acknowledged = 0;
        for (int run = 0; run < RUNS; run++) {
            int seen = killDuringAnswers(run, random.nextInt(150));
            assertThat(seen).as("run %d printed feedback before the kill", run).isPositive();
            acknowledged += seen;
            try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC()).store()) {
                assertThat(store.reviewCount()).as("after run %d", run).isGreaterThanOrEqualTo(acknowledged);
                assertThat(store.reviews()).allMatch(r -> r.mode() == StudyMode.DRILL);
                acknowledged = store.reviewCount();
            }
        }
    }

    private int killDuringAnswers(int run, int delayMs) throws Exception {
        List<String> args = List.of("drill", "--plain", "--data-dir", dir.toString(), "--decks-dir",
                Path.of("decks").toAbsolutePath().toString(), "--seed", Integer.toString(run));
        return KillNine.acknowledgedBeforeKill(Main.class, args, n -> "x 1",
                line -> line.startsWith("Correct ") || line.startsWith("Close ") || line.startsWith("Wrong "), delayMs)
                .size();
    }
}
