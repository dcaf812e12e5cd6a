package com.portdrill.cli;

import java.util.OptionalInt;

/**
 * Entry point: runs the command the arguments name and turns every failure into one line and an exit code.
 * The study commands and the menu with plain options are parsed by {@link QuickStart} without loading picocli
 * (it cost the first question about 80 ms); every other line, and every line it is not sure of, by picocli.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs portdrill as the launcher would, returning the exit code instead of exiting. */
    public static int run(String... args) {
        try {
            OptionalInt quick = QuickStart.run(args);
            return quick.isPresent() ? quick.getAsInt() : PicocliMain.run(args);
        } catch (Error e) {
            // Both paths turn exceptions into one line; an error (out of memory, a stack overflow) gets one too.
            return ExecutionFailures.report(e, StandardStreams.err());
        }
    }
}
