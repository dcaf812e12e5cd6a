package com.portdrill.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.portdrill.store.Reviews.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionedJsonTest {
    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBackWithItsSchema() throws IOException {
        Path file = dir.resolve("bests.json");
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("lang", "zh");
        content.put("bests", List.of(Map.of("deck", "well-known", "score", 42L, "accuracy", 0.95)));
        content.put("sound", false);
        content.put("note", null);
        VersionedJson.write(file, 2, content);

        assertThat(Files.readString(file)).startsWith("{\n  \"schema\" : 2,");
        VersionedJson.Loaded loaded = VersionedJson.read(file, 2, CLOCK);
        assertThat(loaded.schema()).isEqualTo(2);
        assertThat(loaded.content()).isEqualTo(content);
        assertThat(loaded.warning()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFileReadsAsEmpty() {
        assertThat(VersionedJson.read(dir.resolve("settings.json"), 1, CLOCK).content()).isEmpty();
    }

    @Test
    void aNewerFileIsRefusedAndLeftAlone() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"schema\":3,\"lang\":\"en\"}");
        assertThatThrownBy(() -> VersionedJson.read(file, 1, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("settings.json was written by a newer portdrill (schema 3; this one reads 1)");
        assertThat(file).hasContent("{\"schema\":3,\"lang\":\"en\"}");
    }

    @Test
    void aPeekReadsOnlyAFileOfOursAndNeverMovesOrReportsOne() throws IOException {
        Path file = dir.resolve("settings.json");
        assertThat(VersionedJson.peek(file, 1)).isEmpty();
        Files.writeString(file, "{\"schema\":1,\"deck\":\"ccna\"}");
        assertThat(VersionedJson.peek(file, 1)).hasValueSatisfying(m -> assertThat(m).containsEntry("deck", "ccna"));
        assertThat(SettingsFile.peekDeck(dir)).contains("ccna");
        for (String other : List.of("{\"schema\":1,\"deck\":", "{\"schema\":2,\"deck\":\"ccna\"}", "[1]",
                "{\"deck\":\"ccna\"}", "{\"schema\":1,\"deck\":\"../etc\"}")) {
            Files.writeString(file, other);
            assertThat(SettingsFile.peekDeck(dir)).as(other).isEmpty();
            assertThat(Files.readString(file)).as("left as it was").isEqualTo(other);
        }
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void aDamagedFileIsMovedAsideAndDefaultsApply() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"schema\":1,\"lang\":");
        VersionedJson.Loaded loaded = VersionedJson.read(file, 1, CLOCK);
        assertThat(loaded.content()).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("was damaged (not valid JSON); it was moved to settings.corrupt-20261124T170000Z.json"));
        assertThat(dir.resolve("settings.corrupt-20261124T170000Z.json")).hasContent("{\"schema\":1,\"lang\":");
        assertThat(file).doesNotExist();
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsAnything() throws IOException {
        Path file = dir.resolve("bests.json");
        String deep = "{\"schema\":1,\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        Files.writeString(file, deep);
        assertThatThrownBy(() -> VersionedJson.read(file, 1, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("nested more than 64 levels");
        assertThat(file).hasContent(deep);
    }

    @Test
    void aHugeFileIsRefusedUnread() throws IOException {
        Path file = dir.resolve("bests.json");
        Files.write(file, new byte[(int) VersionedJson.MAX_BYTES + 1]);
        assertThatThrownBy(() -> VersionedJson.read(file, 1, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("larger than 4 MB");
    }

    @Test
    void anAtomicWriteReplacesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("x.json");
        AtomicFile.write(file, "old content that is longer".getBytes());
        AtomicFile.write(file, "new".getBytes());
        assertThat(file).hasContent("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
