package com.portdrill.tui;

import com.portdrill.i18n.Message;
import com.portdrill.session.Attempt;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A question waiting for its answer, in a study or a quiz.
 *
 * @param input   the typed answer being edited
 * @param shownAt when the question appeared (answer times are measured from it)
 * @param again   why the last Enter was not judged (a blank answer, or one of the other kind), said above the input
 */
public record Asking(LineEditor input, Instant shownAt, Optional<Message> again) implements StudyPhase, QuizPhase {
    public Asking {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(shownAt, "shownAt");
        Objects.requireNonNull(again, "again");
    }

    /** A question shown at {@code at}, nothing typed yet. */
    static Asking at(Instant at) {
        return new Asking(LineEditor.empty(), at, Optional.empty());
    }

    /** The answer edited; what was said about the last Enter no longer applies. */
    Asking typed(LineEditor edited) {
        return new Asking(edited, shownAt, Optional.empty());
    }

    /**
     * The same question again, saying why, when {@code attempt} was not judged: a blank, or the other kind. An answer
     * of the other kind is taken out of the field, so the learner types the one wanted rather than first deleting it.
     */
    Optional<Asking> retry(Attempt attempt) {
        if (attempt instanceof Attempt.Blank) {
            return Optional.of(new Asking(input, shownAt, Optional.of(Message.BLANK_AGAIN)));
        }
        if (attempt instanceof Attempt.OtherKind other) {
            return Optional.of(new Asking(LineEditor.empty(), shownAt, Optional.of(other.askAgain())));
        }
        return Optional.empty();
    }
}
