package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.StudyMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Review of missed cards: each is asked in turn; answered right, it leaves; otherwise it goes to the back and
 * comes round again. The session is over when every card has been answered right.
 */
public final class ReviewSession implements Session {
    private final AnswerMode mode;
    private final List<Card> queue;
    private final long seed;
    private final Progress progress;
    private final Question current;

    private ReviewSession(AnswerMode mode, List<Card> queue, long seed, Progress progress) {
        this.mode = mode;
        this.queue = List.copyOf(queue);
        this.seed = seed;
        this.progress = progress;
        this.current = queue.isEmpty() ? null : Question.ask(queue.get(0), mode, Seeds.at(seed, progress.answered()));
    }

    /**
     * @param missed the cards, in the order of {@link MissedCards#of} (the shell looks the ids up in the decks)
     */
    public static ReviewSession start(List<Card> missed, AnswerMode mode, RandomGenerator random) {
        Objects.requireNonNull(mode, "mode");
        return new ReviewSession(mode, missed, random.nextLong(), Progress.of(missed.size()));
    }

    @Override
    public StudyMode studyMode() {
        return StudyMode.REVIEW;
    }

    @Override
    public AnswerMode answerMode() {
        return mode;
    }

    @Override
    public Optional<Question> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Progress progress() {
        return progress;
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
        Progress p = progress.after(answer.outcome());
        return new ReviewSession(mode, q, seed, p.withTotal(p.answered() + q.size()));
    }
}
