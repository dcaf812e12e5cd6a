package com.portdrill.cli;

import com.portdrill.bench.StartupBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** bench startup stops its clock on the first question plain study prints: the pattern must know that line. */
class BenchStartupCommandTest {
    @TempDir
    Path data;

    @Test
    void theFirstQuestionPatternMatchesTheLinePlainStudyPrintsAndNoOther() {
        CommandRunner r = CommandRunner.run("study", "--plain", "--data-dir", data.toString(), "--seed", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(Arrays.stream(lines).filter(l -> StartupBench.FIRST_QUESTION.matcher(l).find()))
                .as(r.out()).hasSize(1);
        assertThat(StartupBench.FIRST_QUESTION.matcher(lines[0]).find()).as("the session's heading").isFalse();
    }
}
