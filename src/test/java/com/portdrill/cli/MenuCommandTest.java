package com.portdrill.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code portdrill} with no command, off a terminal (as under a test runner or in a pipe). */
class MenuCommandTest {
    @TempDir
    Path data;

    @Test
    void withoutATerminalTheMenuIsOneLineNamingTheCommands() {
        CommandRunner r = CommandRunner.run("--data-dir", data.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.out()).contains("the menu needs a terminal").contains("study").contains("quiz").contains("explain");
        assertThat(r.out()).doesNotContain("\u001b");
    }

    @Test
    void plainIsHonouredEvenOnATerminal() {
        CommandRunner r = CommandRunner.run("--plain", "--data-dir", data.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--plain was given");
    }
}
