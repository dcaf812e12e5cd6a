package com.portdrill.stats;

import com.portdrill.catalogue.Verdict;
import com.portdrill.chart.StatisticsView;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.i18n.Lang;
import com.portdrill.journal.JournalLine;
import com.portdrill.srs.Rating;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics' accuracy per kind of question: "transport: 62%". */
class KindAccuracyTest {
    private static Card transport(int port) {
        return new Card("transport:" + port, Direction.TRANSPORT, port + "?", port + "？", AnswerKind.TRANSPORT,
                List.of(), List.of("UDP"), List.of("TCP", "both TCP and UDP"),
                new Explanation(List.of(port), null, null, null, Set.of(), null, Verdict.AGREES, null, null, null, null));
    }

    private static final List<Card> CARDS = List.of(transport(69), transport(123), Fixtures.serviceCard(22, "SSH"));

    /** Five transport answers of eight right (62.5%), one port → service answer right, one answer to a gone card. */
    private static final List<JournalLine> JOURNAL = List.of(
            Fixtures.review("transport:69", "2026-11-20T10:00:00Z", Rating.GOOD),
            Fixtures.review("transport:69", "2026-11-21T10:00:00Z", Rating.AGAIN),
            Fixtures.review("transport:123", "2026-11-20T10:01:00Z", Rating.GOOD),
            Fixtures.review("transport:123", "2026-11-21T10:01:00Z", Rating.GOOD),
            Fixtures.review("transport:123", "2026-11-22T10:01:00Z", Rating.AGAIN),
            Fixtures.review("transport:69", "2026-11-22T10:00:00Z", Rating.GOOD),
            Fixtures.review("transport:69", "2026-11-23T10:00:00Z", Rating.HARD),
            Fixtures.review("transport:123", "2026-11-23T10:01:00Z", Rating.EASY),
            Fixtures.review("p2s:22", "2026-11-23T10:02:00Z", Rating.GOOD),
            Fixtures.review("p2s:9999", "2026-11-23T10:03:00Z", Rating.GOOD));

    @Test
    void answersAreCountedPerKindInTheKindsOrderAndACloseAnswerIsNotCorrect() {
        Statistics s = Fixtures.compute(JOURNAL, CARDS);
        assertThat(s.perKind()).containsExactly(new Statistics.KindShare(Direction.PORT_TO_SERVICE, 1, 1),
                new Statistics.KindShare(Direction.TRANSPORT, 8, 5));
        assertThat(s.perKind().get(1).correctShare()).hasValue(0.625);
    }

    @Test
    void theStatisticsScreenShowsEachKindsShareInEnglishAndChinese() {
        Statistics s = Fixtures.compute(JOURNAL, CARDS);
        assertThat(StatisticsView.perKind(s, 80, Lang.EN)).containsExactly("Correct per kind of question",
                "port → service: 100.0% (1 answers)", "transport: 62.5% (8 answers)");
        assertThat(StatisticsView.perKind(s, 80, Lang.ZH)).contains("传输协议：62.5%（8 次回答）");
        assertThat(StatisticsView.render(s, 80, Lang.EN)).contains("transport: 62.5% (8 answers)");
    }

    @Test
    void aWeakExamStyleCardIsNamedByItsKindAndItsAnswer() {
        Statistics s = Fixtures.compute(JOURNAL, CARDS);
        assertThat(StatisticsView.weakest(s, 80, Lang.EN)).anyMatch(l -> l.endsWith("transport · UDP"));
        assertThat(StatisticsView.weakest(s, 80, Lang.ZH)).anyMatch(l -> l.endsWith("传输协议 · UDP"));
    }
}
