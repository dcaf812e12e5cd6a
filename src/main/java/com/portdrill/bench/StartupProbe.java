package com.portdrill.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Starts a process and times it to what the user waits for: a line on a pipe (plain mode) or the first frame on
 * a pseudo-terminal made by {@code script}. Standard input stays an open pipe, as a user who has not typed yet.
 * The peak resident memory is read from {@code /proc/<pid>/status} at that moment, then the process is ended.
 */
public final class StartupProbe {
    private static final long POLL_MS = 2;

    private final Duration timeout;

    public StartupProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** Whether {@code script} is here to give a process a terminal. */
    public static boolean terminalAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/script")) || Files.isExecutable(Path.of("/bin/script"));
    }

    /** Times {@code command} on pipes until a line of its output matches {@code line}. */
    public Sample untilLine(List<String> command, Pattern line) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        return run(pb, false, new LineFinish(new LineWatch(line)));
    }

    /** Times {@code command} on a {@code cols}×{@code rows} terminal until a line of what it shows matches. */
    public Sample terminalUntilLine(List<String> command, Pattern line, int cols, int rows)
            throws IOException, InterruptedException {
        return run(inTerminal(command, cols, rows), true, new LineFinish(new LineWatch(line)));
    }

    /** Times {@code command} on a {@code cols}×{@code rows} terminal until its first frame is drawn. */
    public Sample terminalUntilFrame(List<String> command, int cols, int rows, FrameWatch frame)
            throws IOException, InterruptedException {
        return run(inTerminal(command, cols, rows), true, new FrameFinish(frame));
    }

    private static ProcessBuilder inTerminal(List<String> command, int cols, int rows) {
        String inner = "stty cols " + cols + " rows " + rows + " 2>/dev/null; exec "
                + command.stream().map(StartupProbe::shellQuote).collect(Collectors.joining(" "));
        ProcessBuilder pb = new ProcessBuilder("script", "-q", "-f", "-e", "-c", inner, "/dev/null");
        Map<String, String> env = pb.environment();
        env.putIfAbsent("TERM", "xterm-256color");
        if (env.get("TERM").isEmpty() || env.get("TERM").equals("dumb")) {
            env.put("TERM", "xterm-256color");
        }
        return pb;
    }

    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** When the wait is over, decided from the output as it arrives. */
    private sealed interface Finish permits LineFinish, FrameFinish {
    }

    private record LineFinish(LineWatch watch) implements Finish {
    }

    private record FrameFinish(FrameWatch watch) implements Finish {
    }

    private Sample run(ProcessBuilder pb, boolean terminal, Finish finish) throws IOException, InterruptedException {
        StringBuilder err = new StringBuilder();
        long start = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<Long> done = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(p.getInputStream(), finish, done), "startup-probe-out");
        reader.setDaemon(true);
        reader.start();
        Thread errReader = new Thread(() -> drain(p.getErrorStream(), err), "startup-probe-err");
        errReader.setDaemon(true);
        errReader.start();
        try {
            long end = await(finish, done, p);
            OptionalLong peak = peakOf(p, terminal);
            return new Sample((end - start) / 1e6, peak);
        } catch (TimeoutException e) {
            throw new IOException("nothing to wait for appeared within " + timeout.toSeconds() + " s"
                    + describe(err));
        } catch (ExecutionException e) {
            throw new IOException("the process ended before it was ready" + describe(err));
        } finally {
            end(p);
        }
    }

    private long await(Finish finish, CompletableFuture<Long> done, Process p)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (finish instanceof FrameFinish f) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                OptionalLong end;
                synchronized (f.watch()) {
                    end = f.watch().frameEnd(System.nanoTime());
                }
                if (end.isPresent()) {
                    return end.getAsLong();
                }
                if (done.isDone()) {
                    synchronized (f.watch()) {
                        end = f.watch().frameEnd(Long.MAX_VALUE);
                    }
                    if (end.isPresent()) {
                        return end.getAsLong();
                    }
                    done.get();
                }
                Thread.sleep(POLL_MS);
            }
            throw new TimeoutException();
        }
        return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void read(InputStream in, Finish finish, CompletableFuture<Long> done) {
        byte[] buf = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                long now = System.nanoTime();
                if (finish instanceof LineFinish l) {
                    if (l.watch().accept(buf, n)) {
                        done.complete(now);
                        return;
                    }
                } else if (finish instanceof FrameFinish f) {
                    synchronized (f.watch()) {
                        f.watch().accept(now, buf, n);
                    }
                }
            }
            done.completeExceptionally(new IOException("end of output"));
        } catch (IOException e) {
            done.completeExceptionally(e);
        }
    }

    private static void drain(InputStream in, StringBuilder err) {
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            synchronized (err) {
                err.append(text);
            }
        } catch (IOException e) {
            synchronized (err) {
                err.append(e.getMessage());
            }
        }
    }

    private static String describe(StringBuilder err) {
        String text;
        synchronized (err) {
            text = err.toString().strip();
        }
        if (text.isEmpty()) {
            return "";
        }
        int nl = text.indexOf('\n');
        return ": " + (nl < 0 ? text : text.substring(0, nl));
    }

    /** The peak memory of the java process: the process itself on pipes, its java descendant under a terminal. */
    private static OptionalLong peakOf(Process p, boolean terminal) {
        List<ProcessHandle> candidates = new ArrayList<>();
        if (terminal) {
            p.descendants().filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .forEach(candidates::add);
        } else {
            candidates.add(p.toHandle());
        }
        for (ProcessHandle h : candidates) {
            try {
                String status = Files.readString(Path.of("/proc", Long.toString(h.pid()), "status"));
                OptionalLong kib = ProcStatus.peakResidentKib(status);
                if (kib.isPresent()) {
                    return kib;
                }
            } catch (IOException e) {
                // the process ended or /proc is not there: the figure is simply unknown
            }
        }
        return OptionalLong.empty();
    }

    private static void end(Process p) throws InterruptedException {
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            // already closed by a process that ended
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(2, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(2, TimeUnit.SECONDS);
        }
    }
}
