package com.portdrill.cli;

import com.portdrill.progress.StudyMode;
import com.portdrill.store.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the real plain mode ({@code portdrill drill --plain}, fed answers through a pipe as fast as it takes
 * them) at seeded instants: every answer whose feedback was printed must be in the journal, because plain mode
 * prints feedback only after the store has forced the answer to disk.
 */
class PlainCrashTest {
    private static final int RUNS = 3;

    @TempDir
    Path dir;

    @Test
    void everyAnswerWithFeedbackSurvivesKillNine() throws Exception {
        Random random = new Random(20261124L);
        int acknowledged = 0;
        for (int run = 0; run < RUNS; run++) {
            int seen = killDuringAnswers(run, random.nextInt(150));
            assertThat(seen).as("run %d printed feedback before the kill", run).isPositive();
            acknowledged += seen;
            try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC()).store()) {
                assertThat(store.reviewCount()).as("after run %d", run).isGreaterThanOrEqualTo(acknowledged);
                assertThat(store.reviews()).allMatch(r -> r.mode() == StudyMode.DRILL);
                acknowledged = store.reviewCount();
            }
        }
    }

    private int killDuringAnswers(int run, int delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "drill", "--plain", "--data-dir",
                dir.toString(), "--decks-dir", Path.of("decks").toAbsolutePath().toString(), "--seed", Integer.toString(run))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger feedback = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        // Threads of their own: both block on pipes, and the common pool may have a single thread on two cores.
        ExecutorService pipes = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> feed(p.getOutputStream()), pipes);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("Correct ") || line.startsWith("Close ") || line.startsWith("Wrong ")) {
                        feedback.incrementAndGet();
                        first.countDown();
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the process dies; what was read is what was acknowledged
            }
        }, pipes);
        pipes.shutdown();
        assertThat(first.await(30, TimeUnit.SECONDS)).as("the drill answered").isTrue();
        Thread.sleep(delayMs);
        p.destroyForcibly();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.get(20, TimeUnit.SECONDS);
        feeder.get(20, TimeUnit.SECONDS);
        return feedback.get();
    }

    private static void feed(OutputStream stdin) {
        try (OutputStream out = stdin) {
            for (int n = 0; n < 1_000_000; n++) {
                out.write("x 1\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            // the process was killed: stop feeding it
        }
    }
}
