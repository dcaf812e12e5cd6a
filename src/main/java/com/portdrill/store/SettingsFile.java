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
import java.util.OptionalInt;

/**
 * {@code progress/settings.json}: what the learner chose once and expects remembered: the interface language,
 * colour, and the deck, answer mode and quiz length the menu uses. Each member is read on its own (one that is
 * missing or not understood counts as not chosen), and members this version does not know are kept when it saves.
 */
public final class SettingsFile {
    public static final String NAME = "settings.json";
    public static final int SCHEMA = 1;
    private static final String LANG = "lang";
    private static final String COLOUR = "colour";
    private static final String DECK = "deck";
    private static final String MODE = "mode";
    private static final String QUIZ_SECONDS = "quizSeconds";
    private static final String RETENTION = "retention";
    /** The desired retention a learner may choose: below 0.70 reviews come too late to be worth it, above 0.99 too often. */
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;
    private static final String NEW_PER_DAY = "newPerDay";
    private static final String DRILL_DECK = "drillDeck";
    private static final String KIND = "kind";
    /** The saved kind when every kind is mixed, so choosing it again overwrites a kind saved before. */
    public static final String EVERY_KIND = "all";

    private SettingsFile() {
    }

    /**
     * The saved settings; each is empty when it was never chosen or the file's value is not one this version
     * understands. Values are checked only for their form here (a deck's name, a whole number of seconds); the
     * caller decides what it accepts.
     *
     * @param lang        the interface language
     * @param colour      whether colour is wanted (the command line and NO_COLOR can still refuse it)
     * @param deck        the menu's deck, a plain deck name
     * @param mode        the menu's answer mode, as its code ({@code typed}, {@code choice}, {@code flip})
     * @param quizSeconds the menu's quiz length
     * @param warning     one line for the user when the file was damaged and moved aside
     * @param newPerDay   the new cards study brings a day, from the menu
     * @param drillDeck   the deck the menu's drill takes
     * @param kind        the kind of question the menu's study and quiz ask, as its code; empty for every kind
     */
    public record Settings(Optional<Lang> lang, Optional<Boolean> colour, Optional<String> deck, Optional<String> mode,
                           OptionalInt quizSeconds, Optional<String> warning, OptionalInt newPerDay,
                           Optional<String> drillDeck, Optional<String> kind) {
    }

    /**
     * What the settings screen saves: every member at once, but colour only when the user could choose it (under
     * {@code --no-color} or NO_COLOR it is off whatever was chosen, and that must not overwrite the saved choice).
     */
    public record Chosen(Lang lang, Optional<Boolean> colour, String deck, String mode, int quizSeconds, int newPerDay,
                         String drillDeck, String kind) {
        /** Every kind of question mixed. */
        public Chosen(Lang lang, Optional<Boolean> colour, String deck, String mode, int quizSeconds, int newPerDay,
                      String drillDeck) {
            this(lang, colour, deck, mode, quizSeconds, newPerDay, drillDeck, EVERY_KIND);
        }
    }

    /** Reads the settings of {@code dataDir}; an absent file gives none. */
    /**
     * The deck chosen in Settings, at a glance: read with no care for damage (nothing is moved aside or reported),
     * so it may run beside the store's opening; {@link #load} reads the same file properly and has the last word.
     */
    public static Optional<String> peekDeck(Path dataDir) {
        return VersionedJson.peek(dataDir.resolve(NAME), SCHEMA).map(m -> m.get(DECK))
                .filter(d -> d instanceof String s && DeckFiles.isPlainName(s)).map(d -> (String) d);
    }

    public static Settings load(Path dataDir, Clock clock) {
        VersionedJson.Loaded loaded = VersionedJson.read(dataDir.resolve(NAME), SCHEMA, clock);
        Map<String, Object> content = loaded.content();
        Optional<Lang> lang = Optional.empty();
        for (Lang l : Lang.values()) {
            if (l.code().equals(content.get(LANG))) {
                lang = Optional.of(l);
            }
        }
        Optional<Boolean> colour = content.get(COLOUR) instanceof Boolean b ? Optional.of(b) : Optional.empty();
        Optional<String> deck = content.get(DECK) instanceof String d && DeckFiles.isPlainName(d)
                ? Optional.of(d) : Optional.empty();
        Optional<String> mode = content.get(MODE) instanceof String m ? Optional.of(m) : Optional.empty();
        OptionalInt seconds = content.get(QUIZ_SECONDS) instanceof Long n && n > 0 && n <= Integer.MAX_VALUE
                ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
        OptionalInt newPerDay = content.get(NEW_PER_DAY) instanceof Long n && n >= 0 && n <= 1000
                ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
        Optional<String> drillDeck = content.get(DRILL_DECK) instanceof String d && DeckFiles.isPlainName(d)
                ? Optional.of(d) : Optional.empty();
        Optional<String> kind = content.get(KIND) instanceof String k && !k.equals(EVERY_KIND)
                ? Optional.of(k) : Optional.empty();
        return new Settings(lang, colour, deck, mode, seconds, loaded.warning(), newPerDay, drillDeck, kind);
    }

    /** The saved desired retention, when one in [0.70, 0.99] was chosen; the file's warning goes to the caller's load. */
    public static java.util.OptionalDouble retention(Path dataDir, Clock clock) {
        Object r = VersionedJson.read(dataDir.resolve(NAME), SCHEMA, clock).content().get(RETENTION);
        return r instanceof Number n && validRetention(n.doubleValue())
                ? java.util.OptionalDouble.of(n.doubleValue()) : java.util.OptionalDouble.empty();
    }

    public static boolean validRetention(double r) {
        return r >= MIN_RETENTION - 1e-9 && r <= MAX_RETENTION + 1e-9;
    }

    /** Remembers the desired retention, keeping every other member of the file. */
    public static void saveRetention(Path dataDir, double retention, Clock clock) {
        if (!validRetention(retention)) {
            throw new IllegalArgumentException("desired retention is 0.70 to 0.99, not " + retention);
        }
        save(dataDir, clock, Map.of(RETENTION, retention));
    }

    /** Remembers {@code lang}, keeping every other member of the file. */
    public static void saveLang(Path dataDir, Lang lang, Clock clock) {
        save(dataDir, clock, Map.of(LANG, lang.code().toLowerCase(Locale.ROOT)));
    }

    /** Remembers everything the settings screen chose, keeping every member of the file it does not set. */
    public static void save(Path dataDir, Chosen chosen, Clock clock) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put(LANG, chosen.lang().code().toLowerCase(Locale.ROOT));
        chosen.colour().ifPresent(c -> members.put(COLOUR, c));
        members.put(DECK, chosen.deck());
        members.put(MODE, chosen.mode());
        members.put(QUIZ_SECONDS, (long) chosen.quizSeconds());
        members.put(NEW_PER_DAY, (long) chosen.newPerDay());
        members.put(DRILL_DECK, chosen.drillDeck());
        members.put(KIND, chosen.kind());
        save(dataDir, clock, members);
    }

    private static void save(Path dataDir, Clock clock, Map<String, Object> members) {
        Path file = dataDir.resolve(NAME);
        Map<String, Object> content = new LinkedHashMap<>(VersionedJson.read(file, SCHEMA, clock).content());
        if (content.entrySet().containsAll(members.entrySet())) {
            return;
        }
        content.putAll(members);
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
