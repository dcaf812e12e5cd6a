package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.journal.StudyMode;

import java.util.Optional;

/**
 * What every session holds besides its own rule for the next card: how it is answered, how far it has come, and
 * the question it asks now. The question at each step is drawn from the session's seed and the number of answers
 * so far, so a session is a value: the same seed asks the same questions in the same way.
 */
abstract sealed class SeededSession implements Session permits StudySession, QuizSession, ReviewSession, DrillSession {
    private final StudyMode studyMode;
    private final AnswerMode mode;
    private final long seed;
    private final Progress progress;
    private final Question current;

    /** @param asked the card to ask now, {@code null} when the session is over */
    SeededSession(StudyMode studyMode, AnswerMode mode, long seed, Progress progress, Card asked) {
        this.studyMode = studyMode;
        this.mode = mode;
        this.seed = seed;
        this.progress = progress;
        this.current = asked == null ? null : Question.ask(asked, mode, Seeds.at(seed, progress.answered()));
    }

    @Override
    public final StudyMode studyMode() {
        return studyMode;
    }

    @Override
    public final AnswerMode answerMode() {
        return mode;
    }

    @Override
    public final Optional<Question> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public final Progress progress() {
        return progress;
    }

    final long seed() {
        return seed;
    }
}
