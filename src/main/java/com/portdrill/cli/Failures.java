package com.portdrill.cli;

import com.portdrill.text.Sanitize;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/** Turns every failure into one line on standard error and the documented exit code; never a stack trace. */
final class Failures {
    private Failures() {
    }

    static int onUsageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println("portdrill: " + Sanitize.forTerminal(e.getMessage()) + " (see '" + name + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    static int onFailure(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserError user) {
            err.println("portdrill: " + Sanitize.forTerminal(user.getMessage()));
            err.flush();
            return user.exitCode();
        }
        err.println("portdrill: unexpected error: " + Sanitize.forTerminal(String.valueOf(e))
                + " (your progress is saved; please report this with the command you ran)");
        if (System.getenv("PORTDRILL_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.FAILURE;
    }
}
