package com.portdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import com.portdrill.srs.Rating;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.QuizResultsFile;
import com.portdrill.text.DisplayWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T17:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Grammar.tree();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(args)).isEqualTo(ExitCode.OK);
        return out.toString();
    }

    @Test
    void reportsTheAnswersStoredWhileAnotherCopyHoldsTheLock() throws Exception {
        Path data = dir.resolve("progress");
        try (ProgressStore store = ProgressStore.open(data, CLOCK).store()) {
            for (int i = 0; i < 3; i++) {
                store.append(review("c" + i, "2026-11-24T16:00:00Z", Rating.GOOD));
            }
            JsonNode stats = JSON.readTree(run("stats", "--json", "--data-dir", data.toString(), "--decks-dir", dir.resolve("none").toString()));
            assertThat(stats.get("reviews").intValue()).isEqualTo(3);
            assertThat(run("--data-dir", data.toString(), "stats")).contains("Answers: 3 in all");
        }
    }

    @Test
    void anEmptyFolderHasNoReviewsAndIsNotCreated() throws Exception {
        Path none = dir.resolve("none");
        JsonNode stats = JSON.readTree(run("stats", "--json", "--data-dir", none.toString(), "--decks-dir", none.toString()));
        assertThat(stats.get("reviews").intValue()).isZero();
        assertThat(stats.get("cardsByState").get("new").intValue()).isZero();
        assertThat(stats.get("retention").get("trueRetention").isNull()).isTrue();
        assertThat(none).doesNotExist();
    }

    @Test
    void statsJsonCarriesEveryFigureUnderStableNames() throws Exception {
        Path data = journal();
        CommandRunner result = CommandRunner.run(FakeSurroundings.on(CLOCK), "stats", "--json", "--data-dir",
                data.toString(), "--decks-dir", decks().toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode stats = JSON.readTree(result.out());
        assertThat(names(stats)).containsExactly("reviews", "answers", "correct", "correctShare", "today", "zone", "streak",
                "longestStreak", "reviewsPerDay", "retention", "cardsByState", "dueForecast", "weakest", "quizBests", "perKind", "fsrs");
        assertThat(names(stats.get("fsrs"))).containsExactly("parameters", "desiredRetention", "weights");
        assertThat(stats.get("fsrs").get("parameters").asText()).isEqualTo("default");
        assertThat(stats.get("fsrs").get("desiredRetention").doubleValue()).isEqualTo(0.9);
        // Six entries stored, one of them a re-grade of p2s:22's answer: five answers.
        assertThat(stats.get("reviews").intValue()).isEqualTo(6);
        assertThat(stats.get("answers").intValue()).isEqualTo(5);
        assertThat(stats.get("correct").intValue()).isEqualTo(2);
        assertThat(stats.get("correctShare").doubleValue()).isEqualTo(0.4);
        assertThat(names(stats.get("today"))).containsExactly("date", "reviews", "correct");
        // The command runs on CLOCK, so "today" is the day of the journal's last answers and the figures are exact.
        assertThat(stats.get("today").toString()).isEqualTo("{\"date\":\"2026-11-24\",\"reviews\":4,\"correct\":1}");
        assertThat(stats.get("zone").asText()).isEqualTo("Z");
        assertThat(stats.get("streak").intValue()).isEqualTo(2);
        assertThat(stats.get("longestStreak").intValue()).isEqualTo(2);
        JsonNode perDay = stats.get("reviewsPerDay");
        // Twelve weeks back to a Monday, through today.
        assertThat(perDay.size()).isEqualTo(79);
        assertThat(perDay.get(0).get("date").asText()).isEqualTo("2026-09-07");
        assertThat(perDay.get(78).get("date").asText()).isEqualTo("2026-11-24");
        assertThat(names(perDay.get(0))).containsExactly("date", "count");
        assertThat(names(stats.get("retention"))).containsExactly("trueRetention", "target", "reviews", "passed", "days");
        assertThat(stats.get("retention").get("target").doubleValue()).isEqualTo(0.9);
        // Three deck cards, two answered: 80 reached review with Easy and lapsed, 22 is on its learning steps; the
        // card no deck holds is still learning.
        JsonNode cards = stats.get("cardsByState");
        assertThat(names(cards)).containsExactly("new", "learning", "review", "relearning");
        assertThat(List.of(cards.get("new").intValue(), cards.get("learning").intValue(), cards.get("review").intValue(),
                cards.get("relearning").intValue())).containsExactly(1, 2, 0, 1);
        assertThat(stats.get("dueForecast").size()).isEqualTo(30);
        assertThat(names(stats.get("dueForecast").get(0))).containsExactly("date", "count");
        JsonNode weakest = stats.get("weakest");
        assertThat(weakest.size()).isEqualTo(2);
        // The lapsed card is the weaker: it was forgotten this morning, the other was learnt then.
        JsonNode http = weakest.get(0);
        assertThat(http.get("cardId").asText()).isEqualTo("s2p:80");
        assertThat(weakest.get(1).get("cardId").asText()).isEqualTo("p2s:22");
        assertThat(names(http)).containsExactly("cardId", "direction", "ports", "service", "answer", "retrievability",
                "lapses", "missesToday", "state");
        assertThat(http.get("ports").get(0).intValue()).isEqualTo(80);
        assertThat(http.get("service").asText()).isEqualTo("HTTP");
        assertThat(http.get("direction").asText()).isEqualTo("service-to-port");
        assertThat(http.get("lapses").intValue()).isEqualTo(1);
        assertThat(http.get("state").asText()).isEqualTo("relearning");
        assertThat(http.get("retrievability").doubleValue()).isBetween(0.0, 1.0);
        JsonNode quizzes = stats.get("quizBests");
        assertThat(quizzes.size()).isEqualTo(1);
        assertThat(names(quizzes.get(0))).containsExactly("deck", "seconds", "mode", "best", "history");
        assertThat(quizzes.get(0).get("mode").asText()).isEqualTo("typed");
        assertThat(quizzes.get(0).get("best").intValue()).isEqualTo(9);
        assertThat(names(quizzes.get(0).get("history").get(0))).containsExactly("finishedAt", "score", "best");
        assertThat(quizzes.get(0).get("history").get(1).get("score").intValue()).isEqualTo(6);
        assertThat(quizzes.get(0).get("history").get(1).get("best").intValue()).isEqualTo(9);
        JsonNode perKind = stats.get("perKind");
        assertThat(perKind.size()).isPositive();
        assertThat(names(perKind.get(0))).containsExactly("kind", "answers", "correct");
        int answers = 0;
        for (JsonNode k : perKind) {
            answers += k.get("answers").intValue();
            assertThat(k.get("correct").intValue()).isBetween(0, k.get("answers").intValue());
        }
        assertThat(answers).isLessThanOrEqualTo(stats.get("answers").intValue());
    }

    @Test
    void chartsInChineseFitTheWidth() {
        Path data = journal();
        CommandRunner result = CommandRunner.run("--lang", "zh", "stats", "--data-dir", data.toString(), "--decks-dir",
                decks().toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("统计", "回答：共 5 次", "每日回答（近 12 周）", "真实保留率（近 30 天）", "卡片状态",
                "重新学习", "未来 30 天到期", "最薄弱的卡片", "HTTP → 80", "exam，60 秒，输入：最佳 9");
        assertThat(result.out().lines()).allMatch(l -> DisplayWidth.of(l) <= TerminalWidth.of())
                .noneMatch(l -> l.contains("\u001b"));
    }

    @Test
    void anUnreadableDeckIsNamedAndLeftOut() throws Exception {
        Path decks = decks();
        Files.writeString(decks.resolve("broken.json"), "{ not json");
        CommandRunner result = CommandRunner.run("stats", "--json", "--data-dir", journal().toString(), "--decks-dir",
                decks.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).startsWith("portdrill: ").contains("broken").contains("left out of the statistics");
        assertThat(JSON.readTree(result.out()).get("cardsByState").get("new").intValue()).isEqualTo(1);
    }

    @Test
    void aWidthComesFromColumnsWhenItIsAPositiveNumber() {
        assertThat(TerminalWidth.parse("120")).isEqualTo(120);
        assertThat(TerminalWidth.parse(" 40 ")).isEqualTo(40);
        assertThat(TerminalWidth.parse("0")).isNull();
        assertThat(TerminalWidth.parse("wide")).isNull();
        assertThat(TerminalWidth.parse(null)).isNull();
    }

    /**
     * Two days of answers: s2p:80 Easy, then a lapse; p2s:22 on its learning steps (Again re-graded Good); a card no
     * deck holds now; and two timed quizzes.
     */
    private Path journal() {
        Path data = dir.resolve("progress");
        QuizResultsFile.append(data, new QuizResult("exam", 60, AnswerMode.TYPED, Instant.parse("2026-11-23T10:00:00Z"),
                12, 9, 1), CLOCK);
        QuizResultsFile.append(data, new QuizResult("exam", 60, AnswerMode.TYPED, Instant.parse("2026-11-24T10:00:00Z"),
                10, 6, 0), CLOCK);
        try (ProgressStore store = ProgressStore.open(data, CLOCK).store()) {
            store.append(review("s2p:80", "2026-11-23T09:00:00Z", Rating.EASY));
            store.append(review("s2p:80", "2026-11-24T09:00:00Z", Rating.AGAIN));
            store.append(review("p2s:22", "2026-11-24T09:10:00Z", Rating.AGAIN));
            store.append(regrade(review("p2s:22", "2026-11-24T09:10:00Z", Rating.GOOD)));
            store.append(review("gone:1", "2026-11-24T09:20:00Z", Rating.AGAIN));
            store.append(review("gone:1", "2026-11-24T09:21:00Z", Rating.AGAIN));
        }
        return data;
    }

    private Path decks() {
        Path decks = dir.resolve("decks");
        try {
            DeckFiles.writeAll(decks, List.of(
                    new Deck("all", "All", "全部", List.of(card("s2p:80", 80, "HTTP"), card("s2p:443", 443, "HTTPS"))),
                    new Deck("exam", "Exam", "考试", List.of(card("s2p:80", 80, "HTTP"), card("p2s:22", 22, "SSH")))));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return decks;
    }

    private static Card card(String id, int port, String service) {
        boolean toPort = id.startsWith("s2p");
        return new Card(id, toPort ? Direction.SERVICE_TO_PORT : Direction.PORT_TO_SERVICE, service, service,
                toPort ? AnswerKind.PORTS : AnswerKind.SERVICE, toPort ? List.of(port) : List.of(),
                toPort ? List.of() : List.of(service), List.of(),
                new Explanation(List.of(port), service, null, null, Set.of(), "", Verdict.AGREES, null, null, null, null));
    }

    private static JournalLine regrade(JournalLine r) {
        return new JournalLine(r.cardId(), r.at(), r.rating(), r.outcome(), r.answer(), r.durationMs(), r.mode(),
                JournalLine.Kind.REGRADE);
    }

    private static JournalLine review(String cardId, String at, Rating rating) {
        return new JournalLine(cardId, Instant.parse(at), rating, rating == Rating.AGAIN ? Outcome.WRONG : Outcome.CORRECT,
                "", 900, StudyMode.STUDY);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
