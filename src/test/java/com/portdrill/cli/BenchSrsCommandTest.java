package com.portdrill.cli;

import com.portdrill.srs.GoldenFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchSrsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Grammar.tree();
        cli.setParameterExceptionHandler(Failures::onUsageError);
        cli.setExecutionExceptionHandler(Failures::onFailure);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsTheScriptsLinesAndDumpsTheSameRows(@TempDir Path dir) throws IOException {
        Path dump = dir.resolve("rows.jsonl");
        int code = run("bench", "srs", "--cards", "20", "--reviews", "20", "--seed", "7", "--repeat", "3",
                "--dump", dump.toString(), "--dump-cards", "20");
        assertThat(code).isZero();
        assertThat(out.toString().lines())
                .filteredOn(line -> line.startsWith("run ")).hasSize(3)
                .allMatch(line -> line.matches("run \\d: 400 reviews in \\d+\\.\\d ms = \\d+ reviews/s"));
        assertThat(out.toString()).containsPattern("(?m)^median reviews/s: \\d+$")
                .contains("cards=20 reviews=20 seed=7 fuzz=off")
                .containsPattern("(?m)^checksum stability_sum=\\S+ \\(0x[0-9a-f]{16}\\) difficulty_sum=\\S+ \\(0x[0-9a-f]{16}\\) due_ms_sum=\\d+$");
        assertThat(Files.readAllLines(dump)).containsExactlyElementsOf(GoldenFiles.lines("ts-fsrs-seed7-20x20.jsonl"));
    }

    @Test
    void theSeedIsPortdrillsGlobalSeedWhereverItIsGiven() {
        run("--seed", "7", "bench", "srs", "--cards", "3", "--reviews", "4");
        String before = out.toString();
        out.getBuffer().setLength(0);
        run("bench", "srs", "--cards", "3", "--reviews", "4", "--seed", "7");
        assertThat(checksum(out.toString())).isEqualTo(checksum(before));
        assertThat(before).contains("seed=7");
    }

    @Test
    void refusesAZeroRepeatAsAUsageError() {
        assertThat(run("bench", "srs", "--repeat", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--repeat at least 1");
    }

    @Test
    void anUnwritableDumpIsOneLineAndExitOne(@TempDir Path dir) {
        Path dump = dir.resolve("missing").resolve("rows.jsonl");
        assertThat(run("bench", "srs", "--cards", "2", "--dump", dump.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("portdrill: cannot write");
    }

    private static String checksum(String output) {
        return output.lines().filter(l -> l.startsWith("checksum")).findFirst().orElseThrow();
    }
}
