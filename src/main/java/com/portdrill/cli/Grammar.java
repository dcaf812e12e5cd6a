package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizSession;
import com.portdrill.session.StudyPlan;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * portdrill's command grammar, written once: every command, option and argument, with its help text. Parsing,
 * {@code --help}, {@code portdrill help COMMAND}, the completion script and the man page are all made from the
 * tree it builds. It is declared through picocli's programmatic model rather than annotations, since reading the
 * commands' annotations cost the first question about 80 ms. Each option is bound to the plain field of the
 * command object whose {@code call()} reads it.
 */
final class Grammar {
    /** The root's commands, in the order help lists them; each is made only when a run needs it. */
    private static final List<Sub> COMMANDS = List.of(new Sub("catalogue", Grammar::catalogue),
            new Sub("explain", Grammar::explain), new Sub("scan", Grammar::scan), new Sub("decks", Grammar::decks),
            new Sub("export", Grammar::export), new Sub("stats", Grammar::stats), new Sub("optimize", Grammar::optimize),
            new Sub("bench", Grammar::bench), new Sub("study", Grammar::study), new Sub("quiz", Grammar::quiz),
            new Sub("review", Grammar::review), new Sub("drill", Grammar::drill), new Sub("help", root -> help()),
            new Sub("completion", Grammar::completion), new Sub("man", root -> man()));

    /**
     * Every command line picocli makes registers converters for some twenty JDK types (java.sql, java.time, Path) by
     * reflection, which cost a start about 10 ms; portdrill's options use none of them but Path, which has
     * {@link #PATH}. Excluding them is picocli's own setting, a system property it reads as it makes each one.
     */
    private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";
    private static final ITypeConverter<Path> PATH = Path::of;

    /** Options after which the likely deck is not the one wanted: another deck, or another decks folder. */
    private static final Set<String> NAMES_ANOTHER_DECK = Set.of("--deck", "--decks-dir");
    private static final Set<String> SESSIONS_ON_THE_CHOSEN_DECK = Set.of("study", "quiz");
    /** The commands that may run full screen; with none named, the menu does. */
    private static final Set<String> FULL_SCREEN_COMMANDS = Set.of("study", "quiz", "review", "drill");
    /** Options after which nothing runs full screen: plain mode asked for, or help or the version printed. */
    private static final Set<String> NEVER_FULL_SCREEN = Set.of("--plain", "-h", "--help", "-V", "--version");

    private record Sub(String name, Function<PortdrillCommand, CommandSpec> make) {
    }

    private Grammar() {
    }

    /** The whole tree: every command, for help, completion and the man page. */
    static CommandLine tree() {
        PortdrillCommand root = new PortdrillCommand(new Surroundings.Machine());
        return tree(root, root(root), COMMANDS);
    }

    /**
     * The tree a run of these arguments needs. Making a command's model costs start-up time (the first question
     * waits for it), so when global options alone come before a command's name, the tree holds that command only,
     * and when they are all there is (the menu), none. Anything else (help or version asked of portdrill itself,
     * {@code help}, a name that is no command, an option that is no global one) gets the whole tree, so its help,
     * errors and suggestions are the same as ever. Either way the declarations are the ones below. The commands read
     * the clock and standard input {@code around} gives.
     */
    static CommandLine forRun(Optional<DeckLoad> likelyDeck, Surroundings around, String... args) {
        PortdrillCommand root = new PortdrillCommand(around);
        root.likelyDeck = likelyDeck;
        CommandSpec spec = root(root);
        return tree(root, spec, needed(spec, args));
    }

    /**
     * Whether these arguments may start a session on the deck chosen in Settings, in the default decks folder (the menu,
     * {@code study} or {@code quiz}): no word of them names another command, another deck or another decks folder. A value
     * spelt like one only costs that run the early read.
     */
    static boolean mayStartASession(String... args) {
        return noWordIsOneOf(args, NAMES_ANOTHER_DECK, SESSIONS_ON_THE_CHOSEN_DECK);
    }

