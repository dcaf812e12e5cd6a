package com.portdrill.deck;

import com.portdrill.text.Fold;

import java.util.Arrays;
import java.util.Set;

/**
 * Judges an IP protocol number: one number, exactly the card's. Words around it ("protocol 47", "IP 47") are
 * allowed; a second number is not, since "47 or 50" is a guess. An answer with no number at all (a name, even one
 * with a digit in it: "IMAP4") answers another question: it is not scored, and the learner is asked again.
 */
final class ProtocolNumberJudge {
    private static final Set<String> WORDS = Set.of("ip", "protocol", "proto", "number", "no", "协议", "协议号", "号");

    private ProtocolNumberJudge() {
    }

    static Judgement judge(Card card, String typed) {
        // A digit inside a name ("IMAP4", "SNMPv3") is no number; one beside Chinese ("协议47") is.
        String[] words = Fold.loose(typed).split(" |(?<=\\p{IsHan})(?=[0-9])|(?<=[0-9])(?=\\p{IsHan})");
        if (Arrays.stream(words).noneMatch(w -> w.matches("[0-9]+"))) {
            return new Judgement.WrongKind(AnswerKind.PROTOCOL_NUMBER);
        }
        String number = null;
        for (String word : words) {
            if (word.matches("[0-9]{1,3}") && number == null) {
                number = String.valueOf(Integer.parseInt(word));
            } else if (!WORDS.contains(word)) {
                return KindJudges.wrong(card);
            }
        }
        return card.displayAnswer().equals(number) ? KindJudges.correct(number) : KindJudges.wrong(card);
    }
}
