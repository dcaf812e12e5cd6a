package com.portdrill.session;

import com.portdrill.srs.Fuzz;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Scheduler;

/**
 * The one FSRS scheduler every mode and the store's fold use, so that what a session expects of a card and
 * what the journal replays to are the same. Fuzz is drawn per review from a fixed seed: replaying the
 * journal gives the same due dates every time. The parameters are the defaults until the learner fits their own
 * ({@code portdrill optimize}) or chooses another desired retention.
 */
public final class Scheduling {
    /** Names the fold with the default parameters in snapshots. */
    public static final String FOLD_ID = "fsrs6-default-fuzz1";
    private static final long FUZZ_SEED = 1;

    private Scheduling() {
    }

    public static Scheduler scheduler() {
        return scheduler(Parameters.defaults());
    }

    public static Scheduler scheduler(Parameters parameters) {
        return new Scheduler(parameters, Fuzz.perReview(FUZZ_SEED));
    }

    /**
     * Names the fold in snapshots: other weights or another desired retention give other card states, so a
     * snapshot folded with other parameters is rebuilt from the journal.
     */
    public static String foldId(Parameters parameters) {
        Parameters defaults = Parameters.defaults();
        if (parameters.weights().equals(defaults.weights())
                && parameters.desiredRetention() == defaults.desiredRetention()) {
            return FOLD_ID;
        }
        long h = 1125899906842597L;
        for (double w : parameters.weights()) {
            h = 31 * h + Double.doubleToLongBits(w);
        }
        h = 31 * h + Double.doubleToLongBits(parameters.desiredRetention());
        return "fsrs6-" + Long.toHexString(h) + "-fuzz1";
    }
}
