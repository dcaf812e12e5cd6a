package com.portdrill.cli;

import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.Document;

/** Which document's language the global {@code --lang} asks for, and text picked by it. */
final class Languages {
    private Languages() {
    }

    static Document of(GlobalOptions global) {
        return global != null && global.lang() == GlobalOptions.Lang.zh ? Document.ZH : Document.EN;
    }

    /** The correction in the language asked for, falling back to English where no translation is given. */
    static String correction(Assessment a, Document lang) {
        return lang == Document.ZH && a.correctionZh() != null ? a.correctionZh() : a.correctionEn();
    }
}
