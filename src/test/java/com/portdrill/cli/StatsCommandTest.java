package com.portdrill.cli;

import com.portdrill.deck.Outcome;
import com.portdrill.progress.Review;
import com.portdrill.progress.StudyMode;
import com.portdrill.srs.Rating;
import com.portdrill.store.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new PortdrillCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(args)).isEqualTo(ExitCode.OK);
        return out.toString();
    }

    @Test
    void reportsTheAnswersStoredWhileAnotherCopyHoldsTheLock() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T17:00:00Z"), ZoneOffset.UTC);
        try (ProgressStore store = ProgressStore.open(dir, clock).store()) {
            for (int i = 0; i < 3; i++) {
                store.append(new Review("c" + i, clock.instant(), Rating.GOOD, Outcome.CORRECT, "80", 900,
                        StudyMode.STUDY));
            }
            assertThat(run("stats", "--json", "--data-dir", dir.toString())).isEqualTo("{\"reviews\":3}" + System.lineSeparator());
            assertThat(run("--data-dir", dir.toString(), "stats")).contains("Answers stored: 3");
        }
    }

    @Test
    void anEmptyFolderHasNoReviewsAndIsNotCreated() {
        Path none = dir.resolve("none");
        assertThat(run("stats", "--json", "--data-dir", none.toString())).startsWith("{\"reviews\":0}");
        assertThat(none).doesNotExist();
    }
}
