package com.portdrill.cli;

import com.portdrill.deck.PortKnowledge;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.bench.ProcStatus;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.bench.NmapXmlFile;
import com.portdrill.store.ScanFileException;
import com.portdrill.store.ScanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * {@code portdrill bench scan}: makes a large nmap XML (a million open ports by default, as a sweep of a /16 on the
 * common ports gives) and times reading its bytes, parsing it, and explaining every port, in turns; with the peak
 * heap while explaining. Works in a temporary folder it removes.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Time explaining a large nmap XML (a million ports by default) beside merely reading it, and its peak memory.")
public final class BenchScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ports", paramLabel = "N", defaultValue = "1000000",
            description = "Open <port> elements in the generated scan (default: ${DEFAULT-VALUE}).")
    int ports;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Times each step is run, in turns; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder to make the scan in (default: the system's temporary folder).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (ports < 1 || repeat < 1) {
            throw UserError.usage("--ports and --repeat must be at least 1");
        }
        Path work;
        try {
            work = dir == null ? Files.createTempDirectory("portdrill-bench-") : Files.createTempDirectory(dir, "portdrill-bench-");
        } catch (IOException e) {
            throw UserError.failure("cannot create a folder to measure in (" + e.getMessage() + "); pass --dir with a writable folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path file = work.resolve("scan.xml");
        try {
            long bytes = NmapXmlFile.writeNmapXml(file, ports);
            PortKnowledge knowledge = PortKnowledge.of(CatalogueFiles.load(), DeckDataFiles.load());
            out.println(String.format(Locale.ROOT, "scan: %d open ports in %.1f MB of nmap XML", ports, bytes / 1e6));
            double[] read = new double[repeat];
            double[] parse = new double[repeat];
            double[] explain = new double[repeat];
            double[] parseCpu = new double[repeat];
            double[] explainCpu = new double[repeat];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long peakHeap = 0;
            for (int r = 0; r < repeat; r++) {
                long t0 = System.nanoTime();
                NmapXmlFile.readBytes(file);
                read[r] = ms(t0);
                long[] count = new long[1];
                t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                ScanFiles.read(ScanFiles.open(file), Optional.empty(), l -> count[0]++, line -> { });
                parse[r] = ms(t0);
                parseCpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                check(count[0]);
                System.gc();
                resetPeaks();
                t0 = System.nanoTime();
                c0 = threads.getCurrentThreadCpuTime();
                ScanRows rows = new ScanRows(knowledge, row -> { });
                ScanFiles.read(ScanFiles.open(file), Optional.empty(), rows, rows::unreadable);
                explain[r] = ms(t0);
                explainCpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                peakHeap = Math.max(peakHeap, peakHeap());
                check(rows.tally().rows());
            }
            double read50 = median(read);
            double parse50 = median(parse);
            double explain50 = median(explain);
            out.println(String.format(Locale.ROOT, "read the bytes: median %.0f ms", read50));
            // On a shared machine the wall clock counts other programs' turns too; the thread's CPU time does not.
            out.println(String.format(Locale.ROOT, "parse (ports read, not explained): median %.0f ms (CPU %.0f ms), %.2f M ports/s",
                    parse50, median(parseCpu), ports / parse50 / 1e3));
            out.println(String.format(Locale.ROOT,
                    "explain (parse, look up, flag, count): median %.0f ms (CPU %.0f ms), %.2f M ports/s (%.2f by CPU time; target >= 1)",
                    explain50, median(explainCpu), ports / explain50 / 1e3, ports / median(explainCpu) / 1e3));
            out.println(String.format(Locale.ROOT, "peak heap while explaining: %.1f MiB (target < 256); max heap %.0f MiB",
                    peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0));
            OptionalLong resident = residentPeakKib();
            if (resident.isPresent()) {
                out.println(String.format(Locale.ROOT, "peak resident memory of the whole run (VmHWM): %.1f MiB",
                        resident.getAsLong() / 1024.0));
            }
        } catch (ScanFileException e) {
            throw UserError.failure(e.getMessage());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(work);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The process's resident high-water mark, where Linux gives it; writing the scan and the JIT count too. */
    private static OptionalLong residentPeakKib() {
        try {
            return ProcStatus.peakResidentKib(Files.readString(Path.of("/proc/self/status")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private void check(long rows) {
        if (rows != ports) {
            throw UserError.failure("the benchmark read " + rows + " ports of the " + ports + " it wrote");
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since they were reset: garbage not yet collected counts too. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
