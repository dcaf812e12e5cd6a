package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.StudyMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Review of missed cards: each is asked in turn; answered right, it leaves; otherwise it goes to the back and
 * comes round again. The session is over when every card has been answered right.
 */
public final class ReviewSession extends SeededSession {
    private final List<Card> queue;

    private ReviewSession(AnswerMode mode, List<Card> queue, long seed, Progress progress) {
        super(StudyMode.REVIEW, mode, seed, progress, queue.isEmpty() ? null : queue.get(0));
        this.queue = List.copyOf(queue);
    }

    /**
     * @param missed the cards, in the order of {@link MissedCards#of} (the shell looks the ids up in the decks)
     */
    public static ReviewSession start(List<Card> missed, AnswerMode mode, RandomGenerator random) {
        Objects.requireNonNull(mode, "mode");
        return new ReviewSession(mode, missed, random.nextLong(), Progress.of(missed.size()));
    }

    /** Cards still to be answered right, the current one included. */
    public int remaining() {
        return queue.size();
    }

    @Override
    public ReviewSession next(Attempt.Judged answer) {
        Answered.requireCurrent(this, answer);
        List<Card> q = new ArrayList<>(queue);
        Card asked = q.remove(0);
        if (answer.outcome() != Outcome.CORRECT) {
            q.add(asked);
        }
        Progress p = progress().after(answer.outcome());
        return new ReviewSession(answerMode(), q, seed(), p.withTotal(p.answered() + q.size()));
    }
}
