package com.portdrill.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bench count below 1 is a usage error naming the command's counts, before anything is measured. */
class BenchCountsTest {
    @Test
    void eachBenchNamesItsOwnCountsInOneLineAndExitsTwo() {
        String[][] lines = {{"bench", "save", "--reviews", "0"}, {"bench", "scan", "--repeat", "-1"},
                {"bench", "startup", "--runs", "0"}, {"bench", "optimize", "--runs", "0"}};
        String[] said = {"portdrill: --answers and --reviews must be at least 1",
                "portdrill: --ports and --repeat must be at least 1", "portdrill: --runs must be at least 1", "portdrill: --runs must be at least 1"};
        for (int i = 0; i < lines.length; i++) {
            CommandRunner r = CommandRunner.run(lines[i]);
            assertThat(r.exitCode()).as(String.join(" ", lines[i])).isEqualTo(2);
            assertThat(r.err().lines().findFirst()).as(String.join(" ", lines[i])).hasValue(said[i]);
            assertThat(r.out()).as(String.join(" ", lines[i])).isEmpty();
        }
    }
}
