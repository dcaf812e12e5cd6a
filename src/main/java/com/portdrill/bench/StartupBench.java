package com.portdrill.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code portdrill bench startup}: what a user waits for, from launch to the first question in plain mode and to
 * the first question's frame on a terminal (and the menu's), against a hello-world on the same JDK with the same
 * options, each started fresh several times in turns; medians, ratios and peak memory.
 *
 * @param runs       fresh starts of each kind after one untimed warm-up
 * @param noTerminal true to skip the terminal's figures
 * @param launcher   the {@code portdrill} script, timed too when it is executable
 */
public record StartupBench(int runs, boolean noTerminal, Path launcher) {
    static final double PLAIN_TARGET = 4;
    static final double TERMINAL_TARGET = 5;
    static final double MEMORY_TARGET_MIB = 100;
    private static final int COLS = 100;
    private static final int ROWS = 30;
    private static final List<String> PLAIN = List.of("study", "--plain");
    /**
     * {@code study} on a terminal runs full screen: its first question's frame is what a user who starts studying
     * waits for, so it is the figure held to the target.
     */
    private static final List<String> TERMINAL = List.of("study");
    /** The full-screen menu, what plain {@code portdrill} shows on a terminal: measured too, as it is cheap. */
    private static final List<String> MENU = List.of();
    /** The first question as plain mode prints it: its counter ("[0 done · 20 left]"), then the prompt. */
    public static final Pattern FIRST_QUESTION = Pattern.compile("^\\[0 done · \\d+ left\\] \\S");

    /** Measures in a temporary folder it removes, and prints the figures. */
    public void run(PrintWriter out) throws IOException, InterruptedException {
        JavaCommand java = JavaCommand.parse(ownCommandLine());
        try (WorkDir work = WorkDir.create(null, "portdrill-startup-", WorkDir.TMPDIR)) {
            HelloWorld.compileInto(work.path());
            boolean terminal = !noTerminal && StartupProbe.terminalAvailable();
            out.println("JDK " + System.getProperty("java.version") + " at " + java.java());
            out.println("JVM options: " + String.join(" ", java.options()));
            out.println(String.format(Locale.ROOT, "%d runs of each after a warm-up; medians; peak memory is VmHWM "
                    + "from /proc/<pid>/status read at that moment, the largest over the runs", runs));
            if (!terminal) {
                out.println(noTerminal ? "terminal: skipped (--no-terminal)"
                        : "terminal: skipped (the 'script' command from util-linux is not installed)");
            }
            out.flush();
            Results r = measure(java, work.path(), terminal);
            report(out, r, terminal);
        }
        out.flush();
    }

    private record Series(List<Double> ms, List<Long> peakKib) {
        Series() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void add(Sample s) {
            ms.add(s.ms());
            s.peakKib().ifPresent(peakKib::add);
        }

        double median() {
            return Medians.of(ms);
        }

        OptionalLong peak() {
            return peakKib.isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(Medians.max(peakKib.stream().mapToLong(Long::longValue).toArray()));
        }
    }

    private record Results(Series hello, Series plain, Series launcher, Series helloTerminal, Series terminal,
                           Series menu) {
    }

