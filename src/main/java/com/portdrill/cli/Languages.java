package com.portdrill.cli;

import com.portdrill.i18n.Lang;

/** The language of a command that reports, picked from {@code --lang} and the saved setting. */
final class Languages {
    private Languages() {
    }

    /**
     * The language of a command that reports (statistics, optimize): {@code --lang} when given, else the saved
     * setting, else English. Such commands never save the setting; a settings file they cannot use is one warning.
     */
    static Lang reporting(GlobalOptions global, java.time.Clock clock, java.util.function.Consumer<String> warn) {
        if (global.lang() != null) {
            return global.lang();
        }
        try {
            com.portdrill.store.SettingsFile.Settings settings =
                    com.portdrill.store.SettingsFile.load(global.dataDir(), clock);
            settings.warning().ifPresent(warn);
            return settings.lang().orElse(Lang.EN);
        } catch (com.portdrill.store.StoreException e) {
            warn.accept(e.getMessage());
            return Lang.EN;
        }
    }
}
