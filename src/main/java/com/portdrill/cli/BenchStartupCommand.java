package com.portdrill.cli;

import com.portdrill.bench.StartupBench;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code portdrill bench startup}: the options of {@link StartupBench}, which measures.
 */
public final class BenchStartupCommand extends BenchSubcommand {
    int runs;

    boolean noTerminal;

    @Override
    void measure(PrintWriter out, PrintWriter err) throws InterruptedException {
        try {
            new StartupBench(runs, noTerminal, GlobalOptions.home().resolve("portdrill")).run(out);
        } catch (IOException e) {
            throw UserError.failure("bench startup: " + e.getMessage());
        }
    }
}
