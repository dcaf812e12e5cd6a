package com.portdrill.session;

import com.portdrill.deck.Outcome;
import com.portdrill.i18n.Message;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Rating;

import com.portdrill.deck.AnswerKind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What became of a response: asked again (blank), too late (quiz), or judged and ready to be recorded. */
public sealed interface Attempt permits Attempt.Blank, Attempt.OtherKind, Attempt.Late, Attempt.Judged {

    /** Nothing was typed: never scored, never recorded; the same question is asked again. */
    record Blank() implements Attempt {
    }

    /**
     * An answer of the other kind (a name where a port is asked, a number where a name is): never scored, never
     * recorded; the learner is told what is wanted and the same question is asked again.
     */
    record OtherKind(AnswerKind wanted) implements Attempt {
        public OtherKind {
            Objects.requireNonNull(wanted, "wanted");
        }

        /** What the learner is told, in plain mode and on the full screen alike: the kind the question wants. */
        public Message askAgain() {
            return switch (wanted) {
                case PORTS, PORT_SET -> Message.ASK_AGAIN_PORT;
                case TRANSPORT -> Message.ASK_AGAIN_TRANSPORT;
                case PROTOCOL_NUMBER -> Message.ASK_AGAIN_PROTOCOL_NUMBER;
                default -> Message.ASK_AGAIN_NAME;
            };
        }
    }

    /** Given after the quiz's deadline: not scored and not recorded. */
    record Late() implements Attempt {
    }

    /**
     * A judged answer.
     *
     * @param question    the question answered
     * @param outcome     correct, close or wrong
     * @param given       what the learner typed or chose, as given
     * @param at          when it was judged (whole milliseconds, as the journal keeps it)
     * @param durationMs  from the question being shown to the answer
     * @param suggested   the rating the outcome suggests
     * @param easyOffered whether Easy is offered: a correct answer given fast
     * @param rating      the rating that will be recorded: {@code suggested} until the learner changes it
     * @param missing     the ports a partly right group answer left out (see {@link
     *                    com.portdrill.deck.Judgement.Judged#missing}); empty otherwise
     */
    record Judged(Question question, Outcome outcome, String given, Instant at, long durationMs, Rating suggested,
                  boolean easyOffered, Rating rating, List<Integer> missing) implements Attempt {
        public Judged {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(given, "given");
            Objects.requireNonNull(suggested, "suggested");
            Objects.requireNonNull(rating, "rating");
            missing = List.copyOf(missing);
            at = Instant.ofEpochMilli(Objects.requireNonNull(at, "at").toEpochMilli());
        }

        /** The same answer rated otherwise by the learner (any of 1–4). */
        public Judged withRating(Rating chosen) {
            return new Judged(question, outcome, given, at, durationMs, suggested, easyOffered, chosen, missing);
        }

        public boolean correct() {
            return outcome == Outcome.CORRECT;
        }

        /** The review to record for this answer in {@code mode}. */
        public JournalLine review(StudyMode mode) {
            return correction(mode, JournalLine.Kind.ANSWER);
        }

        /**
         * The journal line that makes this answer count as it is now (a new rating, an overruling, or an overruling
         * taken back): it names the answer by its card and time, and replaces it wherever answers are counted.
         */
        public JournalLine correction(StudyMode mode, JournalLine.Kind kind) {
            return new JournalLine(question.card().id(), at, rating, outcome, given, durationMs, mode, kind);
        }

        /** Whether the learner may say "I was right": an answer the judge did not accept, typed or picked. */
        public boolean overrulable() {
            return outcome != Outcome.CORRECT && question.mode() != AnswerMode.FLIP;
        }

        /** This answer as the learner says it should have been judged: correct, rated as a correct answer is. */
        public Judged overruled() {
            Rating good = SuggestedRating.of(Outcome.CORRECT);
            return new Judged(question, Outcome.CORRECT, given, at, durationMs, good, false, good, List.of());
        }
    }
}