    /**
     * Whether these arguments may run the full screen (the menu, or a session without {@code --plain}): no word of
     * them names another command, plain mode, help or the version. A value spelt like one only costs that run the
     * terminal's early opening.
     */
    static boolean mayRunFullScreen(String... args) {
        return noWordIsOneOf(args, NEVER_FULL_SCREEN, FULL_SCREEN_COMMANDS);
    }

    /** Whether no word of {@code args} is one of {@code options} (alone or with {@code =value}) or another command. */
    private static boolean noWordIsOneOf(String[] args, Set<String> options, Set<String> commandsAllowed) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (options.contains(eq < 0 ? arg : arg.substring(0, eq))) {
                return false;
            }
            for (Sub sub : COMMANDS) {
                if (sub.name().equals(arg) && !commandsAllowed.contains(arg)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Sub> needed(CommandSpec root, String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            String a = args[i];
            int eq = a.indexOf('=');
            OptionSpec o = root.findOption(eq > 0 ? a.substring(0, eq) : a);
            if (o == null || o.usageHelp() || o.versionHelp()) {
                return COMMANDS;
            }
            i += eq < 0 && o.arity().max() > 0 ? 2 : 1;
        }
        if (i >= args.length) {
            return i == args.length ? List.of() : COMMANDS;
        }
        for (Sub sub : COMMANDS) {
            if (sub.name().equals(args[i]) && !sub.name().equals("help")) {
                return List.of(sub);
            }
        }
        return COMMANDS;
    }

    /**
     * The root just made with these commands under it, each a fresh command object, set up as every run uses it:
     * one-line usage errors and failures, enum values in any case, and a global option given twice refused.
     */
    private static CommandLine tree(PortdrillCommand root, CommandSpec spec, List<Sub> commands) {
        // After the global options: picocli copies them into each subcommand as it is added.
        for (Sub sub : commands) {
            add(spec, sub.make().apply(root));
        }
        CommandLine cli = spec.commandLine();
        cli.setParameterExceptionHandler(Failures::onUsageError);
        cli.setExecutionExceptionHandler(Failures::onFailure);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parsed -> {
            refuseRepeatedGlobalOptions(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli;
    }

    /** {@code portdrill} itself, with the global options, which every command inherits. */
    private static CommandSpec root(PortdrillCommand root) {
        // Before the first command line is made, the root's: each reads it as it is made.
        System.setProperty(CONVERTERS_EXCLUDED, "java\\..*");
        root.global = new GlobalOptions();
        root.spec = command("portdrill", root,
                "Learn network port numbers: spaced repetition, timed quizzes, drills and look-ups.");
        root.spec.scopeType(ScopeType.INHERIT).versionProvider(new Version());
        global(root.spec, root.global);
        helpAndVersion(root.spec);
        return root.spec;
    }

    /**
     * picocli refuses an option given twice in one place but lets a global option given before and after the
     * subcommand ({@code --lang en catalogue --lang zh}) silently take the last value: refused the same way.
     */
    static void refuseRepeatedGlobalOptions(ParseResult parsed) {
        Map<String, String> seen = new HashMap<>();
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            for (OptionSpec option : level.matchedOptions()) {
                String values = String.join(" ", option.originalStringValues());
                String before = seen.putIfAbsent(option.longestName(), values);
                if (before != null) {
                    throw new ParameterException(level.commandSpec().commandLine(), "option '"
                            + option.longestName() + "' is given twice (" + before + ", then " + values
                            + "); give it once");
                }
            }
        }
    }

    private static void global(CommandSpec spec, GlobalOptions g) {
        spec.addOption(inherited(option("--lang", Lang.class, () -> g.lang, v -> g.lang = v))
                .paramLabel("en|zh").converters(new LangOption()).completionCandidates(new LangOption())
                .description("Interface and description language: ${COMPLETION-CANDIDATES} (default: en, or the saved"
                        + " setting).").build());
        spec.addOption(inherited(flag("--plain", () -> g.plain, v -> g.plain = v))
                .description("Line-by-line mode for scripts and screen readers (the default when not on a terminal). "
                        + "At a question, :q stops, :right overrules the last answer, :undo takes that back, and :both "
                        + "shows the descriptions whole, in both languages.").build());
        spec.addOption(inherited(option("--data-dir", Path.class, () -> g.dataDir, v -> g.dataDir = v))
                .paramLabel("DIR").description("Where progress is kept (default: progress/ in the portdrill folder).")
                .build());
        spec.addOption(inherited(option("--decks-dir", Path.class, () -> g.decksDir, v -> g.decksDir = v))
                .paramLabel("DIR").description("Where decks are read and built (default: decks/ in the portdrill folder).")
                .build());
        spec.addOption(inherited(option("--seed", Long.class, () -> g.seed, v -> g.seed = v))
                .paramLabel("N").description("Fixes every shuffle, for reproducible sessions.").build());
        spec.addOption(inherited(flag("--no-color", () -> g.noColor, v -> g.noColor = v))
                .description("No colour (the NO_COLOR variable does the same).").build());
        spec.addOption(inherited(option("--retention", Double.class, () -> g.retention, v -> g.retention = v))
                .paramLabel("R").description("Desired retention, 0.70 to 0.99: the share of cards you want to recall"
                        + " when they come due (default: the saved setting, or 0.90).").build());
    }

    private static CommandSpec study(PortdrillCommand root) {
        StudyCommand c = new StudyCommand();
        c.parent = root;
        return command("study", c, "A spaced-repetition session: the cards due, then new cards up to a daily limit.",
                deck(c.options, "The deck to study (default: the one chosen in Settings, "
                        + StudyCommand.DEFAULT_DECK + " until one is chosen; see 'portdrill decks list')."),
                kind(c.options, KindOption.DESCRIPTION),
                mode(c.options, "typed|choice|flip"),
                option("--limit", int.class, () -> c.limit, v -> c.limit = v).paramLabel("N")
                        .description("New cards a day (default: " + StudyPlan.DEFAULT_NEW_LIMIT + ").").build());
    }

    private static CommandSpec quiz(PortdrillCommand root) {
        QuizCommand c = new QuizCommand();
        c.parent = root;
        return command("quiz", c, "A timed quiz: as many answers as you can before time runs out; personal bests"
                + " kept.", deck(c.options, "The deck (default: the one chosen in Settings, "
                        + StudyCommand.DEFAULT_DECK + " until one is chosen)."),
                kind(c.options, KindOption.DESCRIPTION),
                option("--seconds", int.class, () -> c.seconds, v -> c.seconds = v).paramLabel("S")
                        .description("How long the quiz lasts (default: " + QuizSession.DEFAULT_SECONDS + ").").build(),
                mode(c.options, "typed|choice"));
    }

    private static CommandSpec review(PortdrillCommand root) {
        ReviewCommand c = new ReviewCommand();
        c.parent = root;
        return command("review", c, "Go over the ports you missed, most recent and most often first, until each is"
                + " answered right.", mode(() -> c.mode, v -> c.mode = v, "typed|choice|flip"));
    }

    private static CommandSpec drill(PortdrillCommand root) {
        DrillCommand c = new DrillCommand();
        c.parent = root;
        return command("drill", c, "Rapid fire over the well-known ports (0-1023) the tiers teach, weakest first,"
                + " until you stop.", deck(c.options, "Drill this deck instead (any port range);"
                        + " default: the well-known ports of " + DrillCommand.DEFAULT_DECK + "."),
                kind(c.options, KindOption.DESCRIPTION + " Without --deck, a kind is drilled from "
                        + StudyCommand.DEFAULT_DECK + ", since the well-known pool holds pairs only."),
                mode(c.options, "typed|choice|flip"));
    }

    private static CommandSpec catalogue(PortdrillCommand root) {
        CatalogueCommand c = new CatalogueCommand();
        c.parent = root;
        return c.spec = command("catalogue", c, "Print the catalogue parsed from the two documents, each port's verdict"
                + " against IANA, and what the parser skipped or repaired.",
                json(() -> c.json, v -> c.json = v, "Print a JSON array, one object per port."));
    }

    private static CommandSpec explain(PortdrillCommand root) {
        ExplainCommand c = new ExplainCommand();
        c.parent = root;
        return c.spec = command("explain", c, "Explain a port (0-65535, also 22/tcp or tcp/22) or any name a card uses"
                + " (ssh, SFTP, Oracle, WinRM, RPC, 远程桌面): what we teach about it, the documents' descriptions,"
                + " IANA's assignments, the verdict and the correction.",
                json(() -> c.json, v -> c.json = v, "Print one JSON object with port, taught, names, documents, iana,"
                        + " verdict and correction."),
                positional(String.class, () -> c.query, v -> c.query = v).arity("0..1").paramLabel("PORT|SERVICE")
                        .description("A port number 0-65535, or a service name or alias.").build());
    }

    private static CommandSpec scan(PortdrillCommand root) {
        ScanCommand c = new ScanCommand();
        c.parent = root;
        return c.spec = command("scan", c, "Explain the ports open on this machine (Linux /proc/net) or in nmap (-oX,"
                + " -oG, -oN), ss or netstat output: where each listens, the process, the service and IANA's"
                + " registration, and flags (credentials in clear, a trojan port, a database or admin service beyond"
                + " loopback, an unregistered use). Never sends a packet.",
                option("--format", String.class, () -> c.format, v -> c.format = v).paramLabel("FORMAT")
                        .description("Read the input as this format instead of recognising it: nmap-xml, nmap-grepable,"
                                + " nmap-normal, ss, netstat-linux, netstat-macos, netstat-windows, proc-net.").build(),
                json(() -> c.json, v -> c.json = v, "Print one JSON object: every row with every field (and explain's"
                        + " object for its port), then the summary."),
                option("--deck", String.class, () -> c.deck, v -> c.deck = v).paramLabel("NAME")
                        .description("Also write a deck of the ports found (the built decks' cards for them) to decks/"
                                + " or --decks-dir.").build(),
                positional(String.class, () -> c.file, v -> c.file = v).arity("0..1").paramLabel("FILE|-")
                        .description("A file of scan output, or - for standard input; without it, this machine's"
                                + " sockets (Linux).").build());
    }

    private static CommandSpec decks(PortdrillCommand root) {
        DecksCommand decks = new DecksCommand();
        decks.root = root;
        DecksCommand.Subcommand build = new DecksCommand.Subcommand(decks, DecksCommand::build);
        build.spec = command("build", build, "Build every deck from the catalogue and write decks/ (reproducible: same"
                + " bytes each time).");
        DecksCommand.Subcommand check = new DecksCommand.Subcommand(decks, DecksCommand::check);
        check.spec = command("check", check, "Exit 1 when decks/ differs from what the catalogue builds.");
        DecksCommand.Subcommand list = new DecksCommand.Subcommand(decks, DecksCommand::list);
        list.spec = command("list", list, "List the decks with their card counts, and how many of each kind of"
                + " question each holds.");
        return add(command("decks", decks, "Build, check or list the decks under decks/ (or --decks-dir)."),
                build.spec, check.spec, list.spec);
    }

    private static CommandSpec export(PortdrillCommand root) {
        ExportCommand export = new ExportCommand();
        export.root = root;
        CommandSpec spec = command("export", export, "Export decks for other programs.");
        ExportCommand.Anki anki = new ExportCommand.Anki();
        anki.export = export;
        anki.spec = command("anki", anki, "Write a tab-separated file that Anki imports (File > Import): one note per"
                + " card, English and Chinese in their own fields, tagged by deck, direction and verdict.",
                deck(() -> anki.deck, v -> anki.deck = v, "Export only this deck (default: every deck)."),
                flag("--force", () -> anki.force, v -> anki.force = v).description("Overwrite FILE when it exists.")
                        .build(),
                positional(Path.class, () -> anki.file, v -> anki.file = v).arity("1").required(true).paramLabel("FILE")
                        .description("The file to write, e.g. portdrill-anki.txt.").build());
        return add(spec, anki.spec);
    }

    private static CommandSpec stats(PortdrillCommand root) {
        StatsCommand c = new StatsCommand();
        c.parent = root;
        OptionSpec json = json(() -> c.json, v -> c.json = v, "Print one JSON object with every figure (\"reviews\" is"
                + " the answers stored).");
        return c.spec = command("stats", c, "Your progress: answers per day, true retention, cards by state, cards"
                + " coming due, weakest cards, quiz bests and streak, drawn as text charts.", json);
    }

    private static CommandSpec optimize(PortdrillCommand root) {
        OptimizeCommand c = new OptimizeCommand();
        c.parent = root;
        return c.spec = command("optimize", c, "Fit FSRS-6's parameters to your reviews (as Anki's Optimize does) and"
                + " keep them when they predict your recall better.",
                revlog(() -> c.revlog, v -> c.revlog = v, "Fit this review log (card_id,review_time,review_rating,"
                        + "review_state,review_duration; time in epoch ms) instead of your progress."),
                flag("--evaluate", () -> c.evaluate, v -> c.evaluate = v)
                        .description("Only measure how well the parameters in use predict the reviews.").build(),
                flag("--reset", () -> c.reset, v -> c.reset = v).description("Go back to the default parameters.")
                        .build(),
                json(() -> c.json, v -> c.json = v, "Print one JSON object."));
    }

    private static CommandSpec bench(PortdrillCommand root) {
        BenchCommand bench = new BenchCommand();
        bench.root = root;
        return add(command("bench", bench, "Benchmarks that compare portdrill with its references and targets."),
                benchSrs(bench), benchSave(), benchStartup(), benchScan(), benchOptimize());
    }

    private static CommandSpec benchSrs(BenchCommand bench) {
        BenchSrsCommand c = new BenchSrsCommand();
        c.bench = bench;
        c.spec = command("srs", c, "FSRS-6 throughput and checksums, line for line as shared/bench/ts-fsrs-throughput.mjs"
                + " prints them.", count("--cards", "10000", () -> c.cards, v -> c.cards = v, "Cards simulated"),
                count("--reviews", "20", () -> c.reviews, v -> c.reviews = v, "Reviews per card"),
                count("--repeat", "1", () -> c.repeat, v -> c.repeat = v, "Runs; the median rate is reported"),
                option("--dump", Path.class, () -> c.dump, v -> c.dump = v).paramLabel("FILE")
                        .description("Write one JSON line per review of the first cards, as the script does.").build(),
                count("--dump-cards", "50", () -> c.dumpCards, v -> c.dumpCards = v, "How many cards --dump covers"));
        c.spec.usageMessage().description(c.spec.usageMessage().description()[0],
                "The seed is portdrill's --seed (default 42).");
        return c.spec;
    }

    private static CommandSpec benchSave() {
        BenchSaveCommand c = new BenchSaveCommand();
        c.counts = List.of("--answers", "--reviews");
        return c.spec = command("save", c, "Time saving an answer (against a bare append and force) and opening ten"
                + " years of progress.", count("--answers", "300", () -> c.answers, v -> c.answers = v, "Answers to"
                        + " time each way"), count("--reviews", "730000", () -> c.reviews, v -> c.reviews = v,
                        "Reviews in the synthetic history (default: ${DEFAULT-VALUE}, ten years of 200 a day)."),
                folder(() -> c.dir, v -> c.dir = v, "Folder to measure in, on the disk that matters (default: the"
                        + " system's temporary folder)."));
    }

    private static CommandSpec benchStartup() {
        BenchStartupCommand c = new BenchStartupCommand();
        c.counts = List.of("--runs");
        return c.spec = command("startup", c, "Time from launch to the first question (plain, and full screen on a"
                + " terminal) and to the menu's first frame, against a hello-world java on the same JDK.",
                count("--runs", "10", () -> c.runs, v -> c.runs = v, "Fresh starts of each kind, after one untimed"
                        + " warm-up"), flag("--no-terminal", () -> c.noTerminal, v -> c.noTerminal = v)
                        .description("Skip the terminal measurement.").build());
    }

    private static CommandSpec benchScan() {
        BenchScanCommand c = new BenchScanCommand();
        c.counts = List.of("--ports", "--repeat");
        return c.spec = command("scan", c, "Time explaining a large nmap XML (a million ports by default) beside"
                + " merely reading it, and its peak memory.", count("--ports", "1000000", () -> c.ports,
                        v -> c.ports = v, "Open <port> elements in the generated scan"),
                count("--repeat", "3", () -> c.repeat, v -> c.repeat = v, "Times each step is run, in turns; the"
                        + " median is reported"), folder(() -> c.dir, v -> c.dir = v, "Folder to make the scan in"
                        + " (default: the system's temporary folder)."));
    }

    private static CommandSpec benchOptimize() {
        BenchOptimizeCommand c = new BenchOptimizeCommand();
        c.counts = List.of("--runs");
        String description = "portdrill's FSRS-6 optimiser against fsrs-rs 6.5 (the reference harness in"
                + " shared/bench) on one revlog: in-process time and log loss of both fits.";
        return c.spec = command("optimize", c, description, revlog(() -> c.revlog, v -> c.revlog = v, "The review"
                        + " log to fit (default: one the harness simulates, 400 cards over 365 days)."),
                option("--bench-dir", Path.class, () -> c.benchDir, v -> c.benchDir = v).paramLabel("DIR")
                        .description("The reference harness (default: ../shared/bench beside the portdrill folder).")
                        .build(), count("--runs", "5", () -> c.runs, v -> c.runs = v, "Timed runs of portdrill's fit"
                        + " after half a second of untimed ones; the median is reported"));
    }

    private static CommandSpec help() {
        HelpCommand c = new HelpCommand();
        Field<List<String>> names = new Field<>(() -> c.command, v -> c.command = v);
        return c.spec = command("help", c, "Show how to use portdrill, or one of its commands (help study, help export"
                + " anki).", PositionalParamSpec.builder().index("0+").arity("0..*").type(List.class)
                        .auxiliaryTypes(String.class).getter(names).setter(names).initialValue(null)
                        .paramLabel("COMMAND").description("The command, and its subcommand if it has one.").build());
    }

    private static CommandSpec completion(PortdrillCommand root) {
        CompletionCommand c = new CompletionCommand();
        c.parent = root;
        return c.spec = command("completion", c, "Print a completion script for bash or zsh: every command and option,"
                + " answer modes, languages and deck names. Load it with: source <(portdrill completion bash).",
                positional(CompletionScript.Shell.class, () -> c.shell, v -> c.shell = v).arity("1").required(true)
                        .paramLabel("bash|zsh").description("The shell: ${COMPLETION-CANDIDATES}.").build());
    }

    private static CommandSpec man() {
        ManCommand c = new ManCommand();
        return c.spec = command("man", c, "Print the manual page (troff man(7) source, made from the command tree):"
                + " read it with portdrill man | man -l -");
    }

    /** A command with its description and its own options and arguments, in the order help lists them. */
    private static CommandSpec command(String name, Object userObject, String description, ArgSpec... args) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name);
        spec.usageMessage().description(description);
        for (ArgSpec arg : args) {
            spec.add(arg);
        }
        new CommandLine(spec);
        return spec;
    }

