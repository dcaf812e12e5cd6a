package com.portdrill.cli;

import com.portdrill.bench.BenchException;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * What every {@code bench} subcommand shares: picocli's streams, and a benchmark that cannot go on said in its one
 * line. Each subcommand declares its options and hands them to its benchmark in the {@code bench} package.
 */
abstract class BenchSubcommand implements Callable<Integer> {
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException, InterruptedException {
        try {
            measure(spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (BenchException e) {
            throw UserError.failure(e.getMessage());
        }
        return ExitCode.OK;
    }

    /** A usage error naming the options when one of their counts is below 1: a benchmark of nothing says nothing. */
    static void atLeastOne(String options, int... counts) {
        if (Arrays.stream(counts).anyMatch(n -> n < 1)) {
            throw UserError.usage(options + " must be at least 1");
        }
    }

    /** Checks the options (a usage error when they do not fit) and runs the benchmark, printing its figures. */
    abstract void measure(PrintWriter out, PrintWriter err) throws IOException, InterruptedException;
}
