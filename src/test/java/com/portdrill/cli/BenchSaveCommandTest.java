package com.portdrill.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchSaveCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheFiguresTheIssueAsksForAndCleansUp() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Grammar.tree();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("bench", "save", "--answers", "20", "--reviews", "2500", "--dir", dir.toString());

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines().toList()).satisfiesExactly(
                l -> assertThat(l).matches("answer save: median \\d+\\.\\d{3} ms p99 \\d+\\.\\d{3} ms \\(n=20\\)"),
                l -> assertThat(l).matches("bare append\\+force: median \\d+\\.\\d{3} ms p99 \\d+\\.\\d{3} ms \\(n=20\\)"),
                l -> assertThat(l).matches("save/bare ratio: median \\d+\\.\\d{2} p99 \\d+\\.\\d{2}"),
                l -> assertThat(l).matches("open progress: 2500 reviews in \\d+ ms"),
                l -> assertThat(l).startsWith("open progress without snapshot and review cache: 2500 reviews in "));
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
