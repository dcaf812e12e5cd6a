package com.portdrill.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17's small things that bite, end to end. */
class SmallThingsTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyDataDirIsAUsageErrorAndWritesNothingHere() throws Exception {
        CommandRunner r = CommandRunner.withInput("ssh\n", "study", "--plain", "--data-dir", "", "--deck", "network-plus");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("portdrill: --data-dir needs a folder; give one, or leave the option out for the default\n");
        assertThat(Files.exists(Path.of("journal.jsonl"))).isFalse();
        assertThat(CommandRunner.run("stats", "--data-dir", "").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void statsOnAFolderThatDoesNotExistSaysSoOnStandardError() {
        Path missing = tmp.resolve("no-such-folder");
        CommandRunner r = CommandRunner.run("stats", "--data-dir", missing.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("no progress in " + missing + ": the folder does not exist");
        assertThat(r.out()).contains("Statistics");
    }

    @Test
    void helpNamesACommand() {
        CommandRunner r = CommandRunner.run("help", "explain");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: portdrill explain");
        assertThat(CommandRunner.run("help").out()).startsWith("Usage: portdrill");
    }

    @Test
    void exportAnkiRefusesToOverwriteUnlessForcedAndKeepsTheBacksLinesApart() throws Exception {
        Path file = tmp.resolve("anki.txt");
        Files.writeString(file, "mine");
        CommandRunner refused = CommandRunner.run("export", "anki", file.toString(), "--deck", "network-plus");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(refused.err()).contains("exists; add --force to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("mine");
        CommandRunner forced = CommandRunner.run("export", "anki", file.toString(), "--deck", "network-plus", "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.out()).matches("wrote \\d+ notes to " + java.util.regex.Pattern.quote(file.toString()) + "\n");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\tPort 22: which service?\t\"SSH\nIANA: ");
        assertThat(text).contains("\nDocument: ").doesNotContain(" | IANA: ");
    }
}
