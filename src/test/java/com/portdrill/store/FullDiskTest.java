package com.portdrill.store;

import com.portdrill.journal.JournalLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.portdrill.store.Reviews.CLOCK;
import static com.portdrill.store.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A real full disk: a 64 KiB tmpfs, which needs root (as {@code .ci/run} has); skipped where mounting is refused. */
@Tag("slow") // mounts a tmpfs with mount(8)
class FullDiskTest {
    @TempDir
    Path mountPoint;
    private boolean mounted;

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted) {
            run("umount", mountPoint.toString());
        }
    }

    @Test
    void aFullDiskKeepsAnswersInMemoryTruncatesNothingAndSavesThemOnceThereIsRoom() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "tmpfs needs Linux");
        mounted = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.toString());
        assumeTrue(mounted, "mounting a tmpfs is not permitted here");
        Path filler = mountPoint.resolve("filler");
        Files.write(filler, new byte[56 * 1024]);
        Path dir = mountPoint.resolve("progress");

        ProgressStore store = ProgressStore.open(dir, CLOCK).store();
        List<JournalLine> given = new ArrayList<>();
        SaveResult result = new SaveResult.Saved();
        for (int i = 0; i < 1000 && result.durable(); i++) {
            given.add(review(i));
            result = store.append(review(i));
        }
        assertThat(result).isInstanceOf(SaveResult.Pending.class);
        assertThat(((SaveResult.Pending) result).message()).contains("No space left on device");
        int savedBefore = given.size() - 1;
        assertThat(savedBefore).isGreaterThan(10);

        ProgressStore reader = ProgressStore.openReadOnly(dir, CLOCK).store();
        assertThat(reader.reviews()).containsExactlyElementsOf(given.subList(0, savedBefore));
        reader.close();

        given.add(review(5000));
        assertThat(store.append(review(5000))).isInstanceOf(SaveResult.Pending.class);
        Files.delete(filler);
        assertThat(store.retryPending()).isEqualTo(new SaveResult.Saved());
        store.close();

        ProgressStore.Opened again = ProgressStore.open(dir, CLOCK);
        assertThat(again.store().reviews()).containsExactlyElementsOf(given);
        assertThat(again.warnings()).allSatisfy(w -> assertThat(w).contains("set aside"));
        again.store().close();
    }
}
