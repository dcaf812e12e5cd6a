package com.portdrill.store;

import com.portdrill.srs.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code progress/parameters.json}: the FSRS-6 weights {@code portdrill optimize} fitted to the learner's history,
 * with when and how well. Versioned and replaced atomically like every whole file; one that is damaged, from a
 * newer portdrill, or holds weights that are not 21 finite numbers is refused in one line and the defaults apply.
 */
public final class ParametersFile {
    public static final String NAME = "parameters.json";
    public static final int SCHEMA = 1;

    /**
     * Weights fitted at a time.
     *
     * @param weights        the 21 weights
     * @param fittedAt       when they were fitted
     * @param reviews        how many reviews they were fitted to
     * @param logLoss        their log loss on those reviews
     * @param rmseBins       their RMSE(bins) on those reviews
     * @param source         what was fitted: {@code journal} or a revlog file's name
     */
    public record Fitted(List<Double> weights, Instant fittedAt, int reviews, double logLoss, double rmseBins,
                         String source) {
        public Fitted {
            weights = List.copyOf(weights);
        }
    }

    /**
     * What the file gave.
     *
     * @param fitted  the saved weights, or empty for the defaults
     * @param warning one line for the user when the file was refused
     */
    public record Loaded(Optional<Fitted> fitted, Optional<String> warning) {
    }

    private ParametersFile() {
    }

    public static Loaded load(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(NAME);
        VersionedJson.Loaded loaded;
        try {
            loaded = VersionedJson.read(file, SCHEMA, clock);
        } catch (StoreException e) {
            return new Loaded(Optional.empty(), Optional.of(e.getMessage() + "; the default FSRS parameters are used"));
        }
        if (loaded.warning().isPresent() || loaded.content().isEmpty()) {
            return new Loaded(Optional.empty(), loaded.warning());
        }
        Optional<Fitted> fitted = fitted(loaded.content());
        return fitted.isPresent() ? new Loaded(fitted, Optional.empty())
                : new Loaded(Optional.empty(), Optional.of(ProgressStore.shown(file) + " does not hold 21 FSRS weights"
                + " and when they were fitted; the default FSRS parameters are used (run 'portdrill optimize' again)"));
    }

    private static Optional<Fitted> fitted(Map<String, Object> content) {
        if (!(content.get("weights") instanceof List<?> list) || list.size() != Parameters.DEFAULT_WEIGHTS.size()) {
            return Optional.empty();
        }
        List<Double> weights = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                return Optional.empty();
            }
            weights.add(n.doubleValue());
        }
        try {
            Instant at = Instant.parse(String.valueOf(content.get("fittedAt")));
            int reviews = content.get("reviews") instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE ? n.intValue() : 0;
            return Optional.of(new Fitted(weights, at, reviews, number(content.get("logLoss")),
                    number(content.get("rmseBins")), content.get("source") instanceof String s ? s : "journal"));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Replaces the saved weights. */
    public static void save(Path dataDir, Fitted fitted) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("weights", fitted.weights());
        content.put("fittedAt", fitted.fittedAt().toString());
        content.put("reviews", (long) fitted.reviews());
        content.put("logLoss", fitted.logLoss());
        content.put("rmseBins", fitted.rmseBins());
        content.put("source", fitted.source());
        SettingsFile.createDirectories(dataDir);
        VersionedJson.write(dataDir.resolve(NAME), SCHEMA, content);
    }

    /** Goes back to the defaults: the file is removed. */
    public static void reset(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("cannot remove " + ProgressStore.shown(file) + " (" + ProgressStore.reason(e)
                    + "); check the folder's permissions");
        }
    }
}
