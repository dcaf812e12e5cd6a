package com.portdrill.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QuickStart} reads a line exactly as picocli does, or leaves it to picocli: for thousands of lines, valid
 * and not (a fresh picocli tree for each), every line it accepts gives the command picocli would run with every option field equal, and a command
 * that fails says the same line with the same exit code either way.
 */
class QuickStartTest {
    @TempDir
    Path tmp;

    /** One option as the user may type it: {@code --name value}, {@code --name=value}, or a flag. */
    private record Opt(String name, List<String> values, boolean flag) {
        static Opt flag(String name) {
            return new Opt(name, List.of(), true);
        }

        static Opt valued(String name, String... values) {
            return new Opt(name, List.of(values), false);
        }

        List<String> tokens(SplittableRandom random) {
            if (flag) {
                return List.of(name);
            }
            String v = values.get(random.nextInt(values.size()));
            return random.nextBoolean() ? List.of(name, v) : List.of(name + "=" + v);
        }
    }

    private static final List<Opt> GLOBAL = List.of(
            Opt.valued("--lang", "en", "zh", "EN", "Zh", "eN"),
            Opt.flag("--plain"),
            Opt.valued("--data-dir", "/tmp/x", "rel/dir", "a=b", "with space", "漢字"),
            Opt.valued("--decks-dir", "deck-folder", "/d d", "./decks"),
            Opt.valued("--seed", "7", "+7", "0", "007", "9223372036854775807"),
            Opt.flag("--no-color"));

    private static final Map<String, List<Opt>> OWN = new LinkedHashMap<>();

    static {
        Opt deck = Opt.valued("--deck", "exam", "well-known", "x y", "../up", "trojans");
        Opt mode = Opt.valued("--mode", "typed", "CHOICE", "Flip", "choice", "tYpEd");
        OWN.put("", List.of());
        OWN.put("study", List.of(deck, mode, Opt.valued("--limit", "0", "20", "+3", "007", "2147483647")));
        OWN.put("quiz", List.of(deck, mode, Opt.valued("--seconds", "1", "60", "3600", "0", "99999")));
        OWN.put("review", List.of(mode));
        OWN.put("drill", List.of(deck, mode));
    }

    /** A valid line: some global options before the command, the rest and its own options after, shuffled. */
    private static List<String> validLine(SplittableRandom random) {
        List<String> commands = new ArrayList<>(OWN.keySet());
        String command = commands.get(random.nextInt(commands.size()));
        List<List<String>> before = new ArrayList<>();
        List<List<String>> after = new ArrayList<>();
        for (Opt o : GLOBAL) {
            if (random.nextInt(3) > 0) {
                continue;
            }
            (command.isEmpty() || random.nextBoolean() ? before : after).add(o.tokens(random));
        }
        for (Opt o : OWN.get(command)) {
            if (random.nextBoolean()) {
                after.add(o.tokens(random));
            }
        }
        shuffle(before, random);
        shuffle(after, random);
        List<String> line = new ArrayList<>();
        before.forEach(line::addAll);
        if (!command.isEmpty()) {
            line.add(command);
        }
        after.forEach(line::addAll);
        return line;
    }

    private static final List<String> ODD_TOKENS = List.of("--help", "-h", "-V", "--version", "--", "--bogus", "-x",
            "--plain=true", "--no-color=false", "--lang", "fr", "", "-5", "-1", "@args", "study", "quiz", "catalogue",
            "explain", "22", "stats", "--json", "--limit", "--seconds=", "--deck=", "--mode=shout", "--seed=x",
            "--seed=99999999999999999999", "--limit=many", "--limit=-1", "--data-dir=\0", "--mode=flip", "--lang=ZH",
            "--Plain", "-hV", "--deck=--plain", "--runs", "--lang=en", "--plain", "--deck", "x", "STUDY", "--seed=-3",
            "--limit=٣", "--seconds=1_0", "--mode=ＴＹＰＥＤ", "--lang=zh ", "help");

