package com.portdrill.deck;

/**
 * The one place {@link AnswerJudge} hands the exam-style answer kinds to their own judges, so the judging of
 * port and service answers stays apart from theirs.
 */
final class KindJudges {
    private KindJudges() {
    }

    /** Judges a non-blank answer to a card whose answer is neither {@link AnswerKind#PORTS} nor a service. */
    static Judgement judge(Card card, String typed) {
        switch (card.answerKind()) {
            case TRANSPORT:
                return TransportJudge.judge(card, typed);
            case NAME:
                return NameJudge.judge(card, typed);
            case PROTOCOL_NUMBER:
                return ProtocolNumberJudge.judge(card, typed);
            case PORT_SET:
                return PortSetJudge.judge(card, typed);
            default:
                throw new IllegalArgumentException(card.answerKind() + " is judged by AnswerJudge itself");
        }
    }

    static Judgement correct(String answer) {
        return new Judgement.Judged(Outcome.CORRECT, answer);
    }

    static Judgement wrong(Card card) {
        return new Judgement.Judged(Outcome.WRONG, card.displayAnswer());
    }
}
