package com.portdrill.cli;

import com.portdrill.i18n.Lang;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The options every command takes, before or after the subcommand's name. {@link Grammar} declares them, with their
 * help, and sets these fields from the command line.
 */
public final class GlobalOptions {
    Lang lang;

    boolean plain;

    Path dataDir;

    Path decksDir;

    Long seed;

    boolean noColor;

    Double retention;

    /** The portdrill folder: where the launcher lives, or the working directory when run another way. */
    public static Path home() {
        String home = System.getProperty("portdrill.home");
        return home == null || home.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(home);
    }

    /** @throws UserError (usage) for an empty {@code --data-dir}, which would put progress in the current folder */
    public Path dataDir() {
        return dataDir != null ? notEmpty(dataDir, "--data-dir") : defaultDataDir();
    }

    public Path decksDir() {
        return decksDir != null ? notEmpty(decksDir, "--decks-dir") : defaultDecksDir();
    }

    static Path defaultDataDir() {
        return home().resolve("progress");
    }

    static Path defaultDecksDir() {
        return home().resolve("decks");
    }

    private static Path notEmpty(Path dir, String option) {
        if (dir.toString().isBlank()) {
            throw UserError.usage(option + " needs a folder; give one, or leave the option out for the default");
        }
        return dir;
    }

    /** The language asked for on the command line, or null to use the saved setting. */
    public Lang lang() {
        return lang;
    }

    public boolean plainRequested() {
        return plain;
    }

    /** The seed asked for, or null for a fresh one each run. */
    public Long seed() {
        return seed;
    }

    /** The desired retention asked for, or null to use the saved setting. */
    public Double retention() {
        return retention;
    }

    public boolean color() {
        String env = System.getenv("NO_COLOR");
        return !noColor && (env == null || env.isEmpty());
    }
}
