package com.portdrill.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash harness: runs a Java main class in a process of its own, feeds it input lines as fast as it takes
 * them, and kills it ({@code kill -9}) a given time after it first acknowledges something on standard output.
 * What it printed before dying is what it promised; the caller checks that promise against the disk.
 */
public final class KillNine {
    private static final long WAIT_SECONDS = 30;

    private KillNine() {
    }

    /**
     * Runs {@code main} with {@code args} on this test's class path and Java, feeding it {@code input.apply(n)} for
     * n = 0, 1, 2 …, kills it {@code delayMs} after its first line that {@code acknowledges} accepts, and returns
     * every such line it printed, in order.
     */
    public static List<String> acknowledgedBeforeKill(Class<?> main, List<String> args, IntFunction<String> input,
            Predicate<String> acknowledges, long delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch first = new CountDownLatch(1);
        // Threads of their own: both block on pipes, and the common pool may have a single thread on two cores.
        ExecutorService pipes = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> feed(p.getOutputStream(), input), pipes);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (acknowledges.test(line)) {
                        acknowledged.add(line);
                        first.countDown();
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the process dies; what was read is what was acknowledged
            }
        }, pipes);
        pipes.shutdown();
        try {
            assertThat(first.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("%s acknowledged something", main.getSimpleName())
                    .isTrue();
            Thread.sleep(delayMs);
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("the killed process ended").isTrue();
        reader.get(WAIT_SECONDS, TimeUnit.SECONDS);
        feeder.get(WAIT_SECONDS, TimeUnit.SECONDS);
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    private static void feed(OutputStream stdin, IntFunction<String> input) {
        try (OutputStream out = stdin) {
            for (int n = 0; n < 1_000_000; n++) {
                out.write((input.apply(n) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the process was killed: stop feeding it
        }
    }
}