    private Results measure(JavaCommand java, Path work, boolean terminal) throws IOException, InterruptedException {
        StartupProbe probe = new StartupProbe(Duration.ofSeconds(30));
        List<String> hello = java.sameJvm(work.toString(), HelloWorld.MAIN);
        Pattern helloLine = Pattern.compile("^" + Pattern.quote(HelloWorld.LINE) + "$");
        Results r = new Results(new Series(), new Series(), new Series(), new Series(), new Series(), new Series());
        boolean viaLauncher = Files.isExecutable(launcher);
        for (int i = 0; i <= runs; i++) {
            boolean timed = i > 0;
            Sample h = probe.untilLine(hello, helloLine);
            Sample p = probe.untilLine(java.application(withDataDir(PLAIN, work, "plain-" + i)), FIRST_QUESTION);
            if (timed) {
                r.hello().add(h);
                r.plain().add(p);
            }
            if (viaLauncher) {
                List<String> command = new ArrayList<>(List.of(launcher.toString()));
                command.addAll(withDataDir(PLAIN, work, "launcher-" + i));
                Sample l = probe.untilLine(command, FIRST_QUESTION);
                if (timed) {
                    r.launcher().add(l);
                }
            }
            if (terminal) {
                Sample ht = probe.terminalUntilLine(hello, helloLine, COLS, ROWS);
                Sample t = probe.terminalUntilFrame(java.application(withDataDir(TERMINAL, work, "terminal-" + i)),
                        COLS, ROWS, new FrameWatch(20, Duration.ofMillis(150).toNanos()));
                Sample m = probe.terminalUntilFrame(java.application(withDataDir(MENU, work, "menu-" + i)),
                        COLS, ROWS, new FrameWatch(20, Duration.ofMillis(150).toNanos()));
                if (timed) {
                    r.helloTerminal().add(ht);
                    r.terminal().add(t);
                    r.menu().add(m);
                }
            }
        }
        return r;
    }

    private static List<String> withDataDir(List<String> args, Path work, String run) {
        List<String> all = new ArrayList<>(args);
        all.add("--data-dir");
        all.add(work.resolve(run).toString());
        return all;
    }

    private static void report(PrintWriter out, Results r, boolean terminal) {
        double hello = r.hello().median();
        out.println(row("hello world, pipe", r.hello(), ""));
        out.println(row("plain first question", r.plain(), ratio(r.plain().median(), hello, PLAIN_TARGET)));
        if (!r.launcher().ms().isEmpty()) {
            out.println(row("  the same via ./portdrill", r.launcher(), ratio(r.launcher().median(), hello, PLAIN_TARGET)));
        }
        if (terminal) {
            double helloTerminal = r.helloTerminal().median();
            out.println(row("hello world, terminal", r.helloTerminal(), ""));
            out.println(row("terminal first question", r.terminal(),
                    ratio(r.terminal().median(), helloTerminal, TERMINAL_TARGET)));
            out.println(row("  terminal menu", r.menu(), ratio(r.menu().median(), helloTerminal, TERMINAL_TARGET)));
        }
        long peak = Stream.of(r.plain(), r.launcher(), r.terminal(), r.menu()).map(Series::peak).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max().orElse(-1);
        if (peak < 0) {
            out.println("peak memory: unknown (no /proc here)");
        } else {
            double mib = peak / 1024.0;
            out.println(String.format(Locale.ROOT, "peak memory: %.1f MiB (target < %.0f MiB: %s)",
                    mib, MEMORY_TARGET_MIB, mib < MEMORY_TARGET_MIB ? "met" : "missed"));
        }
    }

    static String ratio(double value, double reference, double target) {
        double ratio = Medians.ratio(value, reference);
        return String.format(Locale.ROOT, "  %.2fx hello (target <= %.0fx: %s)", ratio, target,
                ratio <= target ? "met" : "missed");
    }

    private static String row(String what, Series s, String tail) {
        String memory = s.peak().isPresent()
                ? String.format(Locale.ROOT, "  %6.1f MiB", s.peak().getAsLong() / 1024.0) : "";
        return String.format(Locale.ROOT, "%-28s %7.1f ms%s%s", what + ":", s.median(), memory, tail);
    }

    /** The java command line of this very process, as the launcher built it. */
    private static List<String> ownCommandLine() throws IOException {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> line = new ArrayList<>();
        line.add(info.command().orElseThrow(() -> new IOException("cannot tell which java runs this")));
        Path cmdline = Path.of("/proc/self/cmdline");
        if (Files.isReadable(cmdline)) {
            // the kernel's copy is complete, where the arguments ProcessHandle reports may be cut short
            String raw = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
            List<String> all = Arrays.asList(raw.split("\0"));
            line.addAll(all.subList(1, all.size()));
        } else {
            line.addAll(Arrays.asList(info.arguments().orElse(new String[0])));
        }
        return line;
    }
}
