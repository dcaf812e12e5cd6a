package com.portdrill.store;

import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.deck.DeckFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeckFilesTest {
    private static final List<Deck> DECKS = new DeckBuilder(DeckBuilder.DECK_SEED)
            .build(DeckFixtures.catalogue(), DeckFixtures.IANA, DeckFixtures.ALIASES, DeckFixtures.data());

    @TempDir
    Path dir;

    @Test
    void aDeckReadsBackAsItWasWritten() throws IOException {
        DeckFiles.writeAll(dir, DECKS);
        for (Deck d : DECKS) {
            assertThat(DeckFiles.load(dir, d.name())).isEqualTo(d);
        }
        assertThat(DeckFiles.list(dir)).extracting(DeckFiles.Summary::name)
                .containsExactly("a-plus", "ccna", "documents", "essentials", "folklore", "interview", "network-plus",
                        "security-plus", "well-known");
    }

    @Test
    void theFileIsPrettyVersionedAndEndsWithANewline() {
        String text = new String(DeckFiles.render(DECKS.get(0)), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"schema\": 1,\n  \"name\": \"essentials\",\n").endsWith("}\n").doesNotContain("\r");
        assertThat(text).contains("\"promptZh\": \"端口 110 是什么服务？\"");
        assertThat(DeckFiles.render(DECKS.get(0))).isEqualTo(DeckFiles.render(DECKS.get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/b", "ALL", "", ".hidden", "all.json", "-x", "c:\\deck"})
    void aNameThatIsNotPlainIsRefused(String name) {
        assertThatThrownBy(() -> DeckFiles.load(dir, name)).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("is not a deck name").hasMessageNotContaining("\n");
    }

    @Test
    void anUnknownSchemaVersionIsRefusedInOneLine() throws IOException {
        Files.writeString(dir.resolve("all.json"), "{\"schema\": 2, \"name\": \"all\", \"cards\": []}\n");
        assertThatThrownBy(() -> DeckFiles.load(dir, "all")).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("schema version 2").hasMessageNotContaining("\n");
    }

    @Test
    void deepNestingIsRefusedBeforeItIsBuilt() throws IOException {
        Files.writeString(dir.resolve("all.json"), "[".repeat(5000) + "]".repeat(5000));
        assertThatThrownBy(() -> DeckFiles.load(dir, "all")).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("not a readable deck").hasMessageNotContaining("\n");
    }

    @Test
    void anOversizedFileIsRefusedUnread() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("all.json").toFile(), "rw")) {
            f.setLength(DeckJson.MAX_BYTES + 1L);
        }
        assertThatThrownBy(() -> DeckFiles.load(dir, "all")).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("more than a deck may be");
    }

    @Test
    void aDamagedFieldIsNamed() throws IOException {
        Files.writeString(dir.resolve("all.json"),
                "{\"schema\": 1, \"name\": \"all\", \"titleEn\": \"t\", \"titleZh\": \"t\", \"cards\": [{\"id\": 5}]}");
        assertThatThrownBy(() -> DeckFiles.load(dir, "all")).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("cards[0]");
    }

    @Test
    void onlyTheChosenDeckIsRead() throws IOException {
        DeckFiles.writeAll(dir, DECKS);
        Files.writeString(dir.resolve("network-plus.json"), "garbage");
        assertThat(DeckFiles.load(dir, "folklore").cards()).isNotEmpty();
    }

    @Test
    void aMissingDeckSaysHowToFindOne() {
        assertThatThrownBy(() -> DeckFiles.load(dir, "nope")).isInstanceOf(DeckFileException.class)
                .hasMessageContaining("no deck 'nope'").hasMessageContaining("decks list");
    }

    @Test
    void differencesNameEveryFileThatIsNotWhatIsBuilt() throws IOException {
        Files.writeString(dir.resolve("README.md"), "kept");
        DeckFiles.writeAll(dir, DECKS);
        assertThat(DeckFiles.differences(dir, DECKS)).isEmpty();
        Files.writeString(dir.resolve("old.json"), "{}");
        Files.delete(dir.resolve("network-plus.json"));
        Deck all = DeckFiles.load(dir, "documents");
        Files.write(dir.resolve("documents.json"), DeckFiles.render(new Deck("documents", all.titleEn(), all.titleZh(),
                all.cards().subList(1, all.cards().size()))));
        assertThat(DeckFiles.differences(dir, DECKS)).containsExactly(
                "documents.json differs (" + (all.cards().size() - 1) + " cards on disk, " + all.cards().size()
                        + " built; 1 new or changed, 0 stale)",
                "network-plus.json is missing", "old.json is not built by this portdrill");
        DeckFiles.writeAll(dir, DECKS);
        assertThat(DeckFiles.differences(dir, DECKS)).isEmpty();
        assertThat(dir.resolve("README.md")).hasContent("kept");
    }
}
