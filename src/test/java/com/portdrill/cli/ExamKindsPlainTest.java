package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.store.DeckFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One card of every exam-style kind from the committed interview deck, studied end to end in plain mode: typed
 * right and wrong, picked, flipped, in English and Chinese; and {@code --kind} and {@code decks list} on the real
 * decks.
 */
class ExamKindsPlainTest {
    private static final Path REAL = Path.of("decks").toAbsolutePath();
    private static List<Card> oneOfEach;

    @TempDir
    Path tmp;

    @BeforeAll
    static void cards() throws Exception {
        Deck interview = DeckFiles.load(REAL, "interview");
        oneOfEach = Arrays.stream(Direction.values()).filter(d -> !d.recall())
                .map(d -> interview.cards().stream().filter(c -> c.direction() == d).findFirst().orElseThrow())
                .toList();
    }

    /** Studies the one card in a deck of its own, so it is the card asked whatever the order. */
    private CommandRunner study(Card card, String input, String... more) throws Exception {
        Path decks = tmp.resolve("decks-" + card.direction().code());
        DeckFiles.writeAll(decks, List.of(new Deck("one", "One", "一", List.of(card))));
        List<String> args = new java.util.ArrayList<>(List.of("study", "--plain", "--deck", "one", "--data-dir",
                tmp.resolve("data-" + card.direction().code() + more.length).toString(), "--decks-dir",
                decks.toString(), "--seed", "7"));
        args.addAll(List.of(more));
        return CommandRunner.runWithInput(input, args.toArray(String[]::new));
    }

    @Test
    void everyKindTypedRightIsCorrectAndTypedAsAWrongOptionIsWrong() throws Exception {
        for (Card c : oneOfEach) {
            CommandRunner right = study(c, c.displayAnswer() + "\n");
            assertThat(right.exitCode()).as(c.id()).isZero();
            assertThat(right.out()).as(c.id()).contains(c.promptEn()).contains("Correct — ").contains("Note: ");
            CommandRunner wrong = study(c, c.distractors().get(0) + "\n", "--lang", "en", "--limit", "5");
            assertThat(wrong.out()).as(c.id()).contains("Wrong — the answer is " + c.displayAnswer());
        }
    }

    @Test
    void aPortForATransportOrANameForAProtocolNumberIsAskedAgainAndNotScored() throws Exception {
        Card transport = oneOfEach.stream().filter(c -> c.direction() == Direction.TRANSPORT).findFirst().orElseThrow();
        CommandRunner t = study(transport, "443\n" + transport.displayAnswer() + "\n");
        assertThat(t.out()).contains("TCP, UDP or both is wanted here (not scored)").contains("Correct — ")
                .doesNotContain("Wrong — ");
        Card number = oneOfEach.stream().filter(c -> c.direction() == Direction.PROTOCOL_NUMBER).findFirst().orElseThrow();
        CommandRunner n = study(number, "GRE\n" + number.displayAnswer() + "\n", "--lang", "zh");
        assertThat(n.out()).contains("这里要的是 IP 协议号（不计分）").contains("Correct — ").doesNotContain("Wrong — ");
    }

    @Test
    void oneTransportOfAServiceOnBothIsHalfRightAndSaysSo() throws Exception {
        Card dns = DeckFiles.load(REAL, "interview").cards().stream().filter(c -> c.id().equals("transport:53"))
                .findFirst().orElseThrow();
        CommandRunner r = study(dns, "udp\n", "--lang", "en");
        assertThat(r.out()).contains("Close — half right: the answer is both TCP and UDP; you named one of the two."
                + " You said: udp. Rated Hard.").doesNotContain("typo");
    }

    @Test
    void everyKindIsAskedInChineseUnderLangZh() throws Exception {
        for (Card c : oneOfEach) {
            CommandRunner r = study(c, c.displayAnswer() + "\n", "--lang", "zh");
            assertThat(r.out()).as(c.id()).contains(c.promptZh());
        }
    }

    @Test
    void everyKindPickedAsAChoiceIsJudgedByTheOptionPicked() throws Exception {
        Pattern first = Pattern.compile("(?m)^  1\\) (.*)$");
        for (Card c : oneOfEach) {
            CommandRunner r = study(c, "1\n", "--mode", "choice");
            Matcher m = first.matcher(r.out());
            assertThat(m.find()).as(c.id() + "\n" + r.out()).isTrue();
            boolean pickedRight = m.group(1).equals(c.displayAnswer());
            assertThat(r.out()).as(c.id()).contains(pickedRight ? "Correct — " : "Wrong — ");
        }
    }

    @Test
    void everyKindFlippedShowsItsAnswerAndTakesTheLearnersGrade() throws Exception {
        for (Card c : oneOfEach) {
            CommandRunner r = study(c, "\n3\n", "--mode", "flip");
            assertThat(r.out()).as(c.id()).contains("Answer: " + c.displayAnswer()).contains("Correct — ");
        }
    }

    @Test
    void kindPicksOneKindFromARealDeckAndAnUnknownKindIsAUsageError() {
        CommandRunner r = CommandRunner.runWithInput("", "study", "--plain", "--deck", "network-plus", "--kind",
                "protocol-number", "--data-dir", tmp.resolve("d").toString(), "--decks-dir", REAL.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Studying network-plus: 0 due, 6 new");
        CommandRunner bad = CommandRunner.runWithInput("", "quiz", "--plain", "--kind", "trivia", "--data-dir",
                tmp.resolve("d").toString(), "--decks-dir", REAL.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("portdrill: --kind is one of").contains("transport").doesNotContain("\n");
        CommandRunner none = CommandRunner.runWithInput("", "drill", "--plain", "--deck", "essentials", "--kind",
                "protocol-number", "--data-dir", tmp.resolve("d").toString(), "--decks-dir", REAL.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("has no protocol-number questions");
    }

    @Test
    void ankiExportCarriesEveryKindTaggedWithItsKindAndItsExplanation() throws Exception {
        Path file = tmp.resolve("interview.txt");
        CommandRunner r = CommandRunner.run("export", "anki", file.toString(), "--deck", "interview", "--decks-dir",
                REAL.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = java.nio.file.Files.readString(file);
        for (Card c : oneOfEach) {
            // Front, back and the Chinese field hold no tab (quoted cells may hold line breaks); the tags come after them.
            assertThat(text).as(c.id()).containsPattern("(?m)^" + Pattern.quote(c.id()) + "\t(?:[^\t]*\t){3}[^\t\n]*portdrill::"
                    + c.direction().code());
        }
        assertThat(text).contains("GRE is IP protocol 47");
    }

    @Test
    void decksListCountsEachKind() {
        CommandRunner r = CommandRunner.run("decks", "list", "--decks-dir", REAL.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^network-plus +\\d+ ")
                .containsPattern("(?m)^ +port-to-service \\d+, .*transport \\d+, counterpart \\d+, range \\d+, job \\d+, "
                        + "scenario \\d+, protocol-number \\d+, read-line \\d+, in-clear \\d+$");
    }
}