    /**
     * {@code --help} and {@code --version}, after the command's own options, where help and completion list them.
     * Declared here rather than by picocli's standard mixin, which it makes by reading annotations, for each command.
     */
    private static void helpAndVersion(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    private static CommandSpec add(CommandSpec parent, CommandSpec... subcommands) {
        for (CommandSpec sub : subcommands) {
            helpAndVersion(sub);
            parent.addSubcommand(sub.name(), sub.commandLine());
        }
        return parent;
    }

    private static OptionSpec deck(Supplier<String> read, Consumer<String> write, String description) {
        return option("--deck", String.class, read, write).paramLabel("D").completionCandidates(new DeckNames())
                .description(description).build();
    }

    private static OptionSpec kind(Supplier<String> read, Consumer<String> write, String description) {
        return option("--kind", String.class, read, write).paramLabel("K").description(description).build();
    }

    private static OptionSpec mode(Supplier<AnswerMode> read, Consumer<AnswerMode> write, String modes) {
        return option("--mode", AnswerMode.class, read, write).paramLabel(modes)
                .description("How to answer (default: typed).").build();
    }

    private static OptionSpec deck(StudyOptions study, String description) {
        return deck(() -> study.deck, v -> study.deck = v, description);
    }

    private static OptionSpec kind(StudyOptions study, String description) {
        return kind(() -> study.kind, v -> study.kind = v, description);
    }

    private static OptionSpec mode(StudyOptions study, String modes) {
        return mode(() -> study.mode, v -> study.mode = v, modes);
    }

    private static OptionSpec json(Supplier<Boolean> read, Consumer<Boolean> write, String description) {
        return flag("--json", read, write).description(description).build();
    }

    /** A whole-number option with a default; a description that does not end in '.' gets the default appended. */
    private static OptionSpec count(String name, String defaultValue, Supplier<Integer> read, Consumer<Integer> write,
            String description) {
        return option(name, int.class, read, write).paramLabel("N").defaultValue(defaultValue)
                .description(description.endsWith(".") ? description : description + " (default: ${DEFAULT-VALUE}).")
                .build();
    }

    private static OptionSpec revlog(Supplier<Path> read, Consumer<Path> write, String description) {
        return option("--revlog", Path.class, read, write).paramLabel("FILE.csv").description(description).build();
    }

    private static OptionSpec folder(Supplier<Path> read, Consumer<Path> write, String description) {
        return option("--dir", Path.class, read, write).paramLabel("DIR").description(description).build();
    }

    private static OptionSpec.Builder inherited(OptionSpec.Builder option) {
        return option.scopeType(ScopeType.INHERIT);
    }

    private static OptionSpec.Builder flag(String name, Supplier<Boolean> read, Consumer<Boolean> write) {
        return option(name, boolean.class, read, write);
    }

    /** An option bound to a field; the field's value when the command object is made is the option's initial value. */
    private static <T> OptionSpec.Builder option(String name, Class<T> type, Supplier<T> read, Consumer<T> write) {
        Field<T> field = new Field<>(read, write);
        OptionSpec.Builder option = OptionSpec.builder(name).type(type).getter(field).setter(field).initialValue(read.get());
        return type == Path.class ? option.converters(PATH) : option;
    }

    /** A command's one argument, bound to a field as {@link #option} binds an option. */
    private static <T> PositionalParamSpec.Builder positional(Class<T> type, Supplier<T> read, Consumer<T> write) {
        Field<T> field = new Field<>(read, write);
        PositionalParamSpec.Builder argument = PositionalParamSpec.builder().index("0").type(type).getter(field)
                .setter(field).initialValue(read.get());
        return type == Path.class ? argument.converters(PATH) : argument;
    }

    /** A command object's field as picocli reads and writes it: call() then reads its options as plain fields. */
    private static final class Field<T> implements IGetter, ISetter {
        private final Supplier<T> read;
        private final Consumer<T> write;

        Field(Supplier<T> read, Consumer<T> write) {
            this.read = read;
            this.write = write;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) read.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R value) {
            R old = get();
            write.accept((T) value);
            return old;
        }
    }
}
