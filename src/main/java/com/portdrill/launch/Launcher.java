package com.portdrill.launch;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.deck.NameIndex;
import com.portdrill.session.DrillSession;
import com.portdrill.session.MissedCards;
import com.portdrill.session.QuizSession;
import com.portdrill.session.ReviewSession;
import com.portdrill.session.StudyPlan;
import com.portdrill.session.StudySession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** The launch step: a wanted session on its footing becomes a ready session, or nothing and why. */
public final class Launcher {
    private Launcher() {
    }

    /** Launches {@code wanted}; the same wanted session on the same footing (and seed) launches the same way. */
    public static Launch launch(Wanted wanted, Footing on) {
        if (wanted instanceof Wanted.Study s) {
            return study(s, on);
        }
        if (wanted instanceof Wanted.Quiz q) {
            return quiz(q, on);
        }
        if (wanted instanceof Wanted.Missed m) {
            return missed(m, on);
        }
        return drill((Wanted.Drill) wanted, on);
    }

    /**
     * What waits on {@code deck} with {@code newLimit} new cards a day, as a study session would plan it on this
     * footing. Which new cards a plan picks does not change how many, so a seed of its own orders them and the
     * footing's random is left as it was: the session launched next asks the same first card either way.
     */
    public static Waiting waiting(Deck deck, int newLimit, Footing on) {
        StudyPlan plan = StudyPlan.of(deck, on.states(), on.history(), newLimit, on.now(), on.zone(),
                new SplittableRandom(0));
        return new Waiting(plan.due().size(), plan.fresh().size(), MissedCards.of(on.history()).size());
    }

    private static Launch study(Wanted.Study s, Footing on) {
        StudyPlan plan = StudyPlan.of(s.deck(), on.states(), on.history(), s.newLimit(), on.now(), on.zone(),
                on.random());
        if (plan.cards().isEmpty()) {
            return new Launch.Nothing(Reason.NOTHING_DUE, s.deck().name(), 0);
        }
        StudySession session = StudySession.start(plan, s.mode(), on.states(), on.scheduler(), on.random());
        return new Launch.Ready(SessionKind.STUDY, session, Optional.of(s.deck()), NameIndex.of(s.whole().cards()),
                s.mode(), List.of(), plan.cards().size(), plan.fresh().size(), 0, 0);
    }

    private static Launch quiz(Wanted.Quiz q, Footing on) {
        QuizSession session = QuizSession.start(q.deck().name(), q.deck().cards(), q.seconds(), q.mode(), on.now(),
                on.random());
        return new Launch.Ready(SessionKind.QUIZ, session, Optional.of(q.deck()), NameIndex.of(q.whole().cards()),
                q.mode(), q.previous(), q.deck().cards().size(), 0, q.seconds(), 0);
    }

    /** The missed cards in review order, as the decks hold them now; those no deck holds are counted as gone. */
    private static Launch missed(Wanted.Missed m, Footing on) {
        List<MissedCards.Missed> missed = MissedCards.of(on.history());
        Map<String, Card> byId = new HashMap<>();
        m.cards().forEach(c -> byId.putIfAbsent(c.id(), c));
        List<Card> cards = new ArrayList<>();
        for (MissedCards.Missed one : missed) {
            Card c = byId.get(one.cardId());
            if (c != null) {
                cards.add(c);
            }
        }
        int gone = missed.size() - cards.size();
        if (cards.isEmpty()) {
            return new Launch.Nothing(Reason.NOTHING_MISSED, "", gone);
        }
        ReviewSession session = ReviewSession.start(cards, m.mode(), on.random());
        return new Launch.Ready(SessionKind.REVIEW, session, Optional.empty(), NameIndex.of(List.of()), m.mode(),
                List.of(), cards.size(), 0, 0, gone);
    }

    private static Launch drill(Wanted.Drill d, Footing on) {
        boolean wellKnownOnly = d.whole().name().equals(DeckBuilder.WELL_KNOWN) && !d.kindAsked();
        List<Card> cards = DrillSession.cardsFor(d.deck().cards(), wellKnownOnly);
        if (cards.isEmpty()) {
            return new Launch.Nothing(Reason.NOTHING_TO_DRILL, d.deck().name(), 0);
        }
        DrillSession session = DrillSession.start(cards, on.states(), on.scheduler(), on.now(), d.mode(), on.random());
        return new Launch.Ready(SessionKind.DRILL, session, Optional.of(d.deck()), NameIndex.of(d.whole().cards()),
                d.mode(), List.of(), cards.size(), 0, 0, 0);
    }
}