    /** A valid line with something odd done to it: a token put in, one dropped, or one given twice. */
    private static List<String> oddLine(SplittableRandom random) {
        List<String> line = new ArrayList<>(validLine(random));
        int changes = 1 + random.nextInt(2);
        for (int c = 0; c < changes; c++) {
            int what = random.nextInt(3);
            if (what == 0 || line.isEmpty()) {
                line.add(random.nextInt(line.size() + 1), ODD_TOKENS.get(random.nextInt(ODD_TOKENS.size())));
            } else if (what == 1) {
                line.remove(random.nextInt(line.size()));
            } else {
                line.add(random.nextInt(line.size() + 1), line.get(random.nextInt(line.size())));
            }
        }
        return line;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** What picocli would run for the line, set up by a whole fresh tree as {@link PicocliMain} configures it. */
    private static Optional<Object> picocli(List<String> line) {
        CommandLine cli = new CommandLine(new PortdrillCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(line.toArray(String[]::new));
            PicocliMain.refuseRepeatedGlobalOptions(parsed);
            CommandLine.ParseResult last = parsed;
            for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
                if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
                    return Optional.empty();
                }
                last = level;
            }
            return Optional.of(last.commandSpec().userObject());
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }

    /** The command's class, every option field of it and of the global options its run reads, by name. */
    private static Map<String, Object> options(Object command) throws IllegalAccessException {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("class", command.getClass().getSimpleName());
        PortdrillCommand root;
        if (command instanceof PortdrillCommand) {
            root = (PortdrillCommand) command;
        } else {
            Field parent = field(command.getClass(), "parent");
            root = (PortdrillCommand) parent.get(command);
            assertThat(root).as("the parent command is set").isNotNull();
            putOptions(command, all, "");
        }
        assertThat(root.global).as("the global options are set").isNotNull();
        putOptions(root.global, all, "global.");
        return all;
    }

    private static void putOptions(Object from, Map<String, Object> into, String prefix) throws IllegalAccessException {
        for (Field f : from.getClass().getDeclaredFields()) {
            if (f.isAnnotationPresent(Option.class)) {
                f.setAccessible(true);
                into.put(prefix + f.getName(), f.get(from));
            }
        }
    }

