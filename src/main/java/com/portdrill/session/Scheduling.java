package com.portdrill.session;

import com.portdrill.srs.Fuzz;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Scheduler;

/**
 * The one FSRS scheduler every mode and the store's fold use, so that what a session expects of a card and
 * what the journal replays to are the same. Fuzz is drawn per review from a fixed seed: replaying the
 * journal gives the same due dates every time.
 */
public final class Scheduling {
    /** Names the fold in snapshots: change it whenever the parameters or the fuzz seed change. */
    public static final String FOLD_ID = "fsrs6-default-fuzz1";
    private static final long FUZZ_SEED = 1;

    private Scheduling() {
    }

    public static Scheduler scheduler() {
        return new Scheduler(Parameters.defaults(), Fuzz.perReview(FUZZ_SEED));
    }
}
