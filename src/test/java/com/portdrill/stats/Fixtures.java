package com.portdrill.stats;

import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.session.QuizResult;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Rating;
import com.portdrill.srs.Scheduler;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-made journal on a fixed clock in a zone eight hours east of UTC, so that UTC and local days differ. */
final class Fixtures {
    /** Tuesday 24 November 2026, 20:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Scheduler FSRS = new Scheduler(Parameters.defaults());

    private Fixtures() {
    }

    static Card portCard(int port, String service) {
        return new Card("s2p:" + port, Direction.SERVICE_TO_PORT, service + "?", service + "？", AnswerKind.PORTS,
                List.of(port), List.of(), List.of(), explanation(port, service));
    }

    static Card serviceCard(int port, String service) {
        return new Card("p2s:" + port, Direction.PORT_TO_SERVICE, port + "?", port + "？", AnswerKind.SERVICE,
                List.of(), List.of(service), List.of(), explanation(port, service));
    }

    private static Explanation explanation(int port, String service) {
        return new Explanation(List.of(port), service, null, null, Set.of(), "", Verdict.AGREES, null, null, null,
                null);
    }

    static JournalLine review(String cardId, String at, Rating rating) {
        Outcome outcome = rating == Rating.AGAIN ? Outcome.WRONG : rating == Rating.HARD ? Outcome.CLOSE : Outcome.CORRECT;
        return new JournalLine(cardId, Instant.parse(at), rating, outcome, "", 1000, StudyMode.STUDY);
    }

    /** {@code r} as a re-grade: the line that changes the rating of {@code r}'s card's answer at its time. */
    static JournalLine regrade(JournalLine r) {
        return new JournalLine(r.cardId(), r.at(), r.rating(), r.outcome(), r.answer(), r.durationMs(), r.mode(),
                JournalLine.Kind.REGRADE);
    }

    /** The card states as the store folds them with FSRS. */
    static Map<String, CardState> fold(List<JournalLine> reviews) {
        Map<String, CardState> states = new HashMap<>();
        for (JournalLine r : reviews) {
            CardState before = states.getOrDefault(r.cardId(), CardState.newCard(r.at()));
            states.put(r.cardId(), FSRS.next(before, r.at(), r.rating()));
        }
        return states;
    }

    static Statistics compute(List<JournalLine> reviews, Map<String, CardState> states, List<Card> cards,
                              List<QuizResult> quizzes) {
        return Statistics.compute(new StatisticsInput(reviews, states, cards, quizzes, FSRS, 0.9, NOW, SHANGHAI));
    }

    static Statistics compute(List<JournalLine> reviews, List<Card> cards) {
        return compute(reviews, fold(reviews), cards, List.of());
    }
}