    private static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new AssertionError(c + " has no field " + name, e);
        }
    }

    /** Checks one line both ways; true when the quick path took it. */
    private static boolean readsAsPicocliDoes(List<String> line) throws IllegalAccessException {
        Optional<Callable<Integer>> quick = QuickStart.parse(line.toArray(String[]::new));
        if (quick.isEmpty()) {
            return false;
        }
        Optional<Object> slow = picocli(line);
        assertThat(slow).as("picocli reads %s too", line).isPresent();
        assertThat(options(quick.get())).as("the options of %s", line).isEqualTo(options(slow.get()));
        return true;
    }

    @Tag("slow") // the differential test: thousands of lines through both parsers
    @Test
    void everyValidLineIsTakenAndReadAsPicocliReadsIt() throws IllegalAccessException {
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 1000; i++) {
            List<String> line = validLine(random);
            assertThat(readsAsPicocliDoes(line)).as("taken: %s", line).isTrue();
        }
    }

    @Tag("slow") // the differential test on odd lines
    @Test
    void anOddLineIsEitherReadAsPicocliReadsItOrLeftToPicocli() throws IllegalAccessException {
        SplittableRandom random = new SplittableRandom(88);
        int taken = 0;
        int left = 0;
        for (int i = 0; i < 1500; i++) {
            if (readsAsPicocliDoes(oddLine(random))) {
                taken++;
            } else {
                left++;
            }
        }
        // Both kinds occur, so the check above compared lines and the odd ones did reach picocli.
        assertThat(taken).isGreaterThan(100);
        assertThat(left).isGreaterThan(700);
    }

    @Test
    void theseAreLeftToPicocli() {
        String[][] lines = {{"--help"}, {"study", "--help"}, {"-V"}, {"quiz", "-h"}, {"--"}, {"study", "--"},
            {"catalogue"}, {"explain", "22"}, {"study", "extra"}, {"study", "study"}, {"--plain", "--plain", "study"},
            {"--lang", "en", "study", "--lang", "en"}, {"--deck", "exam", "study"}, {"study", "--limit", "-1"},
            {"study", "--limit=-1"}, {"study", "--deck"}, {"study", "--deck", "--plain"}, {"study", "--deck="},
            {"--lang", "fr"}, {"--lang=zh", "stduy"}, {"@args"}, {"study", "@args"}, {"study", "--deck", "@args"},
            {"--plain=true"}, {"review", "--deck", "exam"}, {"review", "--limit", "3"}, {"drill", "--seconds", "5"},
            {"quiz", "--limit", "3"}, {"--seed", "x"}, {"--seed", "99999999999999999999"}, {"study", "--mode", "x"},
            {"study", "--deck", "quiz"}, {"--lang", "study"}, {"-hV"}, {"--data-dir=a\0b"}, {"STUDY"},
            {"--decks-dir=decks", "study"}, {"study", "--deck=quiz"}, {"--data-dir=stats"}};
        for (String[] line : lines) {
            assertThat(QuickStart.parse(line)).as(Arrays.toString(line)).isEmpty();
        }
    }

    @Test
    void theCommandNamesAreTheRootsSubcommands() {
        assertThat(QuickStart.COMMAND_NAMES).containsExactlyInAnyOrderElementsOf(
                new CommandLine(new PortdrillCommand()).getSubcommands().keySet());
    }

    private record Run(int code, String out, String err) {
    }

    private static synchronized Run capture(Function<String[], Integer> main, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("ssh\n22\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = main.apply(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void whatACommandSaysAndItsExitCodeAreTheSameEitherWay() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        Path decks = Path.of("decks").toAbsolutePath();
        String[][] lines = {
            {"quiz", "--seconds", "0", "--plain"},
            {"quiz", "--seconds=3601", "--plain"},
            {"--plain", "quiz", "--mode", "FLIP"},
            {"drill", "--deck", "nosuchdeck", "--plain"},
            {"study", "--deck", "../../etc/passwd", "--plain"},
            {"--lang", "zh", "drill", "--deck", "nosuchdeck", "--plain"},
            {"--plain", "--data-dir", file.toString(), "study"},
            {"--plain", "--data-dir", file.toString(), "review", "--mode", "choice"},
            {"--plain"},
            {"--plain", "--lang=zh"},
            {"--seed", "5", "study", "--plain", "--limit", "2"},
            {"--seed=5", "--lang", "zh", "drill", "--plain", "--mode", "choice"},
            {"review", "--plain"}};
        int n = 0;
        for (String[] line : lines) {
            assertThat(QuickStart.parse(line)).as("taken: %s", Arrays.toString(line)).isPresent();
            List<String> quick = withDirs(line, tmp.resolve("quick-" + n), decks);
            List<String> slow = withDirs(line, tmp.resolve("slow-" + n), decks);
            n++;
            Run viaQuick = capture(Main::run, quick.toArray(String[]::new));
            Run viaPicocli = capture(PicocliMain::run, slow.toArray(String[]::new));
            assertThat(viaQuick).as(Arrays.toString(line)).isEqualTo(viaPicocli);
            assertThat(viaQuick.err()).doesNotContain("\tat ");
        }
    }

    /** The line with its own data folder (unless it names one) and the project's decks. */
    private static List<String> withDirs(String[] line, Path data, Path decks) {
        List<String> all = new ArrayList<>(Arrays.asList(line));
        if (!all.contains("--data-dir")) {
            all.add("--data-dir");
            all.add(data.toString());
        }
        all.add("--decks-dir");
        all.add(decks.toString());
        return all;
    }

    @Tag("slow") // starts a JVM
    @Test
    void theQuickPathLoadsNoPicocliClass() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xshare:auto", "-Xlog:class+load=info",
                "-Dportdrill.home=" + Path.of("").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "study", "--plain", "--data-dir", tmp.resolve("p").toString())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(Files.createFile(tmp.resolve("in")).toFile()));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("com.portdrill.cli.StudyCommand").contains("[0 done · ");
        assertThat(output.lines().filter(l -> l.contains("picocli"))).isEmpty();
    }
}
