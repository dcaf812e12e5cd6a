package com.portdrill.store;

import com.portdrill.deck.Deck;
import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static com.portdrill.store.Reviews.CLOCK;
import static com.portdrill.store.Reviews.COUNTING;
import static com.portdrill.store.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes the files hold, the loaders either load or refuse with their one documented exception and a
 * one-line message; they never fail another way, and the good answers in a damaged journal are all kept.
 */
class LoaderPropertiesTest {
    private static final byte[] DECK = read(Paths.get("decks", "folklore.json"));
    private static final String[] JSON_BITS = {"{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e999", "-0",
            "99999999999999999999999", "\"schema\"", "\"\\u0000\"", "\\", "\uFFFF", "\u001b[2J", "\"cards\":", "[[[[[[[[[[[[[[",
            "{\"v\":1,", "{\"v\":2,", "\"crc\":\"00000000\"}", "\n", "\r\n", "\u0000"};

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 400, seed = "20261124")
    void aDeckFileLoadsOrIsRefusedInOneLine(@ForAll("deckBytes") byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("deck-prop");
        try {
            Files.write(dir.resolve("folklore.json"), bytes);
            try {
                Deck deck = DeckFiles.load(dir, "folklore");
                assertThat(deck.name()).isEqualTo("folklore");
            } catch (DeckFileException e) {
                assertOneLine(e.getMessage());
            }
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 200, seed = "20261124")
    void aProgressFolderOpensOrIsRefusedInOneLineAndKeepsEveryGoodAnswer(
            @ForAll("progressFiles") Map<String, byte[]> damage, @ForAll @IntRange(min = 0, max = 30) int answers,
            @ForAll boolean garbageLinesOnly) throws IOException {
        Path dir = Files.createTempDirectory("progress-prop");
        try {
            List<JournalLine> good = new ArrayList<>();
            JournalCodec codec = new JournalCodec();
            StringBuilder journal = new StringBuilder();
            for (int i = 0; i < answers; i++) {
                good.add(review(i));
                journal.append(new String(codec.encode(review(i)).bytes(), StandardCharsets.UTF_8));
            }
            Files.writeString(dir.resolve(ProgressStore.JOURNAL), journal);
            for (Map.Entry<String, byte[]> f : damage.entrySet()) {
                Path file = dir.resolve(f.getKey());
                if (f.getKey().equals(ProgressStore.JOURNAL) && garbageLinesOnly) {
                    // Whole damaged lines between good ones: every good answer must survive.
                    byte[] lines = withoutNewlines(f.getValue());
                    byte[] before = Files.readAllBytes(file);
                    int at = cutAtLine(before, lines.length);
                    Files.write(file, concat(Arrays.copyOf(before, at), lines, new byte[] {'\n'},
                            Arrays.copyOfRange(before, at, before.length)));
                } else {
                    Files.write(file, f.getValue());
                }
            }
            Map<String, byte[]> beforeOpen = snapshotOf(dir);
            ProgressStore.Opened opened;
            try {
                opened = ProgressStore.open(dir, CLOCK);
            } catch (StoreException e) {
                assertOneLine(e.getMessage());
                assertThat(snapshotOf(dir)).as("a refused folder is left as it was")
                        .allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(beforeOpen.get(name)));
                return;
            }
            opened.warnings().forEach(LoaderPropertiesTest::assertOneLine);
            Map<String, CardState> states = opened.store().cardStates(COUNTING);
            assertThat(states.values()).allMatch(s -> s.reps() > 0);
            if (garbageLinesOnly || !damage.containsKey(ProgressStore.JOURNAL)) {
                assertThat(opened.store().reviews()).containsAll(good);
            }
            opened.store().close();
            ProgressStore.Opened again = ProgressStore.open(dir, CLOCK);
            assertThat(again.warnings()).as("damage is dealt with once").isEmpty();
            assertThat(again.store().reviews()).containsExactlyElementsOf(opened.store().reviews());
            again.store().close();
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 400, seed = "20261124")
    void aSettingsFileReadsOrIsRefusedInOneLine(@ForAll("settingsBytes") byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("settings-prop");
        try {
            Path file = dir.resolve("settings.json");
            Files.write(file, bytes);
            try {
                VersionedJson.Loaded loaded = VersionedJson.read(file, 1, CLOCK);
                loaded.warning().ifPresent(LoaderPropertiesTest::assertOneLine);
                assertThat(loaded.schema() == 0 || loaded.warning().isEmpty()).isTrue();
            } catch (StoreException e) {
                assertOneLine(e.getMessage());
                assertThat(file).hasBinaryContent(bytes);
            }
        } finally {
            delete(dir);
        }
    }

    private static void assertOneLine(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b")
                .doesNotContain("Exception");
    }

    @Provide
    Arbitrary<byte[]> deckBytes() {
        return mangled(DECK);
    }

    @Provide
    Arbitrary<byte[]> settingsBytes() {
        return mangled("{\n  \"schema\" : 1,\n  \"lang\" : \"zh\",\n  \"bests\" : [ 1, 2.5, { \"a\" : null } ]\n}\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<Map<String, byte[]>> progressFiles() {
        List<JournalLine> reviews = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reviews.add(review(i));
        }
        Map<String, CardState> states = new HashMap<>();
        reviews.forEach(r -> states.put(r.cardId(), COUNTING.next(CardState.newCard(r.at()), r)));
        byte[] snapshot = new Snapshot("default", 12, 0, states).encode();
        Arbitrary<byte[]> journalLine = mangled(new JournalCodec().encode(review(3)).bytes());
        Arbitrary<byte[]> snapshotBytes = mangled(snapshot);
        Arbitrary<byte[]> cacheBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<Map<String, byte[]>> journal = journalLine.map(b -> Map.of(ProgressStore.JOURNAL, b));
        Arbitrary<Map<String, byte[]>> snap = snapshotBytes.map(b -> Map.of(Snapshot.FILE, b));
        Arbitrary<Map<String, byte[]>> cache = cacheBytes.map(b -> Map.of(ColumnsCache.FILE, b));
        Arbitrary<Map<String, byte[]>> all = net.jqwik.api.Combinators.combine(journalLine, snapshotBytes, cacheBytes)
                .as((j, s, c) -> Map.of(ProgressStore.JOURNAL, j, Snapshot.FILE, s, ColumnsCache.FILE, c));
        return Arbitraries.oneOf(journal, snap, cache, all);
    }

    /** Random bytes, or a good file cut, with bytes flipped, or with JSON fragments spliced in. */
    private static Arbitrary<byte[]> mangled(byte[] good) {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> edited = Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            byte[] b = good;
            int edits = 1 + r.nextInt(6);
            for (int k = 0; k < edits; k++) {
                int at = r.nextInt(b.length + 1);
                switch (r.nextInt(4)) {
                    case 0 -> b = Arrays.copyOf(b, at);
                    case 1 -> {
                        b = b.clone();
                        if (at < b.length) {
                            b[at] = (byte) r.nextInt(256);
                        }
                    }
                    case 2 -> b = concat(Arrays.copyOf(b, at), JSON_BITS[r.nextInt(JSON_BITS.length)]
                            .getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(b, at, b.length));
                    default -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(at, b.length),
                            Math.min(b.length, at + r.nextInt(200))), Arrays.copyOfRange(b, at, b.length));
                }
            }
            return b;
        });
        return Arbitraries.oneOf(random, edited, edited);
    }

    private static byte[] withoutNewlines(byte[] b) {
        byte[] out = b.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '\n') {
                out[i] = ' ';
            }
        }
        return out;
    }

    /** The offset of a line start in {@code b} chosen from {@code seed}. */
    private static int cutAtLine(byte[] b, int seed) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.get(Math.floorMod(seed, starts.size()));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static Map<String, byte[]> snapshotOf(Path dir) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().equals(DirLock.FILE)) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
