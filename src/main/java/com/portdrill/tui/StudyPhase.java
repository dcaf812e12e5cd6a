package com.portdrill.tui;

import com.portdrill.session.Attempt;
import com.portdrill.srs.Rating;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a question of a study, review or drill stands; each phase holds only what it has, and the study screen's
 * update and view switch on it.
 */
public sealed interface StudyPhase permits Asking, StudyPhase.Revealed, StudyPhase.Saving, StudyPhase.Feedback,
        StudyPhase.Over {

    /** A flip card turned over; waiting for the learner's grade. */
    record Revealed(Instant shownAt) implements StudyPhase {
        public Revealed {
            Objects.requireNonNull(shownAt, "shownAt");
        }
    }

    /** What to do once the answer is on disk. */
    enum After {
        /** Show the verdict: a first answer. */
        SHOW,
        /** Go on to the next question: a correction made on the way there. */
        NEXT,
        /** Go back: a correction made on the way out. */
        BACK
    }

    /** The answer is with the driver; nothing of the verdict shows yet. */
    record Saving(Attempt.Judged judged, After then) implements StudyPhase {
        public Saving {
            Objects.requireNonNull(judged, "judged");
            Objects.requireNonNull(then, "then");
        }
    }

    /**
     * The verdict and the explanation.
     *
     * @param judged    the answer with the rating the learner has settled on so far
     * @param saved     the rating on disk
     * @param original  the judge's verdict when the learner overruled it ("I was right")
     * @param otherLang the explanation also shows the description in the language other than the interface's
     */
    record Feedback(Attempt.Judged judged, Rating saved, Optional<Attempt.Judged> original, boolean otherLang)
            implements StudyPhase {
        public Feedback {
            Objects.requireNonNull(judged, "judged");
            Objects.requireNonNull(saved, "saved");
            Objects.requireNonNull(original, "original");
        }

        /** The verdict of an answer just saved. */
        static Feedback of(Attempt.Judged judged) {
            return new Feedback(judged, judged.rating(), Optional.empty(), false);
        }

        /** The rating moved one step ({@code step} -1 or 1), never past Again or Easy. */
        Feedback rated(int step) {
            int value = Math.max(1, Math.min(4, judged.rating().value() + step));
            return new Feedback(judged.withRating(Rating.ofValue(value)), saved, original, otherLang);
        }

        /** Whether {@code !} means something: the answer can be overruled, or was and can be taken back. */
        boolean overrulable() {
            return original.isPresent() || judged.overrulable();
        }

        /** "I was right", or taking it back: the answer counts as correct, or as judged again. */
        Feedback overrule() {
            return original.map(o -> new Feedback(o, saved, Optional.empty(), otherLang))
                    .orElseGet(() -> new Feedback(judged.overruled(), saved, Optional.of(judged), otherLang));
        }

        Feedback toggleLanguage() {
            return new Feedback(judged, saved, original, !otherLang);
        }

        /** Whether going on must first record a correction: an overruling or a changed rating. */
        boolean corrected() {
            return original.isPresent() || judged.rating() != saved;
        }
    }

    /** No card is left: the summary, scrolled past {@code scroll} lines. */
    record Over(int scroll) implements StudyPhase {
        public Over {
            scroll = Math.max(0, scroll);
        }
    }
}
