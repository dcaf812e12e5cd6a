package com.portdrill.store;

import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.deck.DeckFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnkiExportTest {
    private static final List<Deck> DECKS = new DeckBuilder(DeckBuilder.DECK_SEED)
            .build(DeckFixtures.catalogue(), DeckFixtures.IANA, DeckFixtures.ALIASES, DeckFixtures.data());

    @TempDir
    Path dir;

    @Test
    void headerFollowsAnkisImportRules() {
        List<String> lines = AnkiExport.render(DECKS).lines().toList();
        assertThat(lines.subList(0, 5)).containsExactly("#separator:tab", "#html:false",
                "#columns:id\tFront\tBack\tChinese\tTags", "#guid column:1", "#tags column:5");
    }

    @Test
    void oneNotePerCardWithEveryFieldInItsColumnAndTheBacksLinesApart() {
        List<String> notes = records(AnkiExport.render(DECKS)).stream().filter(l -> !l.startsWith("#")).toList();
        long distinct = DECKS.stream().flatMap(d -> d.cards().stream()).map(c -> c.id()).distinct().count();
        assertThat(notes).hasSize((int) distinct);
        for (String note : notes) {
            assertThat(note.split("\t", -1)).hasSize(5);
        }
        String dns = notes.stream().filter(n -> n.startsWith("p2s:53\t")).findFirst().orElseThrow();
        List<String> fields = Arrays.asList(dns.split("\t"));
        assertThat(fields.get(1)).isEqualTo("Port 53: which service?");
        assertThat(fields.get(2)).startsWith("\"Domain Name Server (DNS)\nIANA: 53 domain (tcp/udp)");
        assertThat(fields.get(3)).startsWith("\"端口 53 是什么服务？\n答案：Domain Name Server (DNS)\n");
        assertThat(Arrays.stream(fields.get(4).split(" ")).collect(Collectors.toList()))
                .contains("portdrill", "portdrill::documents", "portdrill::port-to-service");
    }

    /** The file's records: lines, except that a line break inside a quoted cell belongs to its record. */
    private static List<String> records(String text) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        for (char ch : text.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == '\n' && !quoted) {
                out.add(record.toString());
                record.setLength(0);
            } else {
                record.append(ch);
            }
        }
        return out;
    }

    @Test
    void aFieldCannotBreakTheLayout() {
        assertThat(AnkiExport.field("a\tb\nc")).isEqualTo("\"a b\nc\"");
        assertThat(AnkiExport.field("one line")).isEqualTo("one line");
        assertThat(AnkiExport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AnkiExport.field("\u001b[31mred")).doesNotContain("\u001b");
    }

    @Test
    void writesTheWholeFileOrNothing() throws IOException {
        Path file = dir.resolve("anki.txt");
        AnkiExport.write(file, "#separator:tab\n");
        assertThat(file).hasContent("#separator:tab");
        assertThatThrownBy(() -> AnkiExport.write(dir.resolve("missing/anki.txt"), "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(Files.list(dir).count()).isEqualTo(1);
    }
}
