package com.portdrill.store;

import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code progress/quiz-results.json}: every finished quiz, oldest first, for personal bests and their chart.
 * <pre>{@code
 * { "schema": 1, "results": [ { "deck": "exam", "seconds": 60, "mode": "typed",
 *     "finishedAt": "2026-11-24T20:00:00Z", "answered": 12, "correct": 9, "close": 1, "ranMs": 60000 } ] }
 * ({@code ranMs}, how long it really ran, is absent from results kept before it was: they ran their full length)
 * }</pre>
 */
public final class QuizResultsFile {
    public static final String NAME = "quiz-results.json";
    public static final int SCHEMA = 1;
    private static final String RESULTS = "results";

    private QuizResultsFile() {
    }

    /**
     * The results and one line for the user about anything damaged: a damaged file is moved aside, an entry
     * that is not a quiz result is skipped.
     */
    public record Loaded(List<QuizResult> results, Optional<String> warning) {
        public Loaded {
            results = List.copyOf(results);
        }
    }

    /** Every result kept under {@code dataDir}, oldest first; none when the file is absent. */
    public static List<QuizResult> load(Path dataDir) {
        return load(dataDir, Clock.systemUTC()).results();
    }

    public static Loaded load(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(NAME);
        VersionedJson.Loaded loaded = VersionedJson.read(file, SCHEMA, clock);
        List<QuizResult> results = new ArrayList<>();
        int skipped = 0;
        Object list = loaded.content().get(RESULTS);
        if (list instanceof List<?> entries) {
            for (Object entry : entries) {
                Optional<QuizResult> r = entry instanceof Map<?, ?> m ? parse(m) : Optional.empty();
                r.ifPresent(results::add);
                skipped += r.isPresent() ? 0 : 1;
            }
        }
        Optional<String> warning = loaded.warning();
        if (skipped > 0 && warning.isEmpty()) {
            warning = Optional.of(ProgressStore.shown(file) + ": " + skipped
                    + " entries are not quiz results and were skipped");
        }
        return new Loaded(results, warning);
    }

    /** Adds {@code result} to the file, replacing it atomically. */
    public static void append(Path dataDir, QuizResult result, Clock clock) {
        List<Object> entries = new ArrayList<>();
        for (QuizResult r : load(dataDir, clock).results()) {
            entries.add(toMap(r));
        }
        entries.add(toMap(result));
        SettingsFile.createDirectories(dataDir);
        VersionedJson.write(dataDir.resolve(NAME), SCHEMA, Map.of(RESULTS, entries));
    }

    private static Map<String, Object> toMap(QuizResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deck", r.deck());
        m.put("seconds", (long) r.seconds());
        m.put("mode", r.mode().code());
        m.put("finishedAt", r.finishedAt().toString());
        m.put("answered", (long) r.answered());
        m.put("correct", (long) r.correct());
        m.put("close", (long) r.close());
        m.put("ranMs", r.ranMs());
        return m;
    }

    private static Optional<QuizResult> parse(Map<?, ?> m) {
        try {
            if (!(m.get("deck") instanceof String deck) || !(m.get("mode") instanceof String mode)
                    || !(m.get("finishedAt") instanceof String at)) {
                return Optional.empty();
            }
            int seconds = intOf(m.get("seconds"));
            // results kept before the quiz's real length was recorded all ran their full length
            long ranMs = m.containsKey("ranMs") ? longOf(m.get("ranMs")) : seconds * 1000L;
            return Optional.of(new QuizResult(deck, seconds, AnswerMode.valueOf(mode.toUpperCase(Locale.ROOT)),
                    Instant.parse(at), intOf(m.get("answered")), intOf(m.get("correct")), intOf(m.get("close")), ranMs));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long longOf(Object v) {
        if (v instanceof Long l && l >= 0) {
            return l;
        }
        throw new IllegalArgumentException("not a duration: " + v);
    }

    private static int intOf(Object v) {
        if (v instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new IllegalArgumentException("not a count: " + v);
    }
}
