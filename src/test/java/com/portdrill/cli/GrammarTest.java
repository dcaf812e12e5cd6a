package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one grammar: every command, option and value it declares reaches help, completion and the man page; every
 * option parses as {@code --opt v} and {@code --opt=v}, the global ones before and after the command; and what a
 * user types reaches the fields the commands read.
 */
class GrammarTest {
    @TempDir
    Path tmp;

    /** Every command of the tree by its path, the root first as the empty path. */
    private static Map<List<String>, CommandLine> commands() {
        Map<List<String>, CommandLine> all = new LinkedHashMap<>();
        collect(Grammar.tree(), new ArrayList<>(), all);
        return all;
    }

    /** The tree a run of {@code args} makes, with no deck read ahead; nothing here runs a command. */
    private static CommandLine forRun(String... args) {
        return Grammar.forRun(Optional.empty(), new Surroundings.Machine(), args);
    }

    private static void collect(CommandLine command, List<String> path, Map<List<String>, CommandLine> into) {
        into.put(List.copyOf(path), command);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, into);
        });
    }

    /** The options a command declares itself: not the global ones it inherits, nor --help and --version. */
    private static List<OptionSpec> own(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.inherited() && !o.usageHelp() && !o.versionHelp()).toList();
    }

    /** The values an enum option or argument offers: those its label names, else every constant, in lower case. */
    private static List<String> enumValues(ArgSpec arg) {
        List<String> all = new ArrayList<>();
        for (Object constant : arg.type().getEnumConstants()) {
            all.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
        }
        List<String> labelled = List.of(arg.paramLabel().split("\\|"));
        return all.containsAll(labelled) ? labelled : all;
    }

    @Test
    void theTreeHoldsEveryCommandTheReadmeNames() {
        assertThat(commands().keySet()).contains(List.of("study"), List.of("quiz"), List.of("review"), List.of("drill"),
                List.of("stats"), List.of("explain"), List.of("catalogue"), List.of("decks", "build"),
                List.of("decks", "check"), List.of("decks", "list"), List.of("export", "anki"), List.of("scan"),
                List.of("optimize"), List.of("completion"), List.of("help"), List.of("man"), List.of("bench", "srs"),
                List.of("bench", "startup"), List.of("bench", "save"), List.of("bench", "scan"),
                List.of("bench", "optimize"));
    }

    @Test
    void everyCommandOptionAndValueIsInHelpCompletionAndMan() {
        String completion = CompletionScript.of(CompletionScript.Shell.bash, Grammar.tree(), tmp);
        String man = ManPage.of(Grammar.tree(), "portdrill test");
        for (Map.Entry<List<String>, CommandLine> e : commands().entrySet()) {
            List<String> path = e.getKey();
            CommandSpec spec = e.getValue().getCommandSpec();
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CommandRunner help = CommandRunner.run(args.toArray(String[]::new));
            assertThat(help.exitCode()).as("%s --help", path).isZero();
            if (!path.isEmpty()) {
                String name = path.get(path.size() - 1);
                assertThat(completion).as("completion offers %s", path).containsPattern("[\" ]" + name + "[\" ]");
                assertThat(man).as("man has %s", path).contains(".SS \"" + ManPage.text(spec.qualifiedName()) + "\"");
            }
            List<OptionSpec> options = path.isEmpty() ? spec.options() : own(spec);
            for (OptionSpec o : options) {
                assertThat(help.out()).as("%s --help names %s", path, o.longestName()).contains(o.longestName());
                assertThat(completion).as("completion offers %s %s", path, o.longestName()).contains(o.longestName());
                assertThat(man).as("man has %s %s", path, o.longestName()).contains(ManPage.text(o.longestName()));
            }
            List<ArgSpec> valued = new ArrayList<>(options);
            valued.addAll(spec.positionalParameters());
            for (ArgSpec arg : valued) {
                if (!arg.type().isEnum()) {
                    continue;
                }
                for (String value : enumValues(arg)) {
                    assertThat(help.out()).as("%s --help offers %s", path, value).contains(value);
                    assertThat(completion).as("completion offers %s for %s", value, path).contains(value);
                    assertThat(man).as("man offers %s for %s", value, path).contains(value);
                }
            }
        }
    }

    /** A value of the option's type as typed, and the value the field then holds. */
    private record Sample(String typed, Object parsed) {
        static Sample of(ArgSpec arg) {
            Class<?> type = arg.type();
            if (type.isEnum()) {
                String value = enumValues(arg).get(enumValues(arg).size() - 1);
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                        return new Sample(value.toUpperCase(Locale.ROOT), constant);
                    }
                }
            }
            if (type == int.class || type == Integer.class) {
                return new Sample("+0007", 7);
            }
            if (type == Long.class) {
                return new Sample("12", 12L);
            }
            if (type == Double.class) {
                return new Sample("0.85", 0.85);
            }
            if (type == Path.class) {
                return new Sample("some dir/x=y", Paths.get("some dir/x=y"));
            }
            return new Sample("a-name", "a-name");
        }
    }

    /** The command path's option or argument after a run's tree parses {@code line}, as the command's field holds it. */
    private static Object parsed(List<String> line, List<String> path, String name) {
        CommandLine cli = forRun(line.toArray(String[]::new));
        cli.parseArgs(line.toArray(String[]::new));
        CommandLine command = cli;
        for (String step : path) {
            command = command.getSubcommands().get(step);
        }
        CommandSpec spec = command.getCommandSpec();
        ArgSpec arg = name.startsWith("-") ? spec.findOption(name) : spec.positionalParameters().get(0);
        return arg.getValue();
    }

    /** Each command path's values for the arguments it requires, as typed. */
    private static final Map<List<String>, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        commands().forEach((path, command) -> REQUIRED.put(path, command.getCommandSpec().positionalParameters()
                .stream().filter(p -> p.arity().min() > 0).map(p -> Sample.of(p).typed()).toList()));
    }

    /** {@code before}, the command path, {@code after}, then a value for each argument the command requires. */
    private static List<String> line(List<String> before, List<String> path, List<String> after) {
        List<String> all = new ArrayList<>(before);
        all.addAll(path);
        all.addAll(after);
        all.addAll(REQUIRED.get(path));
        return all;
    }

    @Test
    void everyOwnOptionParsesWithItsValueAfterASpaceOrAnEqualsSign() {
        int checked = 0;
        for (Map.Entry<List<String>, CommandLine> e : commands().entrySet()) {
            List<String> path = e.getKey();
            for (OptionSpec o : own(e.getValue().getCommandSpec())) {
                if (path.isEmpty()) {
                    continue;
                }
                String name = o.longestName();
                if (o.arity().max() == 0) {
                    assertThat(parsed(line(List.of(), path, List.of(name)), path, name)).as("%s %s", path, name)
                            .isEqualTo(true);
                    continue;
                }
                Sample s = Sample.of(o);
                assertThat(parsed(line(List.of(), path, List.of(name, s.typed())), path, name))
                        .as("%s %s %s", path, name, s.typed()).isEqualTo(s.parsed());
                assertThat(parsed(line(List.of(), path, List.of(name + "=" + s.typed())), path, name))
                        .as("%s %s=%s", path, name, s.typed()).isEqualTo(s.parsed());
                checked++;
            }
        }
        assertThat(checked).as("options with a value checked").isGreaterThan(20);
    }

    @Test
    void everyArgumentParses() {
        for (Map.Entry<List<String>, CommandLine> e : commands().entrySet()) {
            for (PositionalParamSpec p : e.getValue().getCommandSpec().positionalParameters()) {
                if (p.isMultiValue()) {
                    continue;
                }
                Sample s = Sample.of(p);
                // line() gives a required argument its value itself
                List<String> after = p.arity().min() > 0 ? List.of() : List.of(s.typed());
                assertThat(parsed(line(List.of(), e.getKey(), after), e.getKey(), p.paramLabel()))
                        .as("%s %s", e.getKey(), p.paramLabel()).isEqualTo(s.parsed());
            }
        }
    }

    @Test
    void everyGlobalOptionParsesInBothFormsBeforeAndAfterEveryCommand() {
        Map<List<String>, CommandLine> commands = commands();
        List<OptionSpec> global = own(commands.get(List.of()).getCommandSpec());
        assertThat(global).extracting(OptionSpec::longestName).containsExactlyInAnyOrder("--lang", "--plain",
                "--data-dir", "--decks-dir", "--seed", "--no-color", "--retention");
        for (List<String> path : commands.keySet()) {
            for (OptionSpec o : global) {
                String name = o.longestName();
                List<List<String>> forms = o.arity().max() == 0 ? List.of(List.of(name))
                        : List.of(List.of(name, Sample.of(o).typed()), List.of(name + "=" + Sample.of(o).typed()));
                Object expected = o.arity().max() == 0 ? true : Sample.of(o).parsed();
                for (List<String> form : forms) {
                    assertThat(parsed(line(form, path, List.of()), List.of(), name)).as("%s before %s", form, path)
                            .isEqualTo(expected);
                    assertThat(parsed(line(List.of(), path, form), List.of(), name)).as("%s after %s", form, path)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** One option as a user may type it: {@code --name value}, {@code --name=value}, or a flag. */
    private record Opt(String name, List<String> values, boolean flag) {
        static Opt flag(String name) {
            return new Opt(name, List.of(), true);
        }

        static Opt valued(String name, String... values) {
            return new Opt(name, List.of(values), false);
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

    /** What a field of the study commands or the global options holds after reading {@code typed}. */
    private static Object expected(String option, String typed) {
        switch (option) {
            case "--lang":
                return new LangOption().convert(typed);
            case "--mode":
                return AnswerMode.valueOf(typed.toUpperCase(Locale.ROOT));
            case "--data-dir":
            case "--decks-dir":
                return Paths.get(typed);
            case "--seed":
                return Long.valueOf(typed);
            case "--limit":
            case "--seconds":
                return Integer.valueOf(typed);
            default:
                return typed;
        }
    }

    /**
     * Lines a learner types to study, drawn at random from a fixed seed: global options before the command or after
     * it, its own options in any order, either form. Each sets exactly the fields it names.
     */
    @Test
    void studyLinesSetTheFieldsTheyName() throws IllegalAccessException {
        SplittableRandom random = new SplittableRandom(8);
        List<String> names = new ArrayList<>(OWN.keySet());
        for (int i = 0; i < 400; i++) {
            String command = names.get(random.nextInt(names.size()));
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            Map<String, Object> want = new LinkedHashMap<>();
            for (Opt o : GLOBAL) {
                if (random.nextInt(3) == 0) {
                    type(o, command.isEmpty() || random.nextBoolean() ? before : after, want, random);
                }
            }
            for (Opt o : OWN.get(command)) {
                if (random.nextBoolean()) {
                    type(o, after, want, random);
                }
            }
            List<String> line = line(before, command.isEmpty() ? List.of() : List.of(command), after);
            CommandLine cli = forRun(line.toArray(String[]::new));
            CommandLine.ParseResult result = cli.parseArgs(line.toArray(String[]::new));
            Grammar.refuseRepeatedGlobalOptions(result);
            PortdrillCommand root = cli.getCommand();
            Object run = command.isEmpty() ? root : cli.getSubcommands().get(command).getCommand();
            for (Map.Entry<String, Object> w : want.entrySet()) {
                boolean global = GLOBAL.stream().anyMatch(o -> o.name().equals(w.getKey()));
                assertThat(field(global ? root.global : run, w.getKey())).as("%s in %s", w.getKey(), line)
                        .isEqualTo(w.getValue());
            }
        }
    }

    private static void type(Opt o, List<String> into, Map<String, Object> want, SplittableRandom random) {
        if (o.flag()) {
            into.add(o.name());
            want.put(o.name(), true);
            return;
        }
        String v = o.values().get(random.nextInt(o.values().size()));
        if (random.nextBoolean()) {
            into.add(o.name());
            into.add(v);
        } else {
            into.add(o.name() + "=" + v);
        }
        want.put(o.name(), expected(o.name(), v));
    }

    /**
     * The field behind an option, by the option's name: --data-dir is dataDir, --no-color noColor; the options study,
     * quiz and drill share are fields of the command's {@link StudyOptions}.
     */
    private static Object field(Object command, String option) throws IllegalAccessException {
        String[] words = option.substring(2).split("-");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        Object holder = command;
        for (Field f : command.getClass().getDeclaredFields()) {
            if (f.getType() == StudyOptions.class && Arrays.stream(StudyOptions.class.getDeclaredFields())
                    .anyMatch(shared -> shared.getName().equals(name.toString()))) {
                f.setAccessible(true);
                holder = f.get(command);
            }
        }
        try {
            Field f = holder.getClass().getDeclaredField(name.toString());
            f.setAccessible(true);
            return f.get(holder);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(command.getClass().getSimpleName() + " has no field " + name, e);
        }
    }

    @Test
    void badLinesAreOneLineUsageErrorsThatNameTheHelpToRead() {
        String data = tmp.resolve("p").toString();
        String[][] lines = {{"study", "extra"}, {"study", "study"}, {"--deck", "exam", "study"}, {"study", "--deck"},
            {"study", "--deck", "--plain"}, {"--lang", "fr"}, {"--lang=zh", "stduy"}, {"review", "--deck", "exam"},
            {"review", "--limit", "3"}, {"drill", "--seconds", "5"}, {"quiz", "--limit", "3"}, {"--seed", "x"},
            {"--seed", "99999999999999999999"}, {"study", "--mode", "x"}, {"--lang", "study"}, {"STUDY"},
            {"study", "--limit", "many"}, {"quiz", "--seconds=1_0"}, {"stats", "--jsn"}, {"--plain", "--plain"},
            {"completion", "fish"}, {"export", "anki"}, {"bench"}, {"bench", "startup", "--runs"}};
        for (String[] bad : lines) {
            List<String> line = new ArrayList<>(List.of("--data-dir", data));
            line.addAll(List.of(bad));
            CommandRunner r = CommandRunner.run(line.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", bad)).isEqualTo(ExitCode.USAGE);
            assertThat(r.out()).as(String.join(" ", bad)).isEmpty();
            assertThat(r.err().lines()).as(String.join(" ", bad)).singleElement().asString()
                    .startsWith("portdrill: ").containsPattern("\\(see 'portdrill[a-z ]* --help'\\)$");
        }
    }

    @Test
    void theUsageErrorsSayWhatIsWrongInTheUsersWords() {
        assertThat(CommandRunner.run("studdy").err()).isEqualTo("portdrill: 'studdy' is not a command of portdrill;"
                + " did you mean 'study' or 'stats'? (see 'portdrill --help')\n");
        assertThat(CommandRunner.run("--seed", "x", "study").err()).isEqualTo("portdrill: Invalid value for option"
                + " '--seed': 'x' is not a whole number (see 'portdrill --help')\n");
        assertThat(CommandRunner.run("drill", "--seconds", "5").err()).isEqualTo("portdrill: Unknown options:"
                + " '--seconds', '5'; did you mean '--seed'? (see 'portdrill drill --help')\n");
        assertThat(CommandRunner.run("export").err()).isEqualTo("portdrill: Missing required subcommand: one of anki"
                + " (see 'portdrill export --help')\n");
        assertThat(CommandRunner.run("study", "--mode").err()).isEqualTo("portdrill: Missing required parameter for"
                + " option '--mode' (typed|choice|flip) (see 'portdrill study --help')\n");
    }

    @Test
    void aGlobalOptionGivenBeforeAndAfterTheCommandIsRefused() {
        CommandRunner r = CommandRunner.run("--lang", "en", "catalogue", "--lang", "zh");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("portdrill: option '--lang' is given twice (en, then zh); give it once"
                + " (see 'portdrill catalogue --help')\n");
        assertThat(CommandRunner.run("--plain", "study", "--plain").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void versionAndHelpWorkOnEveryCommand() {
        for (List<String> path : commands().keySet()) {
            for (String flag : List.of("--version", "-V")) {
                List<String> line = new ArrayList<>(path);
                line.add(flag);
                CommandRunner r = CommandRunner.run(line.toArray(String[]::new));
                assertThat(r.exitCode()).as("%s", line).isZero();
                assertThat(r.out()).as("%s", line).matches("portdrill \\S+\n");
            }
        }
        assertThat(CommandRunner.run("help", "export", "anki").out())
                .isEqualTo(CommandRunner.run("export", "anki", "--help").out()).startsWith("Usage: portdrill export anki");
    }

    private record Run(int code, String out, String err) {
        static Run of(CommandLine cli, List<String> args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int code = cli.execute(args.toArray(String[]::new));
            return new Run(code, out.toString(), err.toString());
        }
    }

    @Test
    void aRunMakesOnlyTheCommandItNames() {
        int all = Grammar.tree().getSubcommands().size();
        assertThat(forRun("--plain", "--seed", "7", "study").getSubcommands()).containsOnlyKeys("study");
        assertThat(forRun("--seed=7", "bench", "startup").getSubcommands()).containsOnlyKeys("bench");
        assertThat(forRun("--plain", "--lang", "zh").getSubcommands()).isEmpty();
        for (String[] whole : new String[][] {{"--help"}, {"-V", "study"}, {"help", "study"}, {"studdy"},
            {"--unknown", "study"}, {"--seed"}}) {
            assertThat(forRun(whole).getSubcommands()).as(String.join(" ", whole)).hasSize(all);
        }
    }

    @Test
    void aRunReadsItsLineAsTheWholeTreeDoes() {
        List<List<String>> lines = new ArrayList<>();
        for (List<String> path : commands().keySet()) {
            List<String> help = new ArrayList<>(List.of("--plain", "--data-dir", "/nonexistent"));
            help.addAll(path);
            help.add("--help");
            lines.add(help);
        }
        lines.addAll(List.of(List.of("study", "--mode", "shouted"), List.of("--seed", "x", "study"),
                List.of("stats", "--jsn"), List.of("--lang=fr", "explain", "22"), List.of("bench", "startup", "--runs"),
                List.of("--plain", "--seed"), List.of("--lang", "en", "quiz", "--lang", "zh"), List.of("decks")));
        for (List<String> line : lines) {
            Run whole = Run.of(Grammar.tree(), line);
            assertThat(whole.code()).as("%s", line).isIn(ExitCode.OK, ExitCode.USAGE);
            assertThat(Run.of(forRun(line.toArray(String[]::new)), line)).as("%s", line).isEqualTo(whole);
        }
    }

    @Test
    void theLikelyDeckIsReadEarlyOnlyForASessionOnTheChosenDeck() {
        assertThat(Grammar.mayStartASession()).as("the menu").isTrue();
        assertThat(Grammar.mayStartASession("--plain", "study", "--limit", "5")).isTrue();
        assertThat(Grammar.mayStartASession("--data-dir", "/tmp/x", "quiz")).isTrue();
        assertThat(Grammar.mayStartASession("explain", "22")).isFalse();
        assertThat(Grammar.mayStartASession("study", "--deck", "ccna")).isFalse();
        assertThat(Grammar.mayStartASession("study", "--deck=ccna")).isFalse();
        assertThat(Grammar.mayStartASession("--decks-dir=/tmp/d", "study")).isFalse();
        assertThat(Grammar.mayStartASession("drill")).isFalse();
    }

    @Test
    void theTerminalIsOpenedEarlyOnlyWhenTheRunMayGoFullScreen() {
        assertThat(Grammar.mayRunFullScreen()).as("the menu").isTrue();
        for (String session : List.of("study", "quiz", "review", "drill")) {
            assertThat(Grammar.mayRunFullScreen(session, "--deck", "ccna")).as(session).isTrue();
            assertThat(Grammar.mayRunFullScreen("--data-dir", "/tmp/x", session)).as(session).isTrue();
            assertThat(Grammar.mayRunFullScreen(session, "--plain")).as(session + " --plain").isFalse();
            assertThat(Grammar.mayRunFullScreen(session, "--help")).as(session + " --help").isFalse();
        }
        assertThat(Grammar.mayRunFullScreen("--plain")).isFalse();
        assertThat(Grammar.mayRunFullScreen("-V")).isFalse();
        assertThat(Grammar.mayRunFullScreen("--version")).isFalse();
        assertThat(Grammar.mayRunFullScreen("explain", "22")).isFalse();
        assertThat(Grammar.mayRunFullScreen("stats")).isFalse();
        assertThat(Grammar.mayRunFullScreen("help", "study")).isFalse();
    }

    @Test
    void theMachinesClockIsInTheSystemsZoneLookedUpAheadOrNot() {
        try (Surroundings.Machine ahead = Surroundings.Machine.aheadOf("study", "--plain");
             Surroundings.Machine not = Surroundings.Machine.aheadOf("explain", "22")) {
            assertThat(ahead.clock().getZone()).isEqualTo(ZoneId.systemDefault());
            assertThat(not.clock().getZone()).isEqualTo(ZoneId.systemDefault());
        }
    }

    @Test
    void noCommandIsReadFromAnnotations() {
        for (CommandLine command : commands().values()) {
            Object user = command.getCommandSpec().userObject();
            assertThat(user.getClass().getAnnotations()).as(user.getClass().getName())
                    .noneMatch(GrammarTest::picocli);
            for (Field f : user.getClass().getDeclaredFields()) {
                assertThat(f.getAnnotations()).as(f.toString()).noneMatch(GrammarTest::picocli);
            }
        }
    }

    private static boolean picocli(Annotation a) {
        return a.annotationType().getName().startsWith("picocli.");
    }
}
