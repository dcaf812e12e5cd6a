package com.portdrill.store;

import com.portdrill.i18n.Lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code progress/settings.json}: what the learner chose once and expects remembered (the interface language).
 * Members this version does not know are kept when it saves.
 */
public final class SettingsFile {
    public static final String NAME = "settings.json";
    public static final int SCHEMA = 1;
    private static final String LANG = "lang";

    private SettingsFile() {
    }

    /**
     * The saved settings.
     *
     * @param lang    the interface language, when one was saved
     * @param warning one line for the user when the file was damaged and moved aside
     */
    public record Settings(Optional<Lang> lang, Optional<String> warning) {
    }

    /** Reads the settings of {@code dataDir}; an absent file gives none. */
    public static Settings load(Path dataDir, Clock clock) {
        VersionedJson.Loaded loaded = VersionedJson.read(dataDir.resolve(NAME), SCHEMA, clock);
        Object lang = loaded.content().get(LANG);
        Optional<Lang> parsed = Optional.empty();
        for (Lang l : Lang.values()) {
            if (l.code().equals(lang)) {
                parsed = Optional.of(l);
            }
        }
        return new Settings(parsed, loaded.warning());
    }

    /** Remembers {@code lang}, keeping every other member of the file. */
    public static void saveLang(Path dataDir, Lang lang, Clock clock) {
        Path file = dataDir.resolve(NAME);
        Map<String, Object> content = new LinkedHashMap<>(VersionedJson.read(file, SCHEMA, clock).content());
        if (lang.code().equals(content.get(LANG))) {
            return;
        }
        content.put(LANG, lang.code().toLowerCase(Locale.ROOT));
        createDirectories(dataDir);
        VersionedJson.write(file, SCHEMA, content);
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create " + ProgressStore.shown(dir) + " (" + ProgressStore.reason(e)
                    + "); check the folder's permissions or choose another with --data-dir");
        }
    }
}
