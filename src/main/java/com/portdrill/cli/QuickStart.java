package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The command lines a user types to study, parsed without picocli: reading the commands' annotations cost the
 * first question about 80 ms. It accepts only {@code [global options] [study|quiz|review|drill [its options]]},
 * global options before or after the command, {@code --opt value} or {@code --opt=value}, and sets the same
 * fields picocli would on the same command objects. Whatever it is not sure picocli would read the same way (help,
 * version, an unknown or repeated option, a value that does not convert, a value that looks like an option, a
 * command name or an {@code @file}, {@code --}, any other command) it declines, and picocli parses the whole line,
 * so that every message and help text stays picocli's.
 */
final class QuickStart {
    /** Every command name picocli knows at the root: picocli refuses a value spelt like one, even after {@code =}. */
    static final List<String> COMMAND_NAMES = List.of("catalogue", "explain", "scan", "decks", "export", "stats", "optimize",
            "bench", "study", "quiz", "review", "drill", "help", "completion", "man");

    /** Thrown to leave the parse when picocli must read the line; made once, as it carries nothing. */
    private static final Decline DECLINE = new Decline();

    private QuickStart() {
    }

    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super("left to picocli", null, false, false);
        }
    }

    /**
     * Runs the command these arguments name when they are a line this class reads, with the same one-line failures
     * and exit codes as under picocli; empty when picocli must run the line.
     */
    static OptionalInt run(String... args) {
        Optional<Callable<Integer>> command = parse(args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(command.get().call());
        } catch (Exception e) {
            return OptionalInt.of(ExecutionFailures.report(e, StandardStreams.err()));
        }
    }

    /**
     * The command these arguments run, its options and its parent's global options set as picocli would set them;
     * empty when the line is one to leave to picocli.
     */
    static Optional<Callable<Integer>> parse(String... args) {
        try {
            return Optional.of(parsed(args));
        } catch (Decline d) {
            return Optional.empty();
        }
    }

    private static Callable<Integer> parsed(String[] args) {
        PortdrillCommand root = new PortdrillCommand();
        root.global = new GlobalOptions();
        Callable<Integer> command = root;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                if (command != root) {
                    throw DECLINE;
                }
                command = subcommand(arg, root);
                continue;
            }
            int eq = arg.indexOf('=');
            String option = eq > 0 ? arg.substring(0, eq) : arg;
            if (!seen.add(option)) {
                throw DECLINE;
            }
            if (flag(root.global, option)) {
                if (eq > 0) {
                    throw DECLINE;
                }
                continue;
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw DECLINE;
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || COMMAND_NAMES.contains(value)) {
                throw DECLINE;
            }
            if (!global(root.global, option, value) && !own(command, option, value)) {
                throw DECLINE;
            }
        }
        return command;
    }

    private static Callable<Integer> subcommand(String name, PortdrillCommand root) {
        switch (name) {
            case "study": {
                StudyCommand c = new StudyCommand();
                c.parent = root;
                return c;
            }
            case "quiz": {
                QuizCommand c = new QuizCommand();
                c.parent = root;
                return c;
            }
            case "review": {
                ReviewCommand c = new ReviewCommand();
                c.parent = root;
                return c;
            }
            case "drill": {
                DrillCommand c = new DrillCommand();
                c.parent = root;
                return c;
            }
            default:
                throw DECLINE;
        }
    }

    /** Sets a global option that takes no value; false when {@code option} is not one. */
    private static boolean flag(GlobalOptions global, String option) {
        switch (option) {
            case "--plain":
                global.plain = true;
                return true;
            case "--no-color":
                global.noColor = true;
                return true;
            default:
                return false;
        }
    }

    /** Sets a global option that takes a value; false when {@code option} is not one. */
    private static boolean global(GlobalOptions global, String option, String value) {
        switch (option) {
            case "--lang":
                global.lang = enumValue(Lang.values(), value);
                return true;
            case "--data-dir":
                global.dataDir = path(value);
                return true;
            case "--decks-dir":
                global.decksDir = path(value);
                return true;
            case "--seed":
                try {
                    global.seed = Long.valueOf(value);
                } catch (NumberFormatException e) {
                    throw DECLINE;
                }
                return true;
            default:
                return false;
        }
    }

    /** Sets an option of the subcommand; false when it has none of that name. */
    private static boolean own(Callable<Integer> command, String option, String value) {
        if (command instanceof StudyCommand) {
            StudyCommand c = (StudyCommand) command;
            switch (option) {
                case "--deck":
                    c.deck = value;
                    return true;
                case "--mode":
                    c.mode = enumValue(AnswerMode.values(), value);
                    return true;
                case "--limit":
                    c.limit = wholeNumber(value);
                    return true;
                default:
                    return false;
            }
        }
        if (command instanceof QuizCommand) {
            QuizCommand c = (QuizCommand) command;
            switch (option) {
                case "--deck":
                    c.deck = value;
                    return true;
                case "--mode":
                    c.mode = enumValue(AnswerMode.values(), value);
                    return true;
                case "--seconds":
                    c.seconds = wholeNumber(value);
                    return true;
                default:
                    return false;
            }
        }
        if (command instanceof ReviewCommand) {
            if (option.equals("--mode")) {
                ((ReviewCommand) command).mode = enumValue(AnswerMode.values(), value);
                return true;
            }
            return false;
        }
        if (command instanceof DrillCommand) {
            DrillCommand c = (DrillCommand) command;
            switch (option) {
                case "--deck":
                    c.deck = value;
                    return true;
                case "--mode":
                    c.mode = enumValue(AnswerMode.values(), value);
                    return true;
                default:
                    return false;
            }
        }
        return false;
    }

    /** picocli's reading of an enum with case-insensitive values allowed: the name or toString, any case. */
    private static <E extends Enum<E>> E enumValue(E[] constants, String value) {
        for (E e : constants) {
            if (value.equals(e.toString()) || value.equals(e.name()) || value.equalsIgnoreCase(e.toString())
                    || value.equalsIgnoreCase(e.name())) {
                return e;
            }
        }
        throw DECLINE;
    }

    /** picocli reads an int with {@link Integer#valueOf(String)}. */
    private static int wholeNumber(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw DECLINE;
        }
    }

    /** picocli reads a Path with {@link Paths#get}. */
    private static Path path(String value) {
        try {
            return Paths.get(value);
        } catch (InvalidPathException e) {
            throw DECLINE;
        }
    }
}
