package com.portdrill.bench;

import com.portdrill.store.ScanFileException;
import com.portdrill.store.ScanFiles;

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

/**
 * {@code portdrill bench scan}: makes a large nmap XML (a million open ports by default, as a sweep of a /16 on the
 * common ports gives) and times reading its bytes, parsing it, and explaining every port, in turns; with the peak
 * heap while explaining. Works in a temporary folder it removes.
 */
public final class ScanBench {
    /** What {@code scan} does with a file: parse, look up, flag and count every port. */
    public interface Explainer {
        /** @return how many ports it explained */
        long explain(Path file) throws IOException;
    }

    private final int ports;
    private final int repeat;

    public ScanBench(int ports, int repeat) {
        this.ports = ports;
        this.repeat = repeat;
    }

    /**
     * Measures in a folder made in {@code dir} (null: the system's temporary folder) and prints the figures.
     *
     * @param explainer how the command line explains a scan
     */
    public void run(Path dir, Explainer explainer, PrintWriter out) throws IOException {
        try (WorkDir work = WorkDir.create(dir, "portdrill-bench-", WorkDir.PASS_DIR)) {
            Path file = work.resolve("scan.xml");
            long bytes = NmapXmlFile.writeNmapXml(file, ports);
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
                long explained = explainer.explain(file);
                explain[r] = ms(t0);
                explainCpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                peakHeap = Math.max(peakHeap, peakHeap());
                check(explained);
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
            throw new BenchException(e.getMessage());
        }
        out.flush();
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
            throw new BenchException("the benchmark read " + rows + " ports of the " + ports + " it wrote");
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
