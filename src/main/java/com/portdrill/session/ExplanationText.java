package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Explanation;
import com.portdrill.deck.NameIndex;
import com.portdrill.deck.Outcome;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.port.PortQuery;
import com.portdrill.text.Fold;
import com.portdrill.text.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is said after an answer, one fact a line, the same in every front end, in the order a learner reads: the
 * answer, then the line that teaches (what the port is for, its transport, how to remember it), then the
 * correction wherever the documents are wrong and what the verdict means, so that no wrong fact is shown without
 * it; then the documents' descriptions (the chosen language first, shortened to its first sentence unless the whole is asked), the name they give, which of them hold the
 * port, and IANA's assignment. The text is data from decks: sanitise it before it reaches a terminal.
 */
public final class ExplanationText {
    /**
     * What a line says, so a front end can style it or hold {@link #OTHER_DESCRIPTION} back until asked. The last
     * five are the look-up's ({@link PortReport}): its heading, what we teach, a use IANA does not register, the
     * muted facts around them, and the line that says a query names no port.
     */
    public enum Part {
        ANSWER, SERVICE, DESCRIPTION, OTHER_DESCRIPTION, SOURCES, IANA, VERDICT, CORRECTION, NOTE,
        HEADING, TAUGHT, CONVENTION, FACT, UNKNOWN
    }

    public record Line(Part part, String text) {
        public Line {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(text, "text");
        }
    }

    private ExplanationText() {
    }

    /**
     * What a wrong typed answer really is, when it names another card's service or port: the mix-up a learner most
     * needs put right ("IMAP4 is IMAP, port 143. 993 is IMAPS, its secure form."). Empty for any other answer.
     */
    public static Optional<String> mixup(Attempt.Judged j, NameIndex names, Messages m) {
        Card card = j.question().card();
        if (j.outcome() != Outcome.WRONG || j.question().mode() != AnswerMode.TYPED || !card.direction().recall()) {
            return Optional.empty();
        }
        String given = j.given().strip();
        if (card.answerKind() == AnswerKind.SERVICE) {
            List<Integer> ports = card.explanation().ports();
            return names.named(given).filter(n -> !n.ports().equals(ports)).map(n -> {
                String shownPorts = Card.showPorts(n.ports());
                String first = Fold.compact(given).equals(Fold.compact(n.name()))
                        ? m.get(Message.MIXUP_IS_PORT, given, shownPorts)
                        : m.get(Message.MIXUP_IS_NAMED, given, n.name(), shownPorts);
                String here = Card.showPorts(ports);
                if (names.secures(ports, n.ports())) {
                    return first + m.sentenceGap() + m.get(Message.MIXUP_SECURE_FORM, here, card.displayAnswer());
                }
                if (names.secures(n.ports(), ports)) {
                    return first + m.sentenceGap() + m.get(Message.MIXUP_CLEAR_FORM, here, card.displayAnswer(), n.name());
                }
                return first;
            });
        }
        if (card.answerKind() != AnswerKind.PORTS || !(PortQuery.read(given) instanceof PortQuery.Numbered number)) {
            return Optional.empty();
        }
        List<Integer> typed = List.of(number.port().number());
        if (card.answerPorts().contains(typed.get(0))) {
            return Optional.empty(); // one of the right ports: what is missing says the rest
        }
        return names.nameOf(typed).map(name -> names.nameOf(card.answerPorts())
                .map(asked -> m.get(Message.MIXUP_PORT, typed.get(0), name, asked, card.displayAnswer()))
                .orElseGet(() -> m.get(Message.MIXUP_PORT_ONLY, typed.get(0), name)));
    }

    /** How long a shortened description may be: a line or two on a terminal. */
    static final int SHORT_DESCRIPTION = 160;

    /**
     * The lines shown after every answer: the chosen language's description cut to its first sentence (see {@link
     * Sentences#shorten}), and the other language's whole, to be held back until asked.
     */
    public static List<Line> of(Card card, Messages m) {
        return lines(card, m, false);
    }

    /** Every line for {@code card} in the language of {@code m}, each description whole. */
    public static List<Line> whole(Card card, Messages m) {
        return lines(card, m, true);
    }

    /** Whether {@link #of} leaves part of the chosen language's description for {@link #whole} to show. */
    public static boolean shortened(Card card, Messages m) {
        return !of(card, m).equals(whole(card, m));
    }

    private static List<Line> lines(Card card, Messages m, boolean whole) {
        Explanation e = card.explanation();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Part.ANSWER, m.get(Message.EXPLAIN_ANSWER, card.displayAnswer())));
        String note = pick(m.lang(), e.noteEn(), e.noteZh());
        if (note != null) {
            lines.add(new Line(Part.NOTE, m.get(Message.EXPLAIN_NOTE, note)));
        }
        String correction = pick(m.lang(), e.correctionEn(), e.correctionZh());
        if (correction != null) {
            lines.add(new Line(Part.CORRECTION, m.get(Message.EXPLAIN_CORRECTION, correction)));
        }
        switch (e.verdict()) {
            case ALIAS:
                lines.add(new Line(Part.VERDICT, m.get(Message.EXPLAIN_ALIAS)));
                break;
            case UNOFFICIAL:
                lines.add(new Line(Part.VERDICT, m.get(Message.EXPLAIN_UNOFFICIAL)));
                break;
            case DISAGREES:
                lines.add(new Line(Part.VERDICT, m.get(Message.EXPLAIN_DISAGREES)));
                break;
            default:
                break;
        }
        Lang chosenLang = m.lang();
        Lang otherLang = chosenLang.other();
        String chosen = chosenLang == Lang.ZH ? e.descriptionZh() : e.descriptionEn();
        String other = chosenLang == Lang.ZH ? e.descriptionEn() : e.descriptionZh();
        if (present(chosen)) {
            String shown = whole ? chosen : Sentences.shorten(chosen, SHORT_DESCRIPTION);
            lines.add(new Line(Part.DESCRIPTION, PortReport.described(chosenLang, shown, m)));
            if (present(other)) {
                lines.add(new Line(Part.OTHER_DESCRIPTION, PortReport.described(otherLang, other, m)));
            }
        } else if (present(other)) {
            // The only description there is is not held back behind a key.
            lines.add(new Line(Part.DESCRIPTION, PortReport.described(otherLang,
                    whole ? other : Sentences.shorten(other, SHORT_DESCRIPTION), m)));
        }
        if (present(e.service()) && !e.service().strip().equalsIgnoreCase(card.displayAnswer())) {
            lines.add(new Line(Part.SERVICE, m.get(Message.EXPLAIN_SERVICE, e.service())));
        }
        if (!e.ports().isEmpty() || !e.sources().isEmpty()) {
            // A card about no port (an IP protocol number, a range) has no document to be missing from.
            PortReport.holders(e.sources(), m).ifPresent(lines::add);
        }
        if (e.iana() != null && !e.iana().isBlank()) {
            lines.add(new Line(Part.IANA, m.get(Message.EXPLAIN_IANA, e.iana())));
        }
        return lines;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The text in the chosen language, else in the other: a correction is never dropped for want of a translation. */
    private static String pick(Lang lang, String en, String zh) {
        String first = lang == Lang.ZH ? zh : en;
        String second = lang == Lang.ZH ? en : zh;
        return present(first) ? first : present(second) ? second : null;
    }
}
