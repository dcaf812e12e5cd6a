package com.portdrill.cli;

import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;
import com.portdrill.session.StudyPlan;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.QuizResultsFile;
import com.portdrill.store.SettingsFile;
import com.portdrill.testing.FakeClock;
import com.portdrill.testing.TypedLines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The interactive commands in plain mode, end to end through {@link Main#run} with piped standard input. */
class PlainCommandsTest {
    @TempDir
    Path tmp;
    Path data;
    Path decks;

    private static Card card(String id, Direction d, String prompt, AnswerKind kind, List<Integer> ports,
                             List<String> names, int port, String service) {
        return new Card(id, d, prompt, "中文：" + prompt, kind, ports, names, List.of("Gopher", "Finger", "NNTP"),
                new Explanation(List.of(port), service, service + " in English.", service + " 的中文说明。",
                        Set.of(Document.EN, Document.ZH), port + " " + service.toLowerCase() + " (tcp)", Verdict.AGREES,
                        null, null, null, null));
    }

    @BeforeEach
    void decks() throws Exception {
        data = tmp.resolve("progress");
        decks = tmp.resolve("decks");
        Deck small = SmallDeck.small();
        Deck hostile = new Deck("hostile", "Hostile \u001b[31m", "", List.of(new Card("p2s:6666",
                Direction.PORT_TO_SERVICE, "Port \u001b[2J6666\u0007?", "端口\u001b]0;title\u0007", AnswerKind.SERVICE,
                List.of(), List.of("Evil\u001b[0m"), List.of("\u001b[1mA", "B\u009b", "C"),
                new Explanation(List.of(6666), "svc\u001b[5m", "desc\u001b[31m", "说明\u001b[0m", Set.of(Document.EN),
                        "iana\u001b", Verdict.DISAGREES, "fix\u001b[0m", "更正\u001b", "note\u0007", null))));
        DeckFiles.writeAll(decks, List.of(small, hostile));
    }

    /** The three-card deck most tests study. */
    private static final class SmallDeck {
        static Deck small() {
            return new Deck("small", "Small", "小", List.of(
                    card("p2s:21", Direction.PORT_TO_SERVICE, "Port 21: which service?", AnswerKind.SERVICE, List.of(),
                            List.of("FTP"), 21, "FTP"),
                    card("p2s:23", Direction.PORT_TO_SERVICE, "Port 23: which service?", AnswerKind.SERVICE, List.of(),
                            List.of("Telnet"), 23, "Telnet"),
                    card("p2s:53", Direction.PORT_TO_SERVICE, "Port 53: which service?", AnswerKind.SERVICE, List.of(),
                            List.of("DNS"), 53, "DNS")));
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(InputStream in, String... args) {
        return run(in, new Surroundings.Machine(), args);
    }

    /** Runs {@code args} on the clock and input {@code around} gives, with {@code in} as standard input. */
    private static synchronized Result run(InputStream in, Surroundings around, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(in);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(around, args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * A seed whose draw happens to keep the small deck's new cards in deck order (21, 23, 53), so that answers can be
     * piped in that order; new cards otherwise come in whatever order the seed draws.
     */
    private static final String IN_ORDER = inOrderSeed();

    private static String inOrderSeed() {
        Deck small = SmallDeck.small();
        for (long seed = 1; ; seed++) {
            List<Card> fresh = StudyPlan.of(small, Map.of(), List.of(), 20, Instant.EPOCH,
                    java.time.ZoneOffset.UTC, new SplittableRandom(seed)).fresh();
            if (fresh.equals(small.cards())) {
                return Long.toString(seed);
            }
        }
    }

    private Result run(String input, String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[]{"--data-dir", data.toString(), "--decks-dir", decks.toString(), "--seed"}, 0,
                all, args.length, 5);
        String[] seeded = java.util.Arrays.copyOf(all, all.length + 1);
        seeded[all.length] = IN_ORDER;
        return run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), seeded);
    }

    private List<JournalLine> journal() {
        try (ProgressStore store = ProgressStore.openReadOnly(data, Clock.systemUTC()).store()) {
            return List.copyOf(store.reviews());
        }
    }

    @Test
    void studyAndQuizStartOnTheDeckChosenInSettingsAndNetworkPlusUntilOneIs() throws Exception {
        Path real = Path.of("decks").toAbsolutePath();
        Result fresh = run(new ByteArrayInputStream(new byte[0]), "study", "--plain", "--data-dir", data.toString(),
                "--decks-dir", real.toString(), "--seed", "7");
        assertThat(fresh.out()).startsWith("Studying network-plus:");
        SettingsFile.save(data, new SettingsFile.Chosen(com.portdrill.i18n.Lang.EN, java.util.Optional.empty(),
                "security-plus", "typed", 60, 20, "well-known"), Clock.systemUTC());
        Result chosen = run(new ByteArrayInputStream(new byte[0]), "study", "--plain", "--data-dir", data.toString(),
                "--decks-dir", real.toString(), "--seed", "7");
        assertThat(chosen.out()).startsWith("Studying security-plus:");
        SettingsFile.save(data, new SettingsFile.Chosen(com.portdrill.i18n.Lang.EN, java.util.Optional.empty(),
                "exam", "typed", 60, 20, "well-known"), Clock.systemUTC());
        Result gone = run(new ByteArrayInputStream(new byte[0]), "study", "--plain", "--data-dir", data.toString(),
                "--decks-dir", real.toString(), "--seed", "7");
        assertThat(gone.code()).isZero();
        assertThat(gone.out()).startsWith("Studying network-plus:");
    }

    /** The answer each prompt of the small deck wants, by the prompt's port. */
    private static final Map<String, String> RIGHT = Map.of("21", "ftp", "23", "telnet", "53", "dns");

    @Test
    void studyJudgesEachLineStoresItAndEndsWithASummaryAtEndOfInput() {
        Result r = run("ftp\ntelnt\nsmtp\n", "study", "--plain", "--deck", "small");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Studying small: 0 due, 3 new (type the answer). End input (Ctrl-D) to stop.");
        assertThat(lines).filteredOn(l -> l.matches("^(Correct|Close|Wrong) .*")).extracting(l -> l.split(" ")[0])
                .containsExactly("Correct", "Close", "Wrong");
        assertThat(lines.get(lines.size() - 1)).startsWith("Done: 3 answered, 1 correct, 1 close, 1 wrong");
        assertThat(journal()).extracting(JournalLine::outcome).containsExactly(Outcome.CORRECT, Outcome.CLOSE, Outcome.WRONG);
        assertThat(journal()).extracting(JournalLine::mode).containsOnly(StudyMode.STUDY);
        assertThat(r.out()).doesNotContain("\u001b");
    }

    @Test
    void theNewLimitCountsCardsIntroducedToday() {
        run("ftp\n", "study", "--plain", "--deck", "small", "--limit", "2");
        Result second = run("", "study", "--plain", "--deck", "small", "--limit", "2");
        assertThat(second.out()).contains(", 1 new (");
        Result third = run("", "study", "--plain", "--deck", "small", "--limit", "1");
        assertThat(third.out()).contains("Nothing to study in small now");
        assertThat(third.code()).isZero();
    }

    @Test
    void chineseIsRememberedAndTheFirstWordStaysEnglish() {
        Result zh = run("ftp\n", "study", "--plain", "--deck", "small", "--lang", "zh", "--limit", "1");
        assertThat(zh.out()).contains("学习 small：", "中文：Port 21: which service?", "Correct — FTP 正确。");
        Result remembered = run("ssh\n", "review", "--plain");
        assertThat(remembered.out()).contains("没有要复习的");
        Result english = run("", "study", "--plain", "--deck", "small", "--lang", "en");
        assertThat(english.out()).startsWith("Studying small");
    }

    @Test
    void aHostileDeckIsShownInertAndNoEscapeReachesTheOutput() {
        Result typed = run("evil\n", "study", "--plain", "--deck", "hostile");
        Result choice = run("1\n", "quiz", "--plain", "--deck", "hostile", "--mode", "choice", "--seconds", "5");
        for (Result r : List.of(typed, choice)) {
            assertThat(r.out() + r.err()).doesNotContain("\u001b", "\u0007", "\u009b");
        }
        assertThat(typed.out()).contains("Port ␛[2J6666␇?", "Correction: fix␛[0m", "Only the English port list");
    }

    /**
     * Input held open: only the quiz's own deadline can end it. The command runs on a fake clock that the typed input
     * moves on as a person's waiting would, so the one-second quiz ends exactly on time, and at once.
     */
    @Test
    void theQuizEndsOnTimeWithInputStillOpenAndKeepsTheBest() {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-24T09:00:00Z"));
        Instant start = clock.instant();
        // Seed 7 asks port 53 first; nothing is typed after its answer.
        TypedLines typing = new TypedLines(clock).line(Duration.ofMillis(300), "dns");
        Result r = run(InputStream.nullInputStream(), new FakeSurroundings(clock, typing), "quiz", "--plain", "--deck",
                "small", "--seconds", "1", "--data-dir", data.toString(), "--decks-dir", decks.toString(), "--seed", "7");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(clock.instant()).as("ended by the deadline, not by input").isEqualTo(start.plusSeconds(1));
        assertThat(r.out()).contains("Quiz: 1 s on small", "Time is up.\n",
                "Score 1: 1 answered, 100% accurate, 60.0 answers a minute.\n",
                "A new personal best for small, 1 s, typed!").doesNotContain("Ran ");
        List<QuizResult> kept = QuizResultsFile.load(data);
        assertThat(kept).containsExactly(new QuizResult("small", 1, AnswerMode.TYPED, start.plusSeconds(1), 1, 1, 0,
                1000));
        assertThat(journal()).extracting(JournalLine::mode).containsExactly(StudyMode.QUIZ);
        assertThat(journal()).extracting(JournalLine::at, JournalLine::durationMs)
                .containsExactly(tuple(start.plusMillis(300), 300L));
    }

    @Test
    void theQuizEndsAtEndOfInputWithItsSummary() {
        Result r = run(String.join("\n", RIGHT.values()) + "\n", "quiz", "--plain", "--deck", "small", "--seconds", "30");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("Time is up.").contains("Score ");
        assertThat(QuizResultsFile.load(data)).hasSize(1);
    }

    @Test
    void reviewAsksTheMissedCardsUntilAnsweredRight() {
        run("ftp\nnope\nnope\n", "study", "--plain", "--deck", "small");
        Result nothingYet = run("", "review", "--plain");
        assertThat(nothingYet.out()).startsWith("Reviewing missed cards: 2");
        // The most recent miss first; piped answers may share a millisecond, and then the order is by id, so the
        // input answers both orders: DNS then Telnet, or (wrong twice, each sent to the back) Telnet then DNS.
        Result review = run("dns\ntelnet\ntelnet\ndns\n", "review", "--plain");
        assertThat(review.out()).contains("Every missed card is answered right now.");
        assertThat(journal().subList(journal().size() - 2, journal().size())).extracting(JournalLine::mode)
                .containsOnly(StudyMode.REVIEW);
        Result after = run("", "review", "--plain");
        assertThat(after.code()).isZero();
        assertThat(after.out()).isEqualTo("Nothing to review: no card's latest answer was wrong or close.\n");
    }

    @Test
    void theDrillStaysWithinTheWellKnownPortsOfTheRealDeck() throws Exception {
        Path real = Path.of("decks");
        Deck wellKnown = DeckFiles.load(real, "well-known");
        Map<String, Card> byId = wellKnown.cards().stream().collect(Collectors.toMap(Card::id, Function.identity()));
        Result r = run(new ByteArrayInputStream("x 1\n".repeat(120).getBytes(StandardCharsets.UTF_8)), "drill", "--plain",
                "--data-dir", data.toString(), "--decks-dir", real.toString(), "--seed", "3");
        assertThat(r.code()).isZero();
        List<JournalLine> asked = journal();
        assertThat(asked).hasSize(120).extracting(JournalLine::mode).containsOnly(StudyMode.DRILL);
        assertThat(asked).allSatisfy(v -> {
            Card c = byId.get(v.cardId());
            assertThat(c.explanation().ports()).allMatch(p -> p <= 1023);
            assertThat(c.direction()).isIn(Direction.PORT_TO_SERVICE, Direction.SERVICE_TO_PORT);
        });
        List<Card> pool = com.portdrill.session.DrillSession.cardsFor(wellKnown.cards(), true);
        assertThat(pool.stream().map(Card::direction).distinct()).hasSize(2);
        assertThat(pool).allMatch(c -> c.explanation().ports().stream().allMatch(p -> p <= 1023));
        List<Card> all = DeckFiles.load(real, "documents").cards();
        assertThat(all).anyMatch(c -> c.explanation().ports().stream().anyMatch(p -> p > 1023));
        assertThat(com.portdrill.session.DrillSession.cardsFor(all, true)).isNotEmpty()
                .allMatch(c -> c.explanation().ports().stream().allMatch(p -> p <= 1023));
        Result trojans = run(new ByteArrayInputStream("x 1\n".repeat(5).getBytes(StandardCharsets.UTF_8)), "drill",
                "--plain", "--deck", "folklore", "--data-dir", tmp.resolve("other").toString(), "--decks-dir",
                real.toString(), "--seed", "3");
        assertThat(trojans.code()).isZero();
        assertThat(trojans.out()).contains("Wrong — ");
    }

    @Test
    void badOptionsAreOneLineWithTheDocumentedCode() throws Exception {
        assertThat(run("", "study", "--plain", "--limit", "-1").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("", "quiz", "--plain", "--mode", "flip").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("", "quiz", "--plain", "--seconds", "0").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("", "study", "--plain", "--mode", "sideways").code()).isEqualTo(ExitCode.USAGE);
        Result unknown = run("", "study", "--plain", "--deck", "nosuch");
        assertThat(unknown.code()).isEqualTo(ExitCode.FAILURE);
        assertThat(unknown.err().lines()).hasSize(1).allMatch(l -> l.startsWith("portdrill: no deck 'nosuch'"));
        Files.createDirectories(data);
        try (ProgressStore held = ProgressStore.open(data, Clock.systemUTC()).store()) {
            Result locked = run("ftp\n", "study", "--plain", "--deck", "small");
            assertThat(locked.code()).isEqualTo(ExitCode.FAILURE);
            assertThat(locked.err().lines()).hasSize(1);
            assertThat(held.reviewCount()).isZero();
        }
    }

    /**
     * End of input at every prompt of every interactive form, and in the middle of a line: each ends cleanly with
     * exit 0 and the summary last, says nothing on standard error, and keeps every typed answer it was given.
     */
    @ParameterizedTest
    @CsvSource({
            "study --mode typed, ftp|telnet|dns",
            "study --mode choice, 1|b|3",
            "study --mode flip, |3||1||4",
            "drill --mode typed, ftp|telnet|dns|ftp",
            "drill --mode choice, 2|a",
            "drill --mode flip, |3||2|"})
    void endOfInputAtEveryPromptEndsCleanlyWithASummary(String command, String script) {
        List<String> lines = List.of(script.split("\\|", -1));
        int run = 0;
        for (int cut = 0; cut <= lines.size(); cut++) {
            for (String unfinished : new String[]{"", "tel"}) {
                data = tmp.resolve("progress-" + run++);
                String input = String.join("\n", lines.subList(0, cut)) + (cut > 0 ? "\n" : "") + unfinished;
                List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
                args.addAll(List.of("--plain", "--deck", "small"));
                Result r = run(input, args.toArray(String[]::new));
                String what = command + " with input " + input.replace("\n", "⏎");
                assertThat(r.code()).as(what).isZero();
                assertThat(r.err()).as(what).isEmpty();
                assertThat(r.out().lines().reduce((a, b) -> b).orElse("")).as(what).startsWith("Done: ");
                if (command.endsWith("typed") && unfinished.isEmpty()) {
                    assertThat(journal()).as(what).hasSize(cut);
                }
            }
        }
    }

    /** A slow pipe: the answers arrive a byte per read, split anywhere, and are judged as whole lines all the same. */
    @Test
    void answersArrivingAByteAtATimeAreReadAsWholeLines() {
        byte[] bytes = "ftp\ntelnet\r\ndns\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            private int next;

            @Override
            public int read() {
                return next < bytes.length ? bytes[next++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };
        Result r = run(trickle, "study", "--plain", "--deck", "small", "--data-dir", data.toString(), "--decks-dir",
                decks.toString(), "--seed", IN_ORDER);
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().filter(l -> l.matches("^(Correct|Close|Wrong) .*")).map(l -> l.split(" ")[0]))
                .containsExactly("Correct", "Correct", "Correct");
        assertThat(journal()).extracting(JournalLine::answer).containsExactly("ftp", "telnet", "dns");
    }
}
