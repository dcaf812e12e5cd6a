package com.portdrill.tui;

import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.Card;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.i18n.Message;
import com.portdrill.session.ExplanationText;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation after an answer as the session words it for every front end, styled for the screen. The
 * description is shortened; the whole of it and the other language's wait behind the L key; the answer line is
 * left to the verdict line above.
 */
final class CardExplanation {
    private CardExplanation() {
    }

    /** @param otherLanguage whether L has been pressed to show the whole descriptions, in both languages */
    static List<Para> of(Card card, Lang ui, boolean otherLanguage) {
        List<Para> out = new ArrayList<>();
        boolean wrongDocuments = card.explanation().verdict() == Verdict.DISAGREES;
        Messages m = Messages.of(ui);
        boolean otherWaiting = !otherLanguage && ExplanationText.shortened(card, m);
        for (ExplanationText.Line line : otherLanguage ? ExplanationText.whole(card, m) : ExplanationText.of(card, m)) {
            switch (line.part()) {
                case ANSWER:
                    break;
                case OTHER_DESCRIPTION:
                    if (otherLanguage) {
                        out.add(new Para(Role.PLAIN, line.text()));
                    } else {
                        otherWaiting = true;
                    }
                    break;
                case SOURCES:
                case IANA:
                    out.add(new Para(Role.MUTED, line.text()));
                    break;
                case VERDICT:
                    out.add(new Para(wrongDocuments ? Role.WARN : Role.MUTED, line.text()));
                    break;
                case CORRECTION:
                    out.add(new Para(Role.WARN, line.text()));
                    break;
                default:
                    out.add(new Para(Role.PLAIN, line.text()));
                    break;
            }
        }
        if (otherWaiting) {
            out.add(new Para(Role.MUTED, Message.EXPLAIN_OTHER_LANG.in(ui)));
        }
        return out;
    }
}
