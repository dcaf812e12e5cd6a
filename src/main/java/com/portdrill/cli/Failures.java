package com.portdrill.cli;

import com.portdrill.text.Sanitize;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Turns every failure into one line on standard error and the documented exit code; never a stack trace. */
final class Failures {
    private Failures() {
    }

    static int onUsageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println("portdrill: " + Sanitize.forTerminal(what(e, cmd) + hint(e, cmd)) + " (see '" + name + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    /** What is wrong, in the user's words rather than picocli's ("index 0", "a long"). */
    private static String what(ParameterException e, CommandLine cmd) {
        if (e instanceof UnmatchedArgumentException u && !u.isUnknownOption() && !cmd.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty()) {
            return "'" + u.getUnmatched().get(0) + "' is not a command of " + cmd.getCommandSpec().qualifiedName();
        }
        return String.valueOf(e.getMessage()).replace("is not a long", "is not a whole number")
                .replace("is not an int", "is not a whole number");
    }

    /** What was probably meant: picocli's near matches for a mistyped command or option, or the commands there are. */
    private static String hint(ParameterException e, CommandLine cmd) {
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + u.getSuggestions().stream().limit(3).map(x -> "'" + x + "'")
                    .collect(Collectors.joining(" or ")) + "?";
        }
        if (String.valueOf(e.getMessage()).startsWith("Missing required subcommand") && !cmd.getSubcommands().isEmpty()) {
            return ": one of " + String.join(", ", cmd.getSubcommands().keySet());
        }
        return "";
    }

    static int onFailure(Exception e, CommandLine cmd, ParseResult parsed) {
        return ExecutionFailures.report(e, cmd.getErr());
    }
}
