package com.portdrill.cli;

import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.Document;
import com.portdrill.i18n.Lang;
import com.portdrill.store.SettingsFile;
import com.portdrill.store.StoreException;

import java.time.Clock;
import java.util.function.Consumer;

/** Which document's language the global {@code --lang} asks for, and text picked by it. */
final class Languages {
    private Languages() {
    }

    /** The interface language {@code --lang} asks for, or null when it was not given. */
    static Lang asked(GlobalOptions global) {
        return global.lang() == null ? null : global.lang() == GlobalOptions.Lang.zh ? Lang.ZH : Lang.EN;
    }

    /** The one rule for the interface language: {@code --lang} when given, else the saved setting, else English. */
    static Lang chosen(GlobalOptions global, SettingsFile.Settings saved) {
        Lang asked = asked(global);
        return asked != null ? asked : saved.lang().orElse(Lang.EN);
    }

    /**
     * The language of a command that reports (optimize): {@link #chosen}, reading the settings only when
     * {@code --lang} is not given. Such commands never save the setting; a settings file they cannot use is one warning.
     */
    static Lang reporting(GlobalOptions global, Clock clock, Consumer<String> warn) {
        if (asked(global) != null) {
            return asked(global);
        }
        try {
            SettingsFile.Settings settings = SettingsFile.load(global.dataDir(), clock);
            settings.warning().ifPresent(warn);
            return chosen(global, settings);
        } catch (StoreException e) {
            warn.accept(e.getMessage());
            return Lang.EN;
        }
    }

    /** The interface language that goes with a document's language. */
    static Lang ui(Document lang) {
        return lang == Document.ZH ? Lang.ZH : Lang.EN;
    }

    static Document of(GlobalOptions global) {
        return global != null && global.lang() == GlobalOptions.Lang.zh ? Document.ZH : Document.EN;
    }

    /** The service as the document in the language asked for writes it, else as the other one does; null for [NULL]. */
    static String service(com.portdrill.catalogue.PortRecord r, Document lang) {
        return lang == Document.ZH && r.serviceZh() != null ? r.serviceZh() : r.service();
    }

    /** The correction in the language asked for, falling back to English where no translation is given. */
    static String correction(Assessment a, Document lang) {
        return lang == Document.ZH && a.correctionZh() != null ? a.correctionZh() : a.correctionEn();
    }
}
