package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.StudyMode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A timed quiz: questions back to back in a seeded order, cycling through the deck, until the deadline. At the
 * deadline the quiz is over: an answer given then or later is {@link Attempt.Late}, not scored.
 */
public final class QuizSession extends SeededSession {
    /** The default length of a quiz. */
    public static final int DEFAULT_SECONDS = 60;

    private final String deck;
    private final int seconds;
    private final List<Card> order;
    private final Instant start;
    private final List<Attempt.Judged> misses;

    /** The clock, not the deck, ends a quiz: it cycles through {@code order}, empty only for a quiz on no cards. */
    private QuizSession(String deck, int seconds, AnswerMode mode, List<Card> order, Instant start, long seed,
                        Progress progress, List<Attempt.Judged> misses) {
        super(StudyMode.QUIZ, mode, seed, progress, order.isEmpty() ? null : order.get(progress.answered() % order.size()));
        this.deck = deck;
        this.seconds = seconds;
        this.order = order;
        this.start = start;
        this.misses = List.copyOf(misses);
    }

    /**
     * Starts a quiz of {@code seconds} on {@code cards} at {@code start}.
     *
     * @param deck   the deck's name, kept in the result for personal bests
     * @param mode   typed or choice (a flip card cannot be timed fairly)
     * @param random shuffles the order and the choices
     */
    public static QuizSession start(String deck, List<Card> cards, int seconds, AnswerMode mode, Instant start,
                                    RandomGenerator random) {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(start, "start");
        if (mode == AnswerMode.FLIP) {
            throw new IllegalArgumentException("a quiz is typed or choice, not flip");
        }
        if (seconds <= 0) {
            throw new IllegalArgumentException("a quiz lasts 1 second or more, not " + seconds);
        }
        long seed = random.nextLong();
        List<Card> order = new ArrayList<>(cards);
        Question.shuffle(order, Seeds.at(seed, -1));
        return new QuizSession(deck, seconds, mode, List.copyOf(order), start, seed, Progress.of(0), List.of());
    }

    /**
     * The same quiz with its clock starting at {@code now}: a screen that waits for the learner to be ready starts
     * it then, not when it was opened.
     *
     * @throws IllegalStateException once a question was answered
     */
    public QuizSession startingAt(Instant now) {
        if (progress().answered() > 0) {
            throw new IllegalStateException("the quiz is already under way");
        }
        return new QuizSession(deck, seconds, answerMode(), order, Objects.requireNonNull(now, "now"), seed(), progress(),
                misses);
    }

    public String deck() {
        return deck;
    }

    public int seconds() {
        return seconds;
    }

    public Instant start() {
        return start;
    }

    public Instant deadline() {
        return start.plusSeconds(seconds);
    }

    /** Time left at {@code now}, never negative. */
    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, deadline());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Over from the deadline on, to the millisecond. */
    public boolean isOver(Instant now) {
        return !now.isBefore(deadline());
    }

    /** As {@link Session#judge}, but an answer given at or after the deadline is {@link Attempt.Late}. */
    @Override
    public Attempt judge(Response response, Instant shownAt, Instant at) {
        return isOver(at) ? new Attempt.Late() : super.judge(response, shownAt, at);
    }

    /** The answers judged wrong or close, in the order given, for the summary's explanations. */
    public List<Attempt.Judged> misses() {
        return misses;
    }

    /** The next question; an answer judged at or after the deadline changes nothing. */
    @Override
    public QuizSession next(Attempt.Judged answer) {
        if (isOver(answer.at())) {
            return this;
        }
        Answered.requireCurrent(this, answer);
        List<Attempt.Judged> m = new ArrayList<>(misses);
        if (answer.outcome() != Outcome.CORRECT) {
            m.add(answer);
        }
        return new QuizSession(deck, seconds, answerMode(), order, start, seed(), progress().after(answer.outcome()), m);
    }

    /** The result at {@code now}: when time ran out, or earlier if the learner stopped (to the millisecond). */
    public QuizResult finish(Instant now) {
        Instant end = isOver(now) ? deadline() : Instant.ofEpochMilli(now.toEpochMilli());
        long ran = Math.max(0, Math.min(seconds * 1000L, end.toEpochMilli() - start.toEpochMilli()));
        Progress p = progress();
        return new QuizResult(deck, seconds, answerMode(), end, p.answered(), p.correct(), p.close(), ran);
    }
}
