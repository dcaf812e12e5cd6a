package com.portdrill.cli;

import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.store.DeckFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deck whose every string carries terminal commands (window title, clear screen, 8-bit CSI, bidi overrides) is
 * shown inert by every command that reads it, and the Anki file carries none of them either.
 */
class HostileTextTest {
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u0085\u202Eevil\u2066\u2069\u0000";

    @TempDir
    Path tmp;

    private Path hostileDecks() throws IOException {
        Explanation e = new Explanation(List.of(22), "ssh" + HOSTILE, "desc" + HOSTILE, "说明" + HOSTILE,
                Set.of(Document.EN), "22/tcp ssh" + HOSTILE, Verdict.AGREES, "fix" + HOSTILE, "更正" + HOSTILE,
                "note" + HOSTILE, "注" + HOSTILE);
        Card card = new Card("p2s:22", Direction.PORT_TO_SERVICE, "Port 22?" + HOSTILE, "端口 22？" + HOSTILE,
                AnswerKind.SERVICE, List.of(), List.of("SSH" + HOSTILE), List.of("Telnet" + HOSTILE), e);
        Path dir = tmp.resolve("decks");
        DeckFiles.writeAll(dir, List.of(new Deck("evil", "Title" + HOSTILE, "标题" + HOSTILE, List.of(card))));
        return dir;
    }

    /** Nothing but printable text, spaces and line ends: no C0 or C1 control, no DEL, no bidi control. */
    private static void assertInert(String shown, String allowedControls) {
        assertThat(shown.codePoints().filter(cp -> allowedControls.indexOf(cp) < 0))
                .noneMatch(cp -> cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E)
                        || (cp >= 0x2066 && cp <= 0x2069));
    }

    @Test
    void decksListShowsHostileTitlesInert() throws IOException {
        Path dir = hostileDecks();
        for (String lang : List.of("en", "zh")) {
            CommandRunner r = CommandRunner.run("decks", "list", "--decks-dir", dir.toString(), "--lang", lang);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("evil").contains("\u241b]0;pwned\u2407");
            assertInert(r.out() + r.err(), "\n");
        }
    }

    @Test
    void ankiExportCarriesNoRawControls() throws IOException {
        Path dir = hostileDecks();
        Path file = tmp.resolve("anki.txt");
        CommandRunner r = CommandRunner.run("export", "anki", file.toString(), "--decks-dir", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertInert(r.out() + r.err(), "\n");
        String anki = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(anki).contains("Port 22?\u241b]0;pwned\u2407\u241b[2J");
        assertInert(anki, "\t\n");
        String note = anki.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
        assertThat(note.split("\t", -1)).as("one note, its back's lines kept apart inside a quoted cell").hasSize(5);
    }

    @Test
    void aDamagedDeckFieldHoldingControlsIsReportedInert() throws IOException {
        Path dir = hostileDecks();
        Path file = dir.resolve("evil.json");
        Files.writeString(file, Files.readString(file).replace("\"port-to-service\"",
                "\"\\u001b]0;pwned\\u0007\\u009b2J\\u202e\""));
        CommandRunner r = CommandRunner.run("decks", "list", "--decks-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(r.err().lines()).singleElement().asString().contains("direction").contains("\u241b]0;pwned");
        assertInert(r.out() + r.err(), "\n");
    }

    @Test
    void explainShowsAHostileQueryInert() {
        for (String query : List.of(HOSTILE, "ssh" + HOSTILE, "22" + HOSTILE, "\u001b[2J99999")) {
            CommandRunner r = CommandRunner.run("explain", query);
            assertThat(r.exitCode()).as(query).isIn(ExitCode.FAILURE, ExitCode.USAGE);
            assertThat(r.err().lines()).as(query).hasSize(1);
            assertInert(r.out() + r.err(), "\n");
        }
    }

    @Test
    void hostileOptionValuesAreEchoedInert() {
        CommandRunner r = CommandRunner.run("--lang", "\u001b]0;x\u0007", "decks", "list");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertInert(r.out() + r.err(), "\n");
        CommandRunner s = CommandRunner.run("export", "anki", tmp.resolve("a.txt").toString(), "--deck", "\u009b2J\u001b[1m");
        assertThat(s.exitCode()).isEqualTo(ExitCode.USAGE);
        assertInert(s.out() + s.err(), "\n");
    }

    @Test
    void statsShowsAHostileProgressFolderAndDamagedJournalInert() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("progress\u001b]0;pwned\u0007\u009b2J\u202e"));
        Files.writeString(dir.resolve("journal.jsonl"), "{\"v\":1,\"card\":\"\u001b[2J\u0085\"}\n" + HOSTILE + "\n");
        for (String json : List.of("", "--json")) {
            CommandRunner r = json.isEmpty() ? CommandRunner.run("stats", "--data-dir", dir.toString())
                    : CommandRunner.run("stats", json, "--data-dir", dir.toString());
            assertThat(r.exitCode()).isZero();
            assertThat(r.err().lines()).singleElement().asString().contains("\u241b]0;pwned");
            assertInert(r.out() + r.err(), "\n");
        }
    }
}
