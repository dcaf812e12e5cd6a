package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.portdrill.store.SettingsFile;
import com.portdrill.store.StoreException;

import java.time.Clock;
import java.util.function.Consumer;

/** The language of a command that reports, picked from {@code --lang} and the saved setting. */
final class Languages {
    private Languages() {
    }

    /** The one rule for the interface language: {@code --lang} when given, else the saved setting, else English. */
    static Lang chosen(GlobalOptions global, SettingsFile.Settings saved) {
        return global.lang() != null ? global.lang() : saved.lang().orElse(Lang.EN);
    }

    /**
     * The language of a command that reports (optimize): {@link #chosen}, reading the settings only when
     * {@code --lang} is not given. Such commands never save the setting; a settings file they cannot use is one warning.
     */
    static Lang reporting(GlobalOptions global, Clock clock, Consumer<String> warn) {
        if (global.lang() != null) {
            return global.lang();
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
}
