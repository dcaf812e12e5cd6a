package com.portdrill.tui.term;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real program in a real terminal: portdrill runs in tmux, keys are sent, the screen is read back.
 * Skipped only where tmux is missing ({@code .ci/run} installs it).
 */
class FullScreenInTmuxTest {
    private static final String EXIT = "PORTDRILL-EXIT:";
    /** What {@code stty -a} says of canonical input and echo once portdrill has left (see {@link #command}). */
    private static final Pattern STTY_MODES = Pattern.compile("(-?icanon) +(-?echo)(\\s|$)", Pattern.MULTILINE);

    @TempDir
    Path data;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed");
    }

    /** The shell line tmux runs: portdrill, then its exit code and the terminal's modes once it has left. */
    private String command(String... args) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String decks = Paths.get("decks").toAbsolutePath().toString();
        return "env LANG=C.UTF-8 " + quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp " + quote(cp)
                + " com.portdrill.cli.Main --data-dir " + quote(data.toString()) + " --decks-dir " + quote(decks)
                + " --seed 7 " + String.join(" ", args)
                + "; echo " + EXIT + "$?; stty -a | tr '\\n' ' ' | grep -o -- '-\\?icanon\\|-\\?echo ' | tr '\\n' ' '; echo; sleep 60";
    }

    /**
     * Waits for portdrill to have left and checks the terminal is as it found it: the normal screen (the menu gone
     * with the alternate screen) and line mode with echo back on.
     */
    private static String restored(Tmux t) {
        String after = t.waitFor("the exit and the terminal's modes", s -> s.contains(EXIT) && STTY_MODES.matcher(s).find());
        assertThat(after).doesNotContain("Timed quiz");
        Matcher modes = STTY_MODES.matcher(after);
        assertThat(modes.find()).isTrue();
        assertThat(modes.group(1) + " " + modes.group(2)).isEqualTo("icanon echo");
        return after;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void studyJudgesExplainsAndSavesAnAnswerRedrawsOnResizeAndCtrlCRestoresTheTerminal() throws IOException {
        try (Tmux t = Tmux.start(80, 24, command())) {
            t.waitFor("Timed quiz");
            t.keys("s");
            String question = t.waitFor("Your answer:");
            assertThat(question).contains("1/");
            t.type("ssh");
            t.keys("Enter");
            String feedback = t.waitFor("the verdict and explanation", s -> s.contains("IANA") && s.contains("Rated"));
            assertThat(feedback).containsPattern("Correct|Close|Wrong").contains("Answer:");
            Path journal = data.resolve("journal.jsonl");
            assertThat(Files.readString(journal)).contains("\"answer\":\"ssh\"").contains("\"mode\":\"study\"");

            t.resize(60, 20);
            t.waitFor("a redraw at 60 columns", s -> s.lines().anyMatch(l -> l.equals("-".repeat(59))));
            t.resize(100, 30);
            t.waitFor("a redraw at 100 columns", s -> s.lines().anyMatch(l -> l.equals("-".repeat(99))));

            t.keys("Escape");
            t.waitFor("Timed quiz");
            t.keys("C-c");
            assertThat(restored(t)).contains(EXIT + "0");
        }
    }

    @Test
    void sigtermRestoresTheTerminalToo() {
        try (Tmux t = Tmux.start(80, 24, command())) {
            t.waitFor("Timed quiz");
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            ProcessHandle portdrill = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.startsWith(java) && c.contains(data.toString())).orElse(false))
                    .findFirst().orElseThrow(() -> new AssertionError("the portdrill process was not found"));
            assertThat(portdrill.destroy()).as("SIGTERM sent").isTrue();
            assertThat(restored(t)).contains(EXIT);
        }
    }

    @Test
    void chineseInterfaceWithLangZhWideTypingAndNoColour() {
        try (Tmux t = Tmux.start(80, 24, command("--lang", "zh", "--no-color"))) {
            String menu = t.waitFor("学习（间隔重复）");
            assertThat(menu).contains("限时测验").contains("退出");
            assertThat(t.screenWithAttributes()).as("no colour under --no-color")
                    .doesNotContainPattern("\u001b\\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|38;|48;)[0-9;]*m");
            t.keys("l");
            t.waitFor("端口或服务：");
            t.type("域名系统");
            t.keys("BSpace", "BSpace");
            t.waitFor("端口或服务：域名");
            t.keys("C-u");
            t.waitFor("the cleared query", s -> s.lines().anyMatch(l -> l.strip().equals("端口或服务：")));
            t.type("53");
            t.keys("Enter");
            t.waitFor("端口 53");
            t.keys("C-c");
            assertThat(t.waitFor(EXIT)).contains(EXIT + "0");
        }
    }

    @Test
    void theQuizCountdownTicksWhileTypedTextStays() {
        try (Tmux t = Tmux.start(80, 24, command())) {
            t.waitFor("Timed quiz");
            t.keys("t");
            t.waitFor("left");
            t.type("abc");
            String first = t.waitFor("the typed text", s -> s.contains("Your answer: abc"));
            String header = first.lines().findFirst().orElseThrow();
            String later = t.waitFor("the countdown to tick", s -> !s.lines().findFirst().orElseThrow().equals(header));
            assertThat(later.lines().findFirst().orElseThrow()).contains("left").isNotEqualTo(header);
            assertThat(later).contains("Your answer: abc");
            assertThat(Arrays.stream(later.split("\n")).filter(l -> l.contains("Your answer:")).count()).isEqualTo(1);
            t.keys("C-c");
            assertThat(t.waitFor(EXIT)).contains(EXIT + "0");
        }
    }
}
