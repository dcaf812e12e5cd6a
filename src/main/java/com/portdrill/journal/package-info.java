/**
 * The review journal's values: a {@link com.portdrill.journal.JournalLine} (an answer, or a correction that names the
 * answer it corrects), the {@link com.portdrill.journal.StudyMode} it was given in, and
 * {@link com.portdrill.journal.Corrections}, the one rule by which corrections take the place of answers for FSRS,
 * the missed cards, the statistics and the optimiser. Pure: the files are {@code store}'s.
 */
package com.portdrill.journal;
