package com.portdrill.cli;

import com.portdrill.bench.BenchException;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What every {@code bench} subcommand shares: picocli's streams, and a benchmark that cannot go on said in its one
 * line. Each subcommand declares its options and hands them to its benchmark in the {@code bench} package.
 */
abstract class BenchSubcommand implements Callable<Integer> {
    CommandSpec spec;

    /**
     * The options that count what to measure, so at least 1 (a benchmark of nothing says nothing); {@link Grammar}
     * names them beside their declarations, and one below 1 is a usage error naming them all.
     */
    List<String> counts = List.of();

    @Override
    public final Integer call() throws IOException, InterruptedException {
        if (counts.stream().anyMatch(name -> spec.findOption(name).<Integer>getValue() < 1)) {
            String last = counts.get(counts.size() - 1);
            String all = counts.size() == 1 ? last
                    : String.join(", ", counts.subList(0, counts.size() - 1)) + " and " + last;
            throw UserError.usage(all + " must be at least 1");
        }
        try {
            measure(spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (BenchException e) {
            throw UserError.failure(e.getMessage());
        }
        return ExitCode.OK;
    }

    /** Runs the benchmark with its options, its counts checked, printing its figures. */
    abstract void measure(PrintWriter out, PrintWriter err) throws IOException, InterruptedException;
}
