package com.portdrill.cli;

import com.portdrill.bench.StartupBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code portdrill bench startup}: the options of {@link StartupBench}, which measures.
 */
@Command(name = "startup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Time from launch to the first question (plain, and full screen on a terminal) and to the menu's first frame, against a hello-world java on the same JDK.")
public final class BenchStartupCommand extends BenchSubcommand {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "10",
            description = "Fresh starts of each kind, after one untimed warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--no-terminal", description = "Skip the terminal measurement.")
    boolean noTerminal;

    @Override
    void measure(PrintWriter out, PrintWriter err) throws InterruptedException {
        if (runs < 1) {
            throw UserError.usage("--runs must be at least 1");
        }
        try {
            new StartupBench(runs, noTerminal, GlobalOptions.home().resolve("portdrill")).run(out);
        } catch (IOException e) {
            throw UserError.failure("bench startup: " + e.getMessage());
        }
    }
}
