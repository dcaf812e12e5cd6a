package com.portdrill.plain;

import com.portdrill.catalogue.Document;
import com.portdrill.deck.Card;
import com.portdrill.deck.Explanation;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * What is said after an answer, one fact a line: the answer, the documents' descriptions (the chosen language
 * first, then the other: a line mode cannot wait for a key to show it), which documents hold the port, IANA's
 * assignment, and the correction wherever the documents are wrong, so no wrong fact is shown without it.
 */
final class ExplanationLines {
    private ExplanationLines() {
    }

    static List<String> of(Card card, Messages m) {
        Explanation e = card.explanation();
        List<String> lines = new ArrayList<>();
        lines.add(m.get(Message.EXPLAIN_ANSWER, card.displayAnswer()));
        if (e.service() != null && !e.service().isBlank()) {
            lines.add(m.get(Message.EXPLAIN_SERVICE, e.service()));
        }
        boolean zhFirst = m.lang() == Lang.ZH;
        addDescription(lines, m, zhFirst ? Message.EXPLAIN_DESCRIPTION_ZH : Message.EXPLAIN_DESCRIPTION_EN,
                zhFirst ? e.descriptionZh() : e.descriptionEn());
        addDescription(lines, m, zhFirst ? Message.EXPLAIN_DESCRIPTION_EN : Message.EXPLAIN_DESCRIPTION_ZH,
                zhFirst ? e.descriptionEn() : e.descriptionZh());
        if (e.sources().isEmpty()) {
            lines.add(m.get(Message.EXPLAIN_NO_DOCUMENT));
        } else if (e.sources().size() == 1) {
            lines.add(m.get(e.sources().contains(Document.EN) ? Message.EXPLAIN_ONLY_EN : Message.EXPLAIN_ONLY_ZH));
        }
        if (e.iana() != null && !e.iana().isBlank()) {
            lines.add(m.get(Message.EXPLAIN_IANA, e.iana()));
        }
        switch (e.verdict()) {
            case ALIAS:
                lines.add(m.get(Message.EXPLAIN_ALIAS));
                break;
            case UNOFFICIAL:
                lines.add(m.get(Message.EXPLAIN_UNOFFICIAL));
                break;
            case DISAGREES:
                lines.add(m.get(Message.EXPLAIN_DISAGREES));
                break;
            default:
                break;
        }
        String correction = pick(m.lang(), e.correctionEn(), e.correctionZh());
        if (correction != null) {
            lines.add(m.get(Message.EXPLAIN_CORRECTION, correction));
        }
        String note = pick(m.lang(), e.noteEn(), e.noteZh());
        if (note != null) {
            lines.add(m.get(Message.EXPLAIN_NOTE, note));
        }
        return lines;
    }

    private static void addDescription(List<String> lines, Messages m, Message key, String description) {
        if (description != null && !description.isBlank()) {
            lines.add(m.get(key, description));
        }
    }

    /** The text in the chosen language, else in the other: a correction is never dropped for want of a translation. */
    private static String pick(Lang lang, String en, String zh) {
        String first = lang == Lang.ZH ? zh : en;
        String second = lang == Lang.ZH ? en : zh;
        return first != null && !first.isBlank() ? first : second != null && !second.isBlank() ? second : null;
    }
}
