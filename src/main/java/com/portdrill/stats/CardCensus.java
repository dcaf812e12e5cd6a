package com.portdrill.stats;

import com.portdrill.deck.Card;
import com.portdrill.srs.CardState;

import java.util.List;
import java.util.Map;

/**
 * Cards by FSRS state. New cards are the deck cards never answered; the others come from progress, which also
 * keeps cards a rebuilt deck no longer holds: the learner did study them.
 */
final class CardCensus {
    private CardCensus() {
    }

    static Statistics.CardsByState of(List<Card> cards, Map<String, CardState> states) {
        int fresh = 0;
        for (Card c : cards) {
            CardState s = states.get(c.id());
            fresh += s == null ? 1 : 0;
        }
        int learning = 0;
        int review = 0;
        int relearning = 0;
        for (CardState s : states.values()) {
            switch (s.state()) {
                case NEW:
                    fresh += 1;
                    break;
                case LEARNING:
                    learning++;
                    break;
                case REVIEW:
                    review++;
                    break;
                default:
                    relearning++;
            }
        }
        return new Statistics.CardsByState(fresh, learning, review, relearning);
    }
}
