package com.portdrill.session;

import com.portdrill.srs.Rating;

import java.util.Objects;

/** What the learner gave for a question: typed text, one of the choices, or a grade for a flip card. */
public sealed interface Response permits Response.Typed, Response.Picked, Response.SelfGraded {

    /** Typed text, exactly as given (it is judged by {@link com.portdrill.deck.AnswerJudge}). */
    record Typed(String text) implements Response {
        public Typed {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The choice at {@code option} (0-based) of a {@link AnswerMode#CHOICE} question. */
    record Picked(int option) implements Response {
    }

    /** The learner's own grade after a flip card was revealed. */
    record SelfGraded(Rating rating) implements Response {
        public SelfGraded {
            Objects.requireNonNull(rating, "rating");
        }
    }
}
