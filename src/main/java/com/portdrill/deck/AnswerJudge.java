package com.portdrill.deck;

import com.portdrill.text.EditDistance;
import com.portdrill.text.Fold;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Judges a typed answer the way a person would. Case, spacing, punctuation and full-width forms never
 * matter; any accepted name or alias counts; a small typo in a name is close, not right. Port numbers get
 * no typo allowance (53 and 35 are different ports), and a group needs every one of its ports: naming only
 * some of them is wrong, because a partly known group is not known and should come back soon.
 */
public final class AnswerJudge {
    /** Between the ports of a group answer: spaces, commas (also full-width and ideographic), semicolons, slashes. */
    private static final Pattern PORT_SEPARATORS = Pattern.compile("[\\s,;/、，；]+");
    /** {@code 53/udp} or {@code tcp 22} name the port too. */
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");

    private AnswerJudge() {
    }

    public static Judgement judge(Card card, String typed) {
        if (Fold.compact(typed).isEmpty()) {
            return new Judgement.Blank();
        }
        switch (card.answerKind()) {
            case PORTS:
                return judgePorts(card, typed);
            case SERVICE:
                return judgeService(card, typed);
            default:
                return KindJudges.judge(card, typed);
        }
    }

    private static Judgement judgePorts(Card card, String typed) {
        Set<Integer> given = new TreeSet<>();
        for (String token : PORT_SEPARATORS.split(Fold.width(typed).strip())) {
            if (token.isEmpty() || PROTOCOLS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!DIGITS.matcher(token).matches()) {
                return wrong(card);
            }
            given.add(Integer.parseInt(token));
        }
        boolean right = given.equals(new TreeSet<>(card.answerPorts()));
        return right ? new Judgement.Judged(Outcome.CORRECT, card.displayAnswer()) : wrong(card);
    }

    private static Judgement judgeService(Card card, String typed) {
        String answer = Fold.compact(typed);
        for (String accepted : card.acceptedAnswers()) {
            if (Fold.compact(accepted).equals(answer)) {
                return new Judgement.Judged(Outcome.CORRECT, accepted);
            }
        }
        if (answer.chars().allMatch(Character::isDigit) || isAnotherAnswer(card.distractors(), answer)) {
            return wrong(card);
        }
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String accepted : card.acceptedAnswers()) {
            String target = Fold.compact(accepted);
            int distance = EditDistance.between(answer, target);
            if (distance <= allowedTypos(target) && distance < best) {
                best = distance;
                closest = accepted;
            }
        }
        return closest == null ? wrong(card) : new Judgement.Judged(Outcome.CLOSE, closest);
    }

    /**
     * Typos forgiven in a name of this many letters: none up to three (abbreviations such as {@code SSH} and
     * {@code SMB} differ by one letter), one up to eight, two up to fifteen, three beyond.
     */
    static int allowedTypos(String compactName) {
        int n = compactName.codePointCount(0, compactName.length());
        if (n <= 3) {
            return 0;
        }
        if (n <= 8) {
            return 1;
        }
        return n <= 15 ? 2 : 3;
    }

    /** A typed name that is exactly another service's name is a mix-up, not a typo ({@code IMAPS} for {@code IMAP}). */
    private static boolean isAnotherAnswer(List<String> distractors, String answer) {
        return distractors.stream().map(Fold::compact).anyMatch(answer::equals);
    }

    private static Judgement wrong(Card card) {
        return new Judgement.Judged(Outcome.WRONG, card.displayAnswer());
    }
}
