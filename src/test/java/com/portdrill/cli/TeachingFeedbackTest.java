package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.store.DeckFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's teacher, end to end in plain mode on real Security+ cards: a wrong name that is another card's says
 * what it is, and the documents' description is shortened until {@code :both} asks for the whole.
 */
class TeachingFeedbackTest {
    @TempDir
    Path tmp;

    /** A session of its own (decks and progress under {@code run}) on the named cards, in that order. */
    private CommandRunner study(String run, String input, String... ids) throws IOException {
        return study(run, input, List.of(), ids);
    }

    private CommandRunner study(String run, String input, List<String> more, String... ids) throws IOException {
        Path dir = tmp.resolve(run);
        List<String> wanted = List.of(ids);
        List<Card> cards = DeckFiles.load(Path.of("decks"), "security-plus").cards().stream()
                .filter(c -> wanted.contains(c.id()))
                .sorted((a, b) -> Integer.compare(wanted.indexOf(a.id()), wanted.indexOf(b.id()))).toList();
        assertThat(cards).as("security-plus holds " + wanted).hasSize(wanted.size());
        DeckFiles.writeAll(dir.resolve("decks"), List.of(new Deck("probe", "Probe", "探针", cards)));
        List<String> args = new ArrayList<>(List.of("study", "--plain", "--deck", "probe", "--data-dir",
                dir.resolve("progress").toString(), "--decks-dir", dir.resolve("decks").toString(), "--seed", "1",
                "--limit", "1"));
        args.addAll(more);
        return CommandRunner.withInput(input, args.toArray(String[]::new));
    }

    @Test
    void imap4For993SaysWhatIMAP4IsAndThat993IsItsSecureForm() throws IOException {
        CommandRunner r = study("imap4", "IMAP4\n", "p2s:993", "p2s:143", "secure-form:993");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Wrong — the answer is IMAPS.")
                .contains("  IMAP4 is IMAP, port 143. 993 is IMAPS, its secure form.\n");
    }

    @Test
    void aKindOfQuestionAloneStillKnowsTheWholeDecksCounterparts() throws IOException {
        CommandRunner r = study("kind", "IMAP4\n", List.of("--kind", "port-to-service"), "p2s:993", "p2s:143",
                "secure-form:993");
        assertThat(r.out()).contains("  IMAP4 is IMAP, port 143. 993 is IMAPS, its secure form.\n");
    }

    @Test
    void aLongDescriptionIsItsFirstSentenceUntilBothAsksForTheWhole() throws IOException {
        CommandRunner shortened = study("short", "IMAP\n", "p2s:143");
        assertThat(shortened.out())
                .contains("  The English port list says: Like the security issues of POP3, many IMAP servers have "
                        + "buffer overflow vulnerabilities.\n")
                .contains("(:both shows the whole description, in both languages)")
                .doesNotContain("REDHAT").doesNotContain("中文端口表");
        CommandRunner whole = study("whole", ":both\nIMAP\n", "p2s:143");
        assertThat(whole.out()).contains("REDHAT allows IMAP by default").contains("The Chinese port list says: 和POP3");
    }
}
