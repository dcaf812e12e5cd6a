package com.portdrill.cli;

import picocli.CommandLine;

/**
 * Entry point: runs the command the arguments name, as {@link Grammar} reads them, and turns every failure into
 * one line and an exit code.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs portdrill as the launcher would, returning the exit code instead of exiting. */
    public static int run(String... args) {
        CommandLine cli = Grammar.forRun(args);
        try {
            return cli.execute(args);
        } catch (Error e) {
            // The grammar turns exceptions into one line; an error (out of memory, a stack overflow) gets one too.
            return ExecutionFailures.report(e, cli.getErr());
        }
    }
}
