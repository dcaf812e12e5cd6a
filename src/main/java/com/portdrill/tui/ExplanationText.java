package com.portdrill.tui;

import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.Explanation;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.ScreenText;

import java.util.ArrayList;
import java.util.List;

/**
 * What is shown after an answer: the documents' description in the chosen language (the other on request),
 * which documents hold the port, IANA's assignment, the verdict, and the correction beside any wrong fact.
 */
public final class ExplanationText {
    private ExplanationText() {
    }

    /**
     * @param ui          the interface language (labels)
     * @param description the language of the description shown
     */
    public static List<Para> of(Explanation e, Lang ui, Lang description) {
        List<Para> out = new ArrayList<>();
        out.add(new Para(Role.PLAIN, ScreenText.EXPLAIN_SERVICE.format(ui,
                e.service() == null ? ScreenText.EXPLAIN_NO_SERVICE.in(ui) : e.service())));
        String text = description == Lang.ZH ? e.descriptionZh() : e.descriptionEn();
        if (text != null && !text.isBlank()) {
            ScreenText label = description == Lang.ZH ? ScreenText.EXPLAIN_DOC_ZH : ScreenText.EXPLAIN_DOC_EN;
            out.add(new Para(Role.PLAIN, label.format(ui, text)));
        }
        out.addAll(holders(e.sources(), e.descriptionEn(), e.descriptionZh(), description, ui));
        String note = description == Lang.ZH && e.noteZh() != null ? e.noteZh() : e.noteEn();
        if (note != null && !note.isBlank()) {
            out.add(new Para(Role.PLAIN, ScreenText.EXPLAIN_NOTE.format(ui, note)));
        }
        out.add(new Para(Role.MUTED, e.iana() == null || e.iana().isBlank() ? ScreenText.EXPLAIN_IANA_NONE.in(ui)
                : ScreenText.EXPLAIN_IANA.format(ui, e.iana())));
        out.add(new Para(e.verdict() == Verdict.DISAGREES ? Role.WARN : Role.MUTED,
                ScreenText.EXPLAIN_VERDICT.format(ui, verdict(e.verdict()).in(ui))));
        String correction = ui == Lang.ZH && e.correctionZh() != null ? e.correctionZh() : e.correctionEn();
        if (correction != null && !correction.isBlank()) {
            out.add(new Para(Role.WARN, ScreenText.EXPLAIN_CORRECTION.format(ui, correction)));
        }
        return out;
    }

    /** Says plainly when only one document holds the port, or none, or that the other language is there. */
    static List<Para> holders(java.util.Set<Document> sources, String en, String zh, Lang shown, Lang ui) {
        if (sources.isEmpty()) {
            return List.of(new Para(Role.MUTED, ScreenText.EXPLAIN_NO_DOCUMENT.in(ui)));
        }
        if (sources.size() == 1) {
            ScreenText name = sources.contains(Document.ZH) ? ScreenText.DOC_NAME_ZH : ScreenText.DOC_NAME_EN;
            return List.of(new Para(Role.MUTED, ScreenText.EXPLAIN_ONLY_ONE.format(ui, name.in(ui))));
        }
        String other = shown == Lang.ZH ? en : zh;
        return other == null || other.isBlank() ? List.of() : List.of(new Para(Role.MUTED, ScreenText.EXPLAIN_OTHER_LANG.in(ui)));
    }

    static ScreenText verdict(Verdict v) {
        switch (v) {
            case AGREES:
                return ScreenText.VERDICT_AGREES;
            case ALIAS:
                return ScreenText.VERDICT_ALIAS;
            case DISAGREES:
                return ScreenText.VERDICT_DISAGREES;
            default:
                return ScreenText.VERDICT_UNOFFICIAL;
        }
    }
}
