package com.portdrill.stats;

import com.portdrill.deck.Card;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.QuizResult;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Scheduler;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the statistics are computed from.
 *
 * @param reviews         every journal entry, in the order stored (re-grades included)
 * @param states          every reviewed card's FSRS state now, as the store folds it
 * @param cards           the cards of every deck, each id once: names the weakest ports and counts the new cards
 * @param quizResults     every finished timed quiz
 * @param scheduler       the FSRS scheduler: retrievability now, and the state each card was in before each answer
 * @param targetRetention the retention FSRS schedules for, which true retention is measured against
 * @param now             the moment the figures are taken
 * @param zone            where calendar days begin and end for the learner
 */
public record StatisticsInput(List<JournalLine> reviews, Map<String, CardState> states, List<Card> cards,
                              List<QuizResult> quizResults, Scheduler scheduler, double targetRetention,
                              Instant now, ZoneId zone) {
    public StatisticsInput {
        reviews = List.copyOf(reviews);
        states = Map.copyOf(states);
        cards = List.copyOf(cards);
        quizResults = List.copyOf(quizResults);
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        if (!(targetRetention > 0 && targetRetention <= 1)) {
            throw new IllegalArgumentException("a target retention is in (0, 1], not " + targetRetention);
        }
    }
}
