package com.portdrill.cli;

import com.portdrill.text.Sanitize;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The manual page, troff {@code man(7)} source, made from picocli's model of the whole command tree: every command
 * with its synopsis, description, options and arguments comes from the same grammar as {@code --help}, so the
 * two cannot drift. Only what the tree does not hold (exit status, environment, files) is written here. The source
 * is ASCII: other characters are written as troff's {@code \[uXXXX]}, so no input encoding needs guessing.
 */
final class ManPage {
    private ManPage() {
    }

    static String of(CommandLine tree, String version) {
        CommandSpec root = tree.getCommandSpec();
        StringBuilder page = new StringBuilder();
        page.append(".TH PORTDRILL 1 \"\" \"").append(text(version)).append("\" \"User Commands\"\n");
        page.append(".SH NAME\nportdrill \\- ").append(text(String.join(" ", root.usageMessage().description())))
                .append('\n');
        page.append(".SH SYNOPSIS\n.B portdrill\n[\\fIGLOBAL OPTIONS\\fR] [\\fICOMMAND\\fR [\\fIOPTIONS\\fR]"
                + " [\\fIARGUMENTS\\fR]]\n");
        page.append(".SH DESCRIPTION\n").append(text("With no command, portdrill opens its full-screen menu: study,"
                + " timed quiz, review missed, drill, statistics, look up and settings. Each command below does one of"
                + " these directly, or prints, builds, exports or measures. Global options are accepted before or after"
                + " the command. When standard input or output is not a terminal, with --plain, or with TERM=dumb,"
                + " every interactive command runs in plain mode: a question on a line, the answer read as one line,"
                + " feedback printed only after the answer is on disk.")).append('\n');
        page.append(".SH COMMANDS\n");
        for (CommandLine sub : tree.getSubcommands().values()) {
            command(page, sub);
        }
        page.append(".SH GLOBAL OPTIONS\n").append(text("Every command takes these, before or after its name.")).append('\n');
        for (OptionSpec option : root.options()) {
            option(page, option);
        }
        page.append(".SH EXIT STATUS\n");
        item(page, "\\fB0\\fR", "Success; also the end of input in plain mode, and leaving the full screen (Esc, q or"
                + " Ctrl-C).");
        item(page, "\\fB1\\fR", "Any other failure (a deck or file that cannot be read, damaged input, a full disk):"
                + " one line on standard error, never a stack trace. Every acknowledged answer is kept.");
        item(page, "\\fB2\\fR", "A usage error: one line on standard error that says what to fix.");
        item(page, "\\fB130\\fR", "Interrupted by Ctrl-C (SIGINT) outside the full screen, as in plain mode. Every"
                + " answer whose feedback was shown is on disk.");
        page.append(".SH ENVIRONMENT\n");
        item(page, "\\fBNO_COLOR\\fR", "When set and not empty, no colour (as --no-color).");
        item(page, "\\fBCOLUMNS\\fR", "The width stats draws its charts to when the output is not a terminal (else 80).");
        item(page, "\\fBTZ\\fR", "The time zone days are counted in.");
        item(page, "\\fBPORTDRILL_JAVA\\fR", "The Java (an executable or a Java home, 17 or newer) the launcher runs.");
        page.append(".SH FILES\n");
        item(page, "\\fIprogress/\\fR", "Your answers and settings (or --data-dir): journal.jsonl, the truth, one line"
                + " per answer forced to disk before its feedback; snapshot.json and reviews.v2.cache, caches rebuilt"
                + " from it; settings.json; quiz-results.json; parameters.json (the fitted FSRS parameters); .lock, held"
                + " while a copy writes. Damaged files are moved aside, never deleted.");
        item(page, "\\fIdecks/\\fR", "The decks (or --decks-dir), one JSON file each, built by portdrill decks build.");
        page.append(".SH SEE ALSO\n").append(text("README.md in the portdrill folder; portdrill COMMAND --help;"
                + " portdrill completion bash.")).append('\n');
        return page.toString();
    }

    /** A command's section: synopsis, description, its own options and arguments, then its subcommands. */
    private static void command(StringBuilder page, CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.usageMessage().hidden()) {
            return;
        }
        page.append(".SS \"").append(text(spec.qualifiedName())).append("\"\n");
        page.append(".B ").append(text(spec.qualifiedName())).append('\n').append(synopsis(command)).append(".PP\n");
        page.append(text(String.join(" ", spec.usageMessage().description()))).append('\n');
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                item(page, "\\fI" + text(p.paramLabel()) + "\\fR", String.join(" ", p.description()));
            }
        }
        for (OptionSpec option : own(spec)) {
            option(page, option);
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            command(page, sub);
        }
    }

    /** The options a command declares itself: not the global ones it inherits, nor --help and --version. */
    private static List<OptionSpec> own(CommandSpec spec) {
        List<OptionSpec> own = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.inherited() && !o.usageHelp() && !o.versionHelp() && !o.hidden()) {
                own.add(o);
            }
        }
        return own;
    }

    /** What follows the command's name in its synopsis: options, arguments, or the subcommands to choose from. */
    private static String synopsis(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        List<String> parts = new ArrayList<>();
        if (!command.getSubcommands().isEmpty()) {
            parts.add("\\fI" + text(String.join("|", command.getSubcommands().keySet())) + "\\fR");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                String label = "\\fI" + text(p.paramLabel()) + "\\fR";
                parts.add(p.arity().min() == 0 ? "[" + label + "]" : label);
            }
        }
        for (OptionSpec o : own(spec)) {
            String use = "\\fB" + text(o.longestName()) + "\\fR" + (o.arity().max() > 0 ? " \\fI" + text(o.paramLabel())
                    + "\\fR" : "");
            parts.add(o.required() ? use : "[" + use + "]");
        }
        return parts.isEmpty() ? "" : String.join(" ", parts) + "\n";
    }

    private static void option(StringBuilder page, OptionSpec option) {
        if (option.hidden()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String name : option.names()) {
            names.add("\\fB" + text(name) + "\\fR");
        }
        String label = option.arity().max() > 0 ? " \\fI" + text(option.paramLabel()) + "\\fR" : "";
        item(page, String.join(", ", names) + label, String.join(" ", option.description()));
    }

    /** A tagged paragraph: {@code head} is troff already, {@code body} plain text. */
    private static void item(StringBuilder page, String head, String body) {
        page.append(".TP\n").append(head).append('\n').append(text(body)).append('\n');
    }

    /**
     * Plain text as troff text on a line of its own: control characters made visible as on the terminal, backslashes
     * and hyphens escaped (a bare '-' may be set as a hyphen, and options must copy as typed), a leading '.' or '\''
     * kept from reading as a request, and every character beyond ASCII written by its code point.
     */
    static String text(String plain) {
        String safe = Sanitize.forTerminal(plain);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        if (safe.startsWith(".") || safe.startsWith("'")) {
            out.append("\\&");
        }
        safe.codePoints().forEach(c -> {
            if (c == '\\') {
                out.append("\\e");
            } else if (c == '-') {
                out.append("\\-");
            } else if (c > 0x7e) {
                out.append(String.format("\\[u%04X]", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
