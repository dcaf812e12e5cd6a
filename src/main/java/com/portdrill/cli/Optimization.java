package com.portdrill.cli;

import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.journal.Corrections;
import com.portdrill.journal.JournalLine;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.optimize.LoggedReview;
import com.portdrill.srs.optimize.Optimizer;
import com.portdrill.srs.optimize.Refit;
import com.portdrill.srs.optimize.TrainingSet;
import com.portdrill.store.ParametersFile;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.RevlogCsv;
import com.portdrill.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * "Optimize" as the command and the menu's statistics screen run it: the learner's journal (or a revlog CSV)
 * fitted, measured against the parameters in use, and the fit saved only when it predicts better.
 */
final class Optimization {
    /** The optimiser's shuffle is seeded, so the same history gives the same parameters every time. */
    static final long DEFAULT_SEED = 2023;

    /**
     * What one run found.
     *
     * @param reviews how many reviews were read
     * @param set     the reviews as fitted
     * @param current the saved fit in use, empty for the defaults
     * @param refit   the fit and both measurements, empty when nothing was fitted (evaluation only)
     * @param saved   whether the fit was saved
     * @param ms      how long the fit took
     */
    record Result(int reviews, TrainingSet set, Optional<ParametersFile.Fitted> current, Refit refit, boolean saved, long ms) {
    }

    private Optimization() {
    }

    /** The journal's answers as the optimiser reads them, each correction in the place of the answer it corrects. */
    static List<LoggedReview> journal(Path dataDir, Clock clock, Consumer<String> warn) {
        ProgressStore.Opened opened = ProgressStore.openReadOnly(dataDir, clock);
        opened.warnings().forEach(warn);
        List<LoggedReview> reviews = new ArrayList<>();
        try (ProgressStore store = opened.store()) {
            for (JournalLine r : Corrections.apply(store.reviews())) {
                reviews.add(logged(r));
            }
        }
        return reviews;
    }

    /** A journal answer as the optimiser reads it; the journal does not say the card's state. */
    static LoggedReview logged(JournalLine r) {
        return new LoggedReview(r.cardId(), r.at().toEpochMilli(), r.rating(), LoggedReview.UNKNOWN_STATE);
    }

    /**
     * Fits {@code reviews} and saves the fit when it predicts them better than the parameters in use.
     *
     * @param source what the reviews are, for the parameters file: {@code journal} or the revlog's name
     * @param save   false to measure and fit without saving
     */
    static Result run(List<LoggedReview> reviews, String source, Path dataDir, Clock clock, Long seed, boolean save,
                      Consumer<String> warn) {
        ParametersFile.Loaded loaded = ParametersFile.load(dataDir, clock);
        loaded.warning().ifPresent(warn);
        List<Double> inUse = loaded.fitted().map(ParametersFile.Fitted::weights).orElse(Parameters.DEFAULT_WEIGHTS);
        TrainingSet set = TrainingSet.of(reviews);
        long start = System.nanoTime();
        Refit refit = Refit.of(set, inUse, new SplittableRandom(seed == null ? DEFAULT_SEED : seed));
        long ms = (System.nanoTime() - start) / 1_000_000;
        boolean saved = false;
        if (save && refit.better()) {
            ParametersFile.save(dataDir, new ParametersFile.Fitted(refit.fit().weights(), clock.instant(), set.size(),
                    refit.fitted().logLoss(), refit.fitted().rmseBins(), source));
            saved = true;
        }
        return new Result(reviews.size(), set, loaded.fitted(), refit, saved, ms);
    }

    /** Reads a revlog CSV, failing in one line (exit 1) when it is not one. */
    static List<LoggedReview> revlog(Path file) {
        try {
            return RevlogCsv.read(file);
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
    }

    /** The lines that tell a learner what a run found. */
    static List<String> report(Result r, Messages m) {
        List<String> lines = new ArrayList<>();
        if (r.reviews() == 0) {
            lines.add(m.get(Message.OPTIMIZE_NO_REVIEWS));
            return lines;
        }
        Optimizer.Fit fit = r.refit().fit();
        if (fit.stage() == Optimizer.Stage.DEFAULTS) {
            lines.add(m.get(Message.OPTIMIZE_TOO_FEW, r.set().size(), r.reviews(), Optimizer.MIN_ITEMS));
            if (r.set().size() > 0) {
                lines.add(metrics(m, current(r.current(), m), r.refit().current()));
            }
            return lines;
        }
        String stage = fit.stage() == Optimizer.Stage.ALL ? m.get(Message.OPTIMIZE_STAGE_ALL)
                : m.get(Message.OPTIMIZE_STAGE_INITIAL, Optimizer.MIN_ITEMS_FOR_ALL);
        lines.add(m.get(Message.OPTIMIZE_FITTED, r.set().size(), r.set().cardCount(), stage, r.ms()));
        lines.add(metrics(m, current(r.current(), m), r.refit().current()));
        lines.add(metrics(m, m.get(Message.OPTIMIZE_NEW), r.refit().fitted()));
        lines.add(m.get(r.saved() ? Message.OPTIMIZE_KEPT : Message.OPTIMIZE_NOT_KEPT));
        return lines;
    }

    /** How the parameters in use are named: the defaults, or the fit of a day. */
    static String current(Optional<ParametersFile.Fitted> inUse, Messages m) {
        return inUse.map(f -> m.get(Message.OPTIMIZE_CURRENT_FITTED, day(f.fittedAt())))
                .orElse(m.get(Message.OPTIMIZE_CURRENT_DEFAULT));
    }

    static String metrics(Messages m, String label, com.portdrill.srs.optimize.Evaluation e) {
        return m.get(Message.OPTIMIZE_METRICS, label, e.logLoss(), e.rmseBins(), e.rmseBins() * 100);
    }

    static String day(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC));
    }
}
