package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.srs.Parameters;
import com.portdrill.store.ParametersFile;
import com.portdrill.store.SettingsFile;
import com.portdrill.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The FSRS parameters sessions schedule with: the weights {@code portdrill optimize} saved (else the defaults)
 * and the desired retention of {@code --retention}, else the saved setting, else 0.90.
 */
final class SchedulingParameters {
    private SchedulingParameters() {
    }

    /**
     * The parameters in use, with the saved fit when there is one.
     *
     * @param fitted the weights' record, empty for the defaults
     */
    record Active(Parameters parameters, Optional<ParametersFile.Fitted> fitted) {
    }

    /** The statistics' line on the parameters in use and when they were fitted. */
    static String describe(Active active, Lang lang) {
        String retention = String.format(Locale.ROOT, "%.2f", active.parameters().desiredRetention());
        return active.fitted().map(f -> Message.STATS_FSRS_FITTED.in(lang, Optimization.day(f.fittedAt()),
                        f.reviews(), f.logLoss(), retention))
                .orElse(Message.STATS_FSRS_DEFAULT.in(lang, retention));
    }

    /** Loads them; a refused parameters file or settings problem is one warning line to {@code warn}. */
    static Active load(GlobalOptions global, Clock clock, Consumer<String> warn) {
        Path dataDir = global.dataDir();
        double retention = retention(global, dataDir, clock, warn);
        ParametersFile.Loaded loaded = ParametersFile.load(dataDir, clock);
        loaded.warning().ifPresent(warn);
        Parameters defaults = Parameters.defaults();
        Parameters parameters = new Parameters(loaded.fitted().map(ParametersFile.Fitted::weights)
                .orElse(defaults.weights()), retention, defaults.maximumInterval(), defaults.enableShortTerm(),
                defaults.learningSteps(), defaults.relearningSteps());
        return new Active(parameters, loaded.fitted());
    }

    /** {@code --retention}, checked; else the saved setting; else the default. */
    static double retention(GlobalOptions global, Path dataDir, Clock clock, Consumer<String> warn) {
        Double asked = global.retention();
        if (asked != null) {
            if (!SettingsFile.validRetention(asked)) {
                throw UserError.usage(String.format(Locale.ROOT, "--retention %s is outside 0.70 to 0.99;"
                        + " give the share of cards you want to remember, e.g. --retention 0.9", asked));
            }
            return asked;
        }
        try {
            return SettingsFile.retention(dataDir, clock).orElse(Parameters.defaults().desiredRetention());
        } catch (StoreException e) {
            warn.accept(e.getMessage());
            return Parameters.defaults().desiredRetention();
        }
    }
}
