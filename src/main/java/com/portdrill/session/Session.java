package com.portdrill.session;

import com.portdrill.journal.StudyMode;

import java.time.Instant;
import java.util.Optional;

/**
 * A study, quiz, review or drill session: an immutable value that says what to ask and moves on after each
 * judged answer. The shell shows {@link #current()}, judges the response with {@link #judge}, records
 * {@link Attempt.Judged#review} through an {@link AnswerRecorder}, shows the feedback, then calls {@link #next}.
 */
public sealed interface Session permits SeededSession {

    /** What the answers are recorded as. */
    StudyMode studyMode();

    /** How questions are answered. */
    AnswerMode answerMode();

    /** The question to ask now; empty when the session is over. */
    Optional<Question> current();

    Progress progress();

    /**
     * Judges a response to {@link #current()} shown at {@code shownAt} and given at {@code at}.
     *
     * @throws IllegalStateException when the session is over
     */
    default Attempt judge(Response response, Instant shownAt, Instant at) {
        Question q = current().orElseThrow(() -> new IllegalStateException("the session is over"));
        return Answering.judge(q, response, shownAt, at);
    }

    /**
     * The session after {@code answer} (with the rating the learner settled on) was recorded.
     *
     * @throws IllegalArgumentException when the answer is not to {@link #current()}
     * @throws IllegalStateException    when the session is over
     */
    Session next(Attempt.Judged answer);
}
