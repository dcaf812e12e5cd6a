package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The options every command takes, before or after the subcommand's name. */
public final class GlobalOptions {
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "en|zh", converter = LangOption.class,
            completionCandidates = LangOption.class,
            description = "Interface and description language: ${COMPLETION-CANDIDATES} (default: en, or the saved setting).")
    Lang lang;

    @Option(names = "--plain", scope = ScopeType.INHERIT,
            description = "Line-by-line mode for scripts and screen readers (the default when not on a terminal). "
                    + "At a question, :q stops, :right overrules the last answer, :undo takes that back, and :both "
                    + "shows the descriptions whole, in both languages.")
    boolean plain;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where progress is kept (default: progress/ in the portdrill folder).")
    Path dataDir;

    @Option(names = "--decks-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where decks are read and built (default: decks/ in the portdrill folder).")
    Path decksDir;

    @Option(names = "--seed", scope = ScopeType.INHERIT, paramLabel = "N",
            description = "Fixes every shuffle, for reproducible sessions.")
    Long seed;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour (the NO_COLOR variable does the same).")
    boolean noColor;

    @Option(names = "--retention", scope = ScopeType.INHERIT, paramLabel = "R",
            description = "Desired retention, 0.70 to 0.99: the share of cards you want to recall when they come due"
                    + " (default: the saved setting, or 0.90).")
    Double retention;

    /** The portdrill folder: where the launcher lives, or the working directory when run another way. */
    public static Path home() {
        String home = System.getProperty("portdrill.home");
        return home == null || home.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(home);
    }

    /** @throws UserError (usage) for an empty {@code --data-dir}, which would put progress in the current folder */
    public Path dataDir() {
        return dataDir != null ? notEmpty(dataDir, "--data-dir") : home().resolve("progress");
    }

    public Path decksDir() {
        return decksDir != null ? notEmpty(decksDir, "--decks-dir") : home().resolve("decks");
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
