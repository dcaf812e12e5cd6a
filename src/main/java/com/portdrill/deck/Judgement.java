package com.portdrill.deck;

import java.util.List;
import java.util.Objects;

/** What {@link AnswerJudge} made of a typed answer. */
public sealed interface Judgement permits Judgement.Blank, Judgement.WrongKind, Judgement.Judged {

    /** Nothing was typed (or only spaces and punctuation): never accepted, never scored; ask again. */
    record Blank() implements Judgement {
    }

    /**
     * An answer of the other kind: a name where port numbers are asked, or a number where a name is. It is not
     * scored, because it says nothing about whether the learner knows the card; the learner is told what is wanted.
     *
     * @param wanted the kind the card asks for
     */
    record WrongKind(AnswerKind wanted) implements Judgement {
        public WrongKind {
            Objects.requireNonNull(wanted, "wanted");
        }
    }

    /**
     * An answer that was judged.
     *
     * @param outcome correct, close or wrong
     * @param answer  the accepted answer it matched (correct), the one it nearly matched (close), or the
     *                card's answer as shown (wrong)
     * @param missing for a group answer that named some of its ports and nothing else: the ports left out, so
     *                the feedback can say what is missing; empty otherwise
     */
    record Judged(Outcome outcome, String answer, List<Integer> missing) implements Judgement {
        public Judged {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(answer, "answer");
            missing = List.copyOf(missing);
        }

        public Judged(Outcome outcome, String answer) {
            this(outcome, answer, List.of());
        }
    }
}
