package com.portdrill.cli;

import com.portdrill.text.Sanitize;

import java.io.PrintWriter;

/**
 * What a command that failed while running says: a {@link UserError}'s own line and code, else one line that
 * names the error and exit 1, never a stack trace (unless PORTDRILL_DEBUG is set): for an exception a command
 * throws ({@link Failures}) and for an error that reaches {@link Main}.
 */
final class ExecutionFailures {
    private ExecutionFailures() {
    }

    static int report(Throwable e, PrintWriter err) {
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
