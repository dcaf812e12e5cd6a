package com.portdrill.deck;

import java.util.Objects;

/** What {@link AnswerJudge} made of a typed answer. */
public sealed interface Judgement permits Judgement.Blank, Judgement.Judged {

    /** Nothing was typed (or only spaces and punctuation): never accepted, never scored; ask again. */
    record Blank() implements Judgement {
    }

    /**
     * An answer that was judged.
     *
     * @param outcome correct, close or wrong
     * @param answer  the accepted answer it matched (correct), the one it nearly matched (close), or the
     *                card's answer as shown (wrong)
     */
    record Judged(Outcome outcome, String answer) implements Judgement {
        public Judged {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(answer, "answer");
        }
    }
}
