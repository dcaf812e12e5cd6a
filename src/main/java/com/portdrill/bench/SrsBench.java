package com.portdrill.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code portdrill bench srs}: times the FSRS simulation of {@code shared/bench/ts-fsrs-throughput.mjs} with the
 * same options and prints the same lines, so the two can be run one after the other and compared.
 *
 * @param dump      where to write one JSON line per review of the first {@code dumpCards} cards; null for nowhere
 * @param seed32    the seed, as the script takes it: a 32-bit int
 */
public record SrsBench(int cards, int reviews, int repeat, Path dump, int dumpCards, int seed32) {
    public void run(PrintWriter out) {
        Simulation simulation = new Simulation(cards, reviews, seed32, dump == null ? 0 : dumpCards);
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
    }

    private void write(List<String> rows) {
        try {
            Files.writeString(dump, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchException("cannot write " + dump + " (" + e.getMessage() + "); give --dump a writable file");
        }
    }
}
