package com.portdrill.tui.term;

import com.portdrill.testing.Installed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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
@Tag("slow") // drives portdrill in tmux
class FullScreenInTmuxTest {
    private static final String EXIT = "PORTDRILL-EXIT:";
    /** What {@code stty -a} says of canonical input and echo once portdrill has left (see {@link #command}). */
    private static final Pattern STTY_MODES = Pattern.compile("(-?icanon) +(-?echo)(\\s|$)", Pattern.MULTILINE);

    @TempDir
    Path data;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Installed.runs("tmux", "-V"), "tmux is not installed");
    }

    /** The shell line tmux runs: portdrill, then its exit code and the terminal's modes once it has left. */
    private String command(String... args) {
        return commandWith("LANG=C.UTF-8", args);
    }

    /** {@link #command} under other environment variables, such as another TERM or locale. */
    private String commandWith(String env, String... args) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String decks = Paths.get("decks").toAbsolutePath().toString();
        return "env " + env + " " + quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp " + quote(cp)
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

    /** The java process running portdrill in this test's pane (not the shell around it, whose line names it too). */
    private ProcessHandle portdrillProcess() {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.startsWith(java) && c.contains(data.toString())).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("the portdrill process was not found"));
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
            assertThat(question).contains("0 done · 20 left");
            t.type("ssh 22");
            t.keys("Enter");
            String feedback = t.waitFor("the verdict and explanation", s -> s.contains("IANA") && s.contains("Rated"));
            assertThat(feedback).containsPattern("Correct|Close|Wrong").contains("Answer:");
            Path journal = data.resolve("journal.jsonl");
            assertThat(Files.readString(journal)).contains("\"answer\":\"ssh 22\"").contains("\"mode\":\"study\"");

            t.resize(60, 20);
            t.waitFor("a redraw at 60 columns", s -> s.lines().anyMatch(l -> l.equals("-".repeat(59))));
            t.resize(100, 30);
            t.waitFor("a redraw at 100 columns", s -> s.lines().anyMatch(l -> l.equals("-".repeat(99))));

            t.keys("Escape");
            t.waitFor("Timed quiz");
            t.keys("C-c");
            assertThat(restored(t)).contains(EXIT + "130");
        }
    }

    @Test
    void choicesMadeInSettingsShapeTheMenusSessionsAndAreThereNextTime() throws IOException {
        try (Tmux t = Tmux.start(80, 24, command())) {
            t.waitFor("answers typed");
            t.keys("o");
            t.waitFor("Answers: typed");
            t.keys("Down", "Down", "Down", "Enter");
            t.waitFor("Answers: multiple choice");
            t.keys("Down", "Right");
            t.waitFor("Quiz length: 120 s");
            t.keys("Up", "Up", "Enter");
            t.waitFor("Deck for study and the quiz: security-plus");
            t.keys("Escape");
            t.waitFor("the menu's summary", s -> s.contains("Deck security-plus · answers multiple choice · quiz 120 s"));
            t.keys("q");
            assertThat(restored(t)).contains(EXIT + "0");
        }
        assertThat(Files.readString(data.resolve("settings.json"))).contains("\"mode\" : \"choice\"")
                .contains("\"quizSeconds\" : 120").contains("\"deck\" : \"security-plus\"");
        try (Tmux t = Tmux.start(80, 24, command())) {
            t.waitFor("Deck security-plus · answers multiple choice · quiz 120 s");
            t.keys("s");
            String question = t.waitFor("Press 1–4 or a–d");
            assertThat(question).contains("Security+");
            t.keys("Escape");
            t.waitFor("Timed quiz");
            t.keys("q");
            assertThat(restored(t)).contains(EXIT + "0");
        }
    }

    @Test
    void sigtermRestoresTheTerminalToo() {
        try (Tmux t = Tmux.start(80, 24, command())) {
            t.waitFor("Timed quiz");
            ProcessHandle portdrill = portdrillProcess();
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
            assertThat(t.waitFor(EXIT)).contains(EXIT + "130");
        }
    }

    @Test
    void theQuizCountdownTicksWhileTypedTextStays() {
        try (Tmux t = Tmux.start(80, 24, command())) {
            t.waitFor("Timed quiz");
            t.keys("t");
            t.waitFor("Press Enter to start the clock");
            t.keys("Enter");
            t.waitFor("Your answer:");
            t.type("abc");
            String first = t.waitFor("the typed text", s -> s.contains("Your answer: abc"));
            String header = first.lines().findFirst().orElseThrow();
            String later = t.waitFor("the countdown to tick", s -> !s.lines().findFirst().orElseThrow().equals(header));
            assertThat(later.lines().findFirst().orElseThrow()).contains("left").isNotEqualTo(header);
            assertThat(later).contains("Your answer: abc");
            assertThat(Arrays.stream(later.split("\n")).filter(l -> l.contains("Your answer:")).count()).isEqualTo(1);
            t.keys("C-c");
            assertThat(t.waitFor(EXIT)).contains(EXIT + "130");
        }
    }

    /** One card of every exam-style kind (issue 15), studied full screen: asked, typed, judged, explained, saved. */
    @Test
    void oneCardOfEveryExamStyleKindIsStudiedFullScreen() throws Exception {
        com.portdrill.deck.Deck deck = com.portdrill.store.DeckFiles.load(Paths.get("decks").toAbsolutePath(), "network-plus");
        for (com.portdrill.deck.Direction kind : com.portdrill.deck.Direction.values()) {
            if (kind.recall()) {
                continue;
            }
            java.util.List<com.portdrill.deck.Card> cards = deck.ofKind(kind).cards();
            try (Tmux t = Tmux.start(200, 40, command("study", "--deck", "network-plus", "--kind", kind.code()))) {
                String question = t.waitFor("Your answer:");
                com.portdrill.deck.Card asked = cards.stream().filter(c -> question.contains(c.promptEn())).findFirst()
                        .orElseThrow(() -> new AssertionError(kind.code() + " asked none of its cards:\n" + question));
                t.type(asked.displayAnswer());
                t.keys("Enter");
                String feedback = t.waitFor(kind.code() + "'s verdict", sc -> sc.contains("Rated") && sc.contains("Note"));
                assertThat(feedback).as(kind.code()).contains("Correct").contains("Source:");
                assertThat(Files.readString(data.resolve("journal.jsonl"))).contains("\"card\":\"" + asked.id() + "\"");
                t.keys("C-c");
                restored(t);
            }
        }
    }

    @Test
    void theQuizCommandRunsFullScreenEndsOnTimeAndKeepsItsResult() throws IOException {
        try (Tmux t = Tmux.start(80, 24, command("quiz", "--seconds", "3", "--mode", "choice"))) {
            t.waitFor("Press Enter to start the clock");
            t.keys("Enter");
            t.waitFor("Press 1–4 or a–d");
            t.keys("1");
            t.type("ab");
            String over = t.waitFor("Time is up");
            assertThat(over).contains("Score").contains("answered").contains("Accuracy");
            t.keys("Enter");
            assertThat(restored(t)).contains(EXIT + "0");
            assertThat(Files.readString(data.resolve("quiz-results.json"))).contains("\"seconds\" : 3")
                    .contains("\"mode\" : \"choice\"");
            assertThat(Files.readString(data.resolve("journal.jsonl"))).contains("\"mode\":\"quiz\"");
        }
    }

    @Test
    void aTinyWindowSaysSoAndAResizeStormEndsInOneCleanFrame() {
        try (Tmux t = Tmux.start(20, 5, command())) {
            t.waitFor("the too-small notice", s -> s.contains("Window") || s.contains("small"));
            for (int i = 0; i < 30; i++) {
                t.resize(40 + (i * 7) % 80, 10 + (i * 3) % 20);
            }
            t.resize(80, 24);
            String menu = t.waitFor("the menu at 80x24", s -> s.contains("Timed quiz") && !s.contains("small"));
            assertThat(menu).doesNotContain("too small");
            assertThat(menu.lines().filter(l -> l.contains("Timed quiz")).count()).isEqualTo(1);
            t.keys("C-c");
            assertThat(restored(t)).contains(EXIT + "130");
        }
    }

    @Test
    void anAnswerPastedInOneBurstIsJudgedOnce() throws IOException {
        try (Tmux t = Tmux.start(80, 24, command("study", "--deck", "well-known", "--limit", "3"))) {
            t.waitFor("Your answer:");
            t.type("ssh 22\r"); // judged on any card: a name and a number
            t.waitFor("the verdict", s -> s.contains("Rated"));
            assertThat(Files.readAllLines(data.resolve("journal.jsonl"))).hasSize(1);
            t.keys("C-c");
            assertThat(restored(t)).contains(EXIT + "130");
        }
    }

    @Test
    void aDumbTerminalGetsPlainModeAndTheMenuAOneLineHint() {
        try (Tmux t = Tmux.start(80, 24, commandWith("LANG=C.UTF-8 TERM=dumb", "study", "--deck", "well-known"))) {
            String plain = t.waitFor("a plain question", s -> s.contains("[0 done · "));
            assertThat(plain).contains("Studying well-known");
            t.keys("C-d");
            assertThat(t.waitFor(EXIT)).contains("Done: 0 answered").contains(EXIT + "0");
        }
        try (Tmux t = Tmux.start(80, 24, commandWith("LANG=C.UTF-8 TERM=dumb"))) {
            assertThat(t.waitFor(EXIT)).contains("the menu needs a terminal").contains(EXIT + "0");
        }
    }

    @Test
    void aTerminalTypeNoTerminfoKnowsIsDrivenAsAnsiAndStillAnswers() throws IOException {
        try (Tmux t = Tmux.start(80, 24, commandWith("LANG=C.UTF-8 TERM=no-such-terminal-here"))) {
            t.waitFor("Timed quiz");
            t.keys("Down", "Up", "Enter");
            t.waitFor("Your answer:");
            t.type("ssh 22");
            t.keys("Enter");
            t.waitFor("the verdict", s -> s.contains("IANA") && s.contains("Rated"));
            t.keys("C-c");
            assertThat(restored(t)).contains(EXIT + "130");
        }
        assertThat(Files.readString(data.resolve("journal.jsonl"))).contains("\"answer\":\"ssh 22\"");
    }

    @Test
    void aNonUtf8LocaleStillDrawsAndLeavesCleanly() {
        try (Tmux t = Tmux.start(80, 24, commandWith("LANG=C LC_ALL=C", "--lang", "zh"))) {
            t.waitFor("退出");
            t.keys("C-c");
            assertThat(restored(t)).contains(EXIT + "130");
        }
    }

    @Test
    void sighupRestoresTheTerminal() {
        try (Tmux t = Tmux.start(80, 24, command())) {
            t.waitFor("Timed quiz");
            ProcessHandle portdrill = portdrillProcess();
            try {
                new ProcessBuilder("kill", "-HUP", Long.toString(portdrill.pid())).start().waitFor();
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
            assertThat(restored(t)).contains(EXIT);
        }
    }
}
