package com.portdrill.cli;

import com.portdrill.srs.bench.Checksums;
import com.portdrill.srs.bench.GoldenRow;
import com.portdrill.srs.bench.Simulation;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code portdrill bench srs}: times the FSRS simulation of {@code shared/bench/ts-fsrs-throughput.mjs} with the
 * same options and prints the same lines, so the two can be run one after the other and compared.
 */
public final class BenchSrsCommand implements Callable<Integer> {
    private static final long DEFAULT_SEED = 42;

    BenchCommand bench;

    CommandSpec spec;

    int cards;

    int reviews;

    int repeat;

    Path dump;

    int dumpCards;

    @Override
    public Integer call() {
        if (cards < 0 || reviews < 0 || dumpCards < 0 || repeat < 1) {
            throw UserError.usage("--cards, --reviews and --dump-cards must be 0 or more and --repeat at least 1");
        }
        Long seed = bench.global().seed();
        // The script takes its seed as a 32-bit int (seed | 0); a long narrowed to int wraps the same way.
        int seed32 = (int) (seed == null ? DEFAULT_SEED : seed);
        Simulation simulation = new Simulation(cards, reviews, seed32, dump == null ? 0 : dumpCards);
        PrintWriter out = spec.commandLine().getOut();
        double[] rates = new double[repeat];
        Checksums sums = null;
        for (int k = 0; k < repeat; k++) {
            List<String> rows = dump != null && k == 0 ? new ArrayList<>() : null;
            long start = System.nanoTime();
            sums = rows == null ? simulation.run() : simulation.run(row -> rows.add(row.toJson()));
            double ms = (System.nanoTime() - start) / 1e6;
            rates[k] = simulation.totalReviews() / (ms / 1000);
            out.printf(Locale.ROOT, "run %d: %d reviews in %.1f ms = %d reviews/s%n",
                    k + 1, simulation.totalReviews(), ms, Math.round(rates[k]));
            if (rows != null) {
                write(rows);
            }
        }
        Arrays.sort(rates);
        out.printf(Locale.ROOT, "portdrill FSRS-6 (ts-fsrs 5.4.2 rules); java %s; cards=%d reviews=%d seed=%d fuzz=off%n",
                Runtime.version(), cards, reviews, seed32);
        out.println("median reviews/s: " + Math.round(rates[rates.length / 2]));
        out.println(sums.line());
        if (dump != null) {
            out.println("golden rows for cards 0.." + (dumpCards - 1) + " written to " + dump);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void write(List<String> rows) {
        try {
            Files.writeString(dump, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.failure("cannot write " + dump + " (" + e.getMessage() + "); give --dump a writable file");
        }
    }
}
