package com.portdrill.launch;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;

import java.util.List;

/**
 * The session a learner asked for, as the command line or the menu settled it, with the decks it is on. Where a
 * kind of question was asked, {@code deck} holds that kind's cards and {@code whole} the deck as read: feedback
 * names what a wrong answer names from the whole deck (993 secures 143, said by a counterpart card).
 */
public sealed interface Wanted permits Wanted.Study, Wanted.Quiz, Wanted.Missed, Wanted.Drill {
    AnswerMode mode();

    /** Spaced repetition: the cards due, then up to {@code newLimit} new cards a day. */
    record Study(Deck whole, Deck deck, AnswerMode mode, int newLimit) implements Wanted {
        public Study {
            if (newLimit < 0) {
                throw new IllegalArgumentException("new cards a day are 0 or more, not " + newLimit);
            }
        }
    }

    /** A timed quiz of {@code seconds}; {@code previous} results give the personal bests. */
    record Quiz(Deck whole, Deck deck, AnswerMode mode, int seconds, List<QuizResult> previous) implements Wanted {
        public Quiz {
            previous = List.copyOf(previous);
        }
    }

    /** The cards last answered wrong or close, looked up in {@code cards}: every deck's cards, each id once. */
    record Missed(List<Card> cards, AnswerMode mode) implements Wanted {
        public Missed {
            cards = List.copyOf(cards);
        }
    }

    /**
     * Rapid fire, weakest first. The drill's own deck, with no kind asked, keeps to its well-known ports; any other
     * deck, or a kind of question, is drilled whole.
     */
    record Drill(Deck whole, Deck deck, AnswerMode mode, boolean kindAsked) implements Wanted {
    }
}
