package com.portdrill.store;

import com.portdrill.progress.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.portdrill.store.Reviews.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process that is saving answers as fast as it can, at seeded random instants, and checks that every
 * answer it acknowledged is in the journal and that the folder opens cleanly afterwards.
 */
class CrashTest {
    private static final int RUNS = 8;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAnswerSurvivesKillNine() throws Exception {
        Random random = new Random(20261124L);
        int acknowledgedInAll = 0;
        Set<String> everAcknowledged = new HashSet<>();
        for (int run = 0; run < RUNS; run++) {
            Set<String> acknowledged = killDuringAnswers("run" + run, random.nextInt(150));
            assertThat(acknowledged).as("run %d acknowledged answers before the kill", run).isNotEmpty();
            everAcknowledged.addAll(acknowledged);
            acknowledgedInAll += acknowledged.size();

            ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
            assertThat(opened.warnings()).as("run %d opens cleanly", run).isEmpty();
            List<Review> reviews = opened.store().reviews();
            Set<String> stored = new HashSet<>();
            for (Review r : reviews) {
                stored.add(r.cardId());
            }
            assertThat(stored).containsAll(everAcknowledged);
            opened.store().close();
        }
        assertThat(acknowledgedInAll).isGreaterThanOrEqualTo(RUNS);
    }

    private Set<String> killDuringAnswers(String prefix, int delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CrashVictim.class.getName(), dir.toString(), prefix)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch first = new CountDownLatch(1);
        // Threads of their own: both block on pipes, and the common pool may have a single thread on two cores.
        ExecutorService pipes = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> feed(p.getOutputStream()), pipes);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("Correct ")) {
                        acknowledged.add(prefix + "-" + line.substring("Correct ".length()));
                        first.countDown();
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the process dies; what was read is what was acknowledged
            }
        }, pipes);
        pipes.shutdown();
        assertThat(first.await(20, TimeUnit.SECONDS)).as("the process answered").isTrue();
        Thread.sleep(delayMs);
        p.destroyForcibly();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.get(20, TimeUnit.SECONDS);
        feeder.get(20, TimeUnit.SECONDS);
        return acknowledged;
    }

    private static void feed(OutputStream stdin) {
        try (OutputStream out = stdin) {
            for (int n = 0; n < 1_000_000; n++) {
                out.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            // the process was killed: stop feeding it
        }
    }
}
