package com.portdrill.bench;

import com.portdrill.srs.optimize.Evaluation;
import com.portdrill.srs.optimize.LoggedReview;
import com.portdrill.srs.optimize.Optimizer;
import com.portdrill.srs.optimize.TrainingSet;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code portdrill bench optimize}: fits a revlog CSV with portdrill's optimiser and, when Node and the reference
 * harness ({@code shared/bench/fsrs-optimize.mjs}) are there, with fsrs-rs on the same file; prints both in-process
 * times and both log losses, each fit measured by the reference's evaluator as well as ours. Without a revlog the
 * harness simulates a log first.
 */
public final class OptimizeBench {
    private static final Pattern MS = Pattern.compile("^optimised in (\\d+) ms$", Pattern.MULTILINE);
    private static final Pattern WEIGHTS = Pattern.compile("^parameters: (\\S+)$", Pattern.MULTILINE);
    private static final Pattern METRICS = Pattern.compile(
            "^(given|optimised|default): logLoss=([0-9.]+) rmseBins=([0-9.]+)$", Pattern.MULTILINE);
    private static final long TIMEOUT_S = 600;
    private static final long WARM_UP_NS = 500_000_000L;

    private OptimizeBench() {
    }

    /**
     * @param dir    the reference harness's folder
     * @param revlog the review log to fit; null for one the harness simulates
     * @param runs   timed fits after half a second of untimed ones
     * @param reader reads a revlog CSV as the optimiser takes it
     * @param seed   the optimiser's seed
     */
    public static void run(Path dir, Path revlog, int runs, Function<Path, List<LoggedReview>> reader, long seed,
                           PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        try (WorkDir workDir = WorkDir.create(null, "portdrill-bench-optimize-", WorkDir.TMPDIR)) {
            Path work = workDir.path();
            Optional<Path> harness = harness(dir, work, err);
            Path csv = revlog;
            if (csv == null) {
                if (harness.isEmpty()) {
                    throw new BenchException("no reference harness in " + dir + " to simulate a log; give --revlog FILE.csv"
                            + " or --bench-dir DIR");
                }
                csv = work.resolve("simulated.csv");
                node(harness.get(), err, "--simulate", "--cards", "400", "--days", "365", "--seed", "42",
                        "--write", csv.toString());
            }
            List<LoggedReview> reviews = reader.apply(csv);
            TrainingSet set = TrainingSet.of(reviews);
            out.println(String.format(Locale.ROOT, "log: %s (%d reviews, %d predicted)", csv, reviews.size(), set.size()));
            out.flush();

            long[] first = new long[1];
            Optimizer.Fit fit = timed(set, seed, first);
            double[] times = new double[runs];
            // Untimed fits until the JIT has had half a second with the code (the reference is compiled ahead).
            long warm = System.nanoTime();
            for (int i = 0; i < 2 || System.nanoTime() - warm < WARM_UP_NS; i++) {
                Optimizer.fit(set, new SplittableRandom(seed));
            }
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                Optimizer.fit(set, new SplittableRandom(seed));
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            double[] ours = fit.weights().stream().mapToDouble(Double::doubleValue).toArray();
            Evaluation mine = Evaluation.of(ours, set);
            out.println(String.format(Locale.ROOT, "portdrill: optimised in %.1f ms (median of %d after half a second of"
                    + " untimed fits;"
                    + " the first fit in this JVM took %d ms)", times[runs / 2], runs, first[0]));
            out.println(String.format(Locale.ROOT, "portdrill: logLoss=%.6f rmseBins=%.6f (portdrill's evaluator)",
                    mine.logLoss(), mine.rmseBins()));
            out.flush();
            if (harness.isEmpty()) {
                out.println("reference: not run (no Node or no harness in " + dir + "; see --bench-dir)");
                out.flush();
                return;
            }
            String reference = node(harness.get(), err, "--revlog", csv.toString());
            String given = node(harness.get(), err, "--revlog", csv.toString(), "--evaluate",
                    fit.weights().stream().map(w -> String.format(Locale.ROOT, "%.6f", w)).collect(Collectors.joining(",")));
            Matcher ms = MS.matcher(reference);
            Matcher w = WEIGHTS.matcher(reference);
            String[] refFit = metrics(reference, "optimised");
            String[] defaults = metrics(reference, "default");
            String[] byReference = metrics(given, "given");
            if (!ms.find() || !w.find() || refFit == null || defaults == null || byReference == null) {
                throw new BenchException("the reference harness printed something unexpected; run it by hand: node "
                        + harness.get().resolve("fsrs-optimize.mjs") + " --revlog " + csv);
            }
            out.println("reference: optimised in " + ms.group(1) + " ms (fsrs-rs, in-process)");
            out.println("reference: logLoss=" + refFit[0] + " rmseBins=" + refFit[1] + " (reference's evaluator)");
            out.println("portdrill: logLoss=" + byReference[0] + " rmseBins=" + byReference[1] + " (reference's evaluator)");
            out.println("defaults:  logLoss=" + defaults[0] + " rmseBins=" + defaults[1] + " (reference's evaluator)");
            double gap = (Double.parseDouble(byReference[0]) / Double.parseDouble(refFit[0]) - 1) * 100;
            out.println(String.format(Locale.ROOT, "log loss, portdrill against the reference: %+.3f%%", gap));
            out.flush();
        }
    }

