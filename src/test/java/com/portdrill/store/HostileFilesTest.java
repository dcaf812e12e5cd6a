package com.portdrill.store;

import com.portdrill.journal.JournalLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static com.portdrill.store.Reviews.CLOCK;
import static com.portdrill.store.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files made to hurt: hundreds of megabytes (sparse, so nothing is written), nesting 300 000 deep, caches whose
 * checksum holds but whose counts lie, links to nowhere and files where folders should be. Each is refused or
 * set aside in one line, quickly, and no answer is lost. The timeouts only guard against a hang.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileFilesTest {
    private static final long HUNDREDS_OF_MB = 300L << 20;

    @TempDir
    Path tmp;

    private static Path sparse(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
        return file;
    }

    private static void assertOneLine(Throwable e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }

    private List<JournalLine> saved(Path dir, int n) {
        List<JournalLine> given = new ArrayList<>();
        try (ProgressStore store = ProgressStore.open(dir, CLOCK).store()) {
            for (int i = 0; i < n; i++) {
                given.add(review(i));
                assertThat(store.append(review(i))).isEqualTo(new SaveResult.Saved());
            }
        }
        return given;
    }

    @Test
    void aDeckOfHundredsOfMegabytesIsRefusedUnread() throws IOException {
        sparse(tmp.resolve("big.json"), HUNDREDS_OF_MB);
        assertThatThrownBy(() -> DeckFiles.load(tmp, "big")).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("314572800 bytes, more than a deck may be").satisfies(HostileFilesTest::assertOneLine);
        assertThatThrownBy(() -> DeckFiles.list(tmp)).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("more than a deck may be");
    }

    @Test
    void aDeckNested300000DeepIsRefusedBeforeItIsBuilt() throws IOException {
        Files.writeString(tmp.resolve("deep.json"), "[".repeat(300_000));
        Files.writeString(tmp.resolve("deeper.json"), "{\"cards\":".repeat(300_000));
        for (String name : List.of("deep", "deeper")) {
            assertThatThrownBy(() -> DeckFiles.load(tmp, name)).isInstanceOf(DeckFileException.class)
                    .hasMessageContaining("is not a readable deck").hasMessageContaining("nesting depth")
                    .satisfies(HostileFilesTest::assertOneLine);
        }
    }

    @Test
    void aDeckFolderThatIsAFileIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(tmp.resolve("decks"), "x");
        assertThatThrownBy(() -> DeckFiles.list(file)).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("is a file, not a deck folder");
    }

    @Test
    void aSettingsFileOfHundredsOfMegabytesOrNested300000DeepIsRefusedAndLeftAlone() throws IOException {
        Path big = sparse(tmp.resolve("settings.json"), HUNDREDS_OF_MB);
        assertThatThrownBy(() -> VersionedJson.read(big, 1, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("larger than 4 MB").satisfies(HostileFilesTest::assertOneLine);
        assertThat(Files.size(big)).isEqualTo(HUNDREDS_OF_MB);

        Path deep = Files.writeString(tmp.resolve("bests.json"), "{\"schema\":1,\"x\":" + "[".repeat(300_000));
        assertThatThrownBy(() -> VersionedJson.read(deep, 1, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("nested more than 64 levels");
        assertThat(deep).exists();
    }

    @Test
    void aValueTooLongForJacksonIsDamageSetAsideNotCalledDeepNesting() throws IOException {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{\"schema\":1,\"n\":" + "9".repeat(2000) + "}");
        VersionedJson.Loaded loaded = VersionedJson.read(file, 1, CLOCK);
        assertThat(loaded.content()).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("was damaged (a value longer than portdrill writes)").doesNotContain("nested"));
        assertThat(file).doesNotExist();
    }

    @Test
    void aJournalOfMoreThanAGigabyteIsRefusedAndLeftUntouched() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("progress"));
        Path journal = sparse(dir.resolve(ProgressStore.JOURNAL), JournalFile.MAX_BYTES + 1);
        assertThatThrownBy(() -> ProgressStore.open(dir, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("more than portdrill reads").satisfies(HostileFilesTest::assertOneLine);
        assertThatThrownBy(() -> ProgressStore.openReadOnly(dir, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("more than portdrill reads");
        assertThat(Files.size(journal)).isEqualTo(JournalFile.MAX_BYTES + 1);
    }

    @Test
    void aSnapshotOfHundredsOfMegabytesIsSetAsideAndTheAnswersOpen() throws IOException {
        Path dir = tmp.resolve("progress");
        List<JournalLine> given = saved(dir, 5);
        sparse(dir.resolve(Snapshot.FILE), HUNDREDS_OF_MB);
        ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
        assertThat(opened.warnings()).singleElement().asString().contains("snapshot.json").contains("damaged");
        assertThat(opened.store().reviews()).containsExactlyElementsOf(given);
        opened.store().close();
    }

    @Test
    void aCacheOfGigabytesIsIgnoredNotReadIntoMemory() throws IOException {
        Path dir = tmp.resolve("progress");
        List<JournalLine> given = saved(dir, 5);
        sparse(dir.resolve(ColumnsCache.FILE), 3L << 30);
        ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
        assertThat(opened.warnings()).isEmpty();
        assertThat(opened.store().reviews()).containsExactlyElementsOf(given);
        opened.store().close();
    }

    /** Caches with a good checksum over lying contents: a negative journal length, and counts of billions. */
    @Test
    void aCacheWhoseChecksumHoldsButWhoseCountsLieIsIgnored() throws IOException {
        Path dir = tmp.resolve("progress");
        List<JournalLine> given = saved(dir, 5);
        byte[] journal = Files.readAllBytes(dir.resolve(ProgressStore.JOURNAL));
        CRC32 crc = new CRC32();
        crc.update(journal);
        int journalCrc = (int) crc.getValue();
        List<byte[]> lies = List.of(
                cache(-5, journalCrc, ByteBuffer.allocate(8).putInt(0).putInt(0).array()),
                cache(journal.length, journalCrc, ByteBuffer.allocate(8).putInt(Integer.MAX_VALUE).putInt(0).array()),
                cache(journal.length, journalCrc, ByteBuffer.allocate(12).putInt(1).putInt(2_000_000_000).putInt(0).array()),
                cache(journal.length, journalCrc, ByteBuffer.allocate(8).putInt(0).putInt(500_000_000).array()));
        for (byte[] lie : lies) {
            Files.write(dir.resolve(ColumnsCache.FILE), lie);
            ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
            assertThat(opened.warnings()).isEmpty();
            assertThat(opened.store().reviews()).containsExactlyElementsOf(given);
            opened.store().close();
        }
    }

    private static byte[] cache(long journalBytes, int journalCrc, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(4 + 8 + 4 + body.length + 4);
        b.putInt(0x50445243).putLong(journalBytes).putInt(journalCrc).put(body);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        return b.putInt((int) crc.getValue()).array();
    }

    @Test
    void aProgressFolderThatIsALinkToAFolderIsFollowed() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("synced"));
        Path link = Files.createSymbolicLink(tmp.resolve("progress"), real);
        List<JournalLine> given = saved(link, 3);
        assertThat(real.resolve(ProgressStore.JOURNAL)).exists();
        try (ProgressStore store = ProgressStore.openReadOnly(real, CLOCK).store()) {
            assertThat(store.reviews()).containsExactlyElementsOf(given);
        }
    }

    @Test
    void aProgressFolderThatIsALinkToNowhereIsRefusedInOneLine() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("progress"), tmp.resolve("gone"));
        for (boolean readOnly : List.of(false, true)) {
            assertThatThrownBy(() -> {
                if (readOnly) {
                    ProgressStore.openReadOnly(link, CLOCK);
                } else {
                    ProgressStore.open(link, CLOCK);
                }
            }).isInstanceOf(StoreException.class).hasMessageContaining("is a link to")
                    .hasMessageContaining("which does not exist").satisfies(HostileFilesTest::assertOneLine);
        }
        assertThat(tmp.resolve("gone")).doesNotExist();
    }

    @Test
    void aFileWhereTheProgressFolderShouldBeIsRefusedInOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("progress"), "not a folder");
        assertThatThrownBy(() -> ProgressStore.open(file, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a file, not a progress folder").satisfies(HostileFilesTest::assertOneLine);
        assertThatThrownBy(() -> ProgressStore.openReadOnly(file, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a file, not a progress folder");
        Path below = file.resolve("progress");
        assertThatThrownBy(() -> ProgressStore.open(below, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create the progress folder").satisfies(HostileFilesTest::assertOneLine);
        assertThat(file).hasContent("not a folder");
    }

    /** A link to /dev/zero never ends and reads as size 0; a link to /dev/null would swallow answers. */
    @Test
    void devicesWhereFilesShouldBeAreRefusedOrSetAsideNeverReadForever() throws IOException {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
        Files.createSymbolicLink(tmp.resolve("zero.json"), zero);
        assertThatThrownBy(() -> DeckFiles.load(tmp, "zero")).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("is not a regular file");
        Path settings = Files.createSymbolicLink(tmp.resolve("settings.json"), zero);
        assertThatThrownBy(() -> VersionedJson.read(settings, 1, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a regular file");

        Path dir = tmp.resolve("progress");
        List<JournalLine> given = saved(dir, 4);
        Files.deleteIfExists(dir.resolve(Snapshot.FILE));
        Files.createSymbolicLink(dir.resolve(Snapshot.FILE), zero);
        Files.createSymbolicLink(dir.resolve(ColumnsCache.FILE), zero);
        ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
        assertThat(opened.warnings()).singleElement().asString().contains("snapshot.json").contains("damaged");
        assertThat(opened.store().reviews()).containsExactlyElementsOf(given);
        opened.store().close();

        Path journal = dir.resolve(ProgressStore.JOURNAL);
        Files.move(journal, dir.resolve("journal.kept"));
        Files.createSymbolicLink(journal, Path.of("/dev/null"));
        assertThatThrownBy(() -> ProgressStore.open(dir, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("journal.jsonl is not a regular file").satisfies(HostileFilesTest::assertOneLine);
        assertThat(Files.isSymbolicLink(journal)).isTrue();
        for (Path link : List.of(tmp.resolve("zero.json"), settings, journal, dir.resolve(ColumnsCache.FILE))) {
            Files.deleteIfExists(link); // links out of the temporary folder, removed here so that JUnit need not warn
        }
        try (var aside = Files.newDirectoryStream(dir, "snapshot.corrupt-*")) {
            for (Path link : aside) {
                Files.delete(link);
            }
        }
    }
}
