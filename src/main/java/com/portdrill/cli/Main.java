package com.portdrill.cli;

import picocli.CommandLine;

/** Entry point: parses the command line, runs the command, and turns every failure into one line and an exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs portdrill as the launcher would, returning the exit code instead of exiting. */
    public static int run(String... args) {
        CommandLine cli = CommandTree.of(args);
        cli.setParameterExceptionHandler(Failures::onUsageError);
        cli.setExecutionExceptionHandler(Failures::onFailure);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }
}
