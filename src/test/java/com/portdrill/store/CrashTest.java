package com.portdrill.store;

import com.portdrill.journal.JournalLine;
import com.portdrill.testing.KillNine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static com.portdrill.store.Reviews.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process that is saving answers as fast as it can, at seeded random instants, and checks that every
 * answer it acknowledged is in the journal and that the folder opens cleanly afterwards.
 */
@Tag("slow") // kills a JVM with kill -9, eight times
class CrashTest {
    private static final int RUNS = 8;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAnswerSurvivesKillNine() throws Exception {
        Random random = new Random(20261124L);
        int acknowledgedInAll = 0;
        Set<String> everAcknowledged = new HashSet<>();
        for (int run = 0; run < RUNS; run++) {
            Set<String> acknowledged = killDuringAnswers("run" + run, random.nextInt(150));
            assertThat(acknowledged).as("run %d acknowledged answers before the kill", run).isNotEmpty();
            everAcknowledged.addAll(acknowledged);
            acknowledgedInAll += acknowledged.size();

            ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
            assertThat(opened.warnings()).as("run %d opens cleanly", run).isEmpty();
            List<JournalLine> reviews = opened.store().reviews();
            Set<String> stored = new HashSet<>();
            for (JournalLine r : reviews) {
                stored.add(r.cardId());
            }
            assertThat(stored).containsAll(everAcknowledged);
            opened.store().close();
        }
        assertThat(acknowledgedInAll).isGreaterThanOrEqualTo(RUNS);
    }

    private Set<String> killDuringAnswers(String prefix, int delayMs) throws Exception {
        Set<String> acknowledged = new HashSet<>();
        for (String line : KillNine.acknowledgedBeforeKill(CrashVictim.class, List.of(dir.toString(), prefix),
                Integer::toString, line -> line.startsWith("Correct "), delayMs)) {
            acknowledged.add(prefix + "-" + line.substring("Correct ".length()));
        }
        return acknowledged;
    }
}
