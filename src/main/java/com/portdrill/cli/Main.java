package com.portdrill.cli;

import picocli.CommandLine;

import java.util.Optional;

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
        try (Surroundings.Machine machine = Surroundings.Machine.aheadOf(args)) {
            return run(machine, args);
        }
    }

    /** The same, on the clock and standard input {@code around} gives: a test's fake ones, or the machine's. */
    static int run(Surroundings around, String... args) {
        // Reading the deck a session starts on takes as long as reading the command line, so the likely one (the
        // deck the default settings name, in the default folder) is read meanwhile; a session that wants another
        // reads that one instead.
        Optional<DeckLoad> likely = Grammar.mayStartASession(args)
                ? Optional.of(ChosenDeck.saved(GlobalOptions.defaultDecksDir(), GlobalOptions.defaultDataDir(),
                        Optional.empty()))
                : Optional.empty();
        CommandLine cli = Grammar.forRun(likely, around, args);
        try {
            return cli.execute(args);
        } catch (Error e) {
            // The grammar turns exceptions into one line; an error (out of memory, a stack overflow) gets one too.
            return ExecutionFailures.report(e, cli.getErr());
        }
    }
}
