package com.portdrill.store;

import com.portdrill.journal.JournalLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.portdrill.store.Reviews.CLOCK;
import static com.portdrill.store.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A progress folder that cannot be written: the store opens with one warning, each answer is kept in memory
 * and reported pending in one line, closing says how many could not be saved, and what was on disk is intact.
 * Root ignores permissions, so as root the folder is made read-only by remounting a tmpfs read-only.
 */
@Tag("slow") // mounts a read-only folder with mount(8)
class ReadOnlyProgressTest {
    @TempDir
    Path tmp;
    private boolean mounted;

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted) {
            run("umount", tmp.resolve("mnt").toString());
        }
    }

    /** A folder holding {@code saved}, then made read-only; returns it. */
    private Path readOnlyFolder(List<JournalLine> saved) throws Exception {
        Path dir;
        if (root()) {
            assumeTrue(System.getProperty("os.name").startsWith("Linux"), "tmpfs needs Linux");
            Path mnt = Files.createDirectories(tmp.resolve("mnt"));
            mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt.toString());
            assumeTrue(mounted, "mounting a tmpfs is not permitted here");
            dir = mnt.resolve("progress");
        } else {
            dir = tmp.resolve("progress");
        }
        try (ProgressStore store = ProgressStore.open(dir, CLOCK).store()) {
            for (JournalLine r : saved) {
                assertThat(store.append(r)).isEqualTo(new SaveResult.Saved());
            }
        }
        if (root()) {
            assumeTrue(run("mount", "-o", "remount,ro", tmp.resolve("mnt").toString()), "remounting read-only is refused");
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        return dir;
    }

    @Test
    void answersAreKeptPendingWithOneLineAndNothingOnDiskIsLost() throws Exception {
        List<JournalLine> saved = new ArrayList<>(List.of(review(0), review(1), review(2)));
        Path dir = readOnlyFolder(saved);
        byte[] before = Files.readAllBytes(dir.resolve(ProgressStore.JOURNAL));

        ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
        assertThat(opened.warnings()).singleElement().asString().contains("cannot write in")
                .contains("kept in memory").doesNotContain("\n");
        ProgressStore store = opened.store();
        assertThat(store.reviews()).containsExactlyElementsOf(saved);
        SaveResult result = store.append(review(3));
        assertThat(result).isInstanceOf(SaveResult.Pending.class);
        assertThat(((SaveResult.Pending) result).message()).contains("could not save").contains("kept in memory")
                .doesNotContain("\n");
        assertThat(store.reviews()).endsWith(review(3));
        assertThatThrownBy(store::close).isInstanceOf(StoreException.class)
                .hasMessageContaining("1 answer could not be saved").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        assertThat(dir.resolve(ProgressStore.JOURNAL)).hasBinaryContent(before);
        try (ProgressStore reader = ProgressStore.openReadOnly(dir, CLOCK).store()) {
            assertThat(reader.reviews()).containsExactlyElementsOf(saved);
        }
    }
}