    private static Optimizer.Fit timed(TrainingSet set, long seed, long[] ms) {
        long start = System.nanoTime();
        Optimizer.Fit fit = Optimizer.fit(set, new SplittableRandom(seed));
        ms[0] = (System.nanoTime() - start) / 1_000_000;
        return fit;
    }

    private static String[] metrics(String output, String which) {
        Matcher m = METRICS.matcher(output);
        while (m.find()) {
            if (m.group(1).equals(which)) {
                return new String[]{m.group(2), m.group(3)};
            }
        }
        return null;
    }

    /**
     * The harness ready to run: {@code dir} itself when its packages are installed, else a copy in {@code work}
     * where npm installs them (the shared folder is read-only); empty when Node, npm or the script is missing.
     */
    private static Optional<Path> harness(Path dir, Path work, PrintWriter err) throws InterruptedException {
        if (!Files.isRegularFile(dir.resolve("fsrs-optimize.mjs")) || !runs("node", "--version")) {
            return Optional.empty();
        }
        if (Files.isDirectory(dir.resolve("node_modules/@open-spaced-repetition/binding"))) {
            return Optional.of(dir);
        }
        Path copy = work.resolve("harness");
        try {
            Files.createDirectories(copy);
            for (String f : List.of("fsrs-optimize.mjs", "package.json")) {
                Files.copy(dir.resolve(f), copy.resolve(f));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        err.println("portdrill: installing the reference's packages in a temporary copy of " + dir + " (npm install)…");
        err.flush();
        return run(copy, List.of("npm", "install", "--no-audit", "--no-fund", "--silent")).isPresent()
                ? Optional.of(copy) : Optional.empty();
    }

    private static String node(Path harness, PrintWriter err, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "fsrs-optimize.mjs"));
        command.addAll(List.of(args));
        return run(harness, command).orElseThrow(() -> new BenchException("the reference harness failed: "
                + String.join(" ", command) + " in " + harness));
    }

    private static boolean runs(String... command) throws InterruptedException {
        return run(Path.of("."), List.of(command)).isPresent();
    }

    /** The command's standard output when it exits 0 within the time limit, else empty. */
    private static Optional<String> run(Path dir, List<String> command) throws InterruptedException {
        try {
            Path output = Files.createTempFile("portdrill-bench-", ".out");
            try {
                Process p = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                return p.exitValue() == 0 ? Optional.of(Files.readString(output, StandardCharsets.UTF_8)) : Optional.empty();
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
