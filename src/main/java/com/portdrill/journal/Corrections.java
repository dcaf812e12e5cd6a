package com.portdrill.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule by which a journal line corrects an earlier answer, shared by the FSRS fold, the missed cards and
 * the statistics and the optimiser. A line of kind {@link JournalLine.Kind#REGRADE}, {@link JournalLine.Kind#OVERRULE} or
 * {@link JournalLine.Kind#UNDO} corrects the answer of its card given at its {@code at}: it takes that answer's place.
 * An answer is always an answer, even at the millisecond of another (the store reads an old journal's unnamed
 * re-grades as {@link JournalLine.Kind#REGRADE} lines, so they reach this rule named).
 */
public final class Corrections {
    private Corrections() {
    }

    /**
     * Whether {@code line} corrects {@code previous}, the answer before it for the same card (null for none): a
     * correction that names that answer by its card and time. A correction that names no such answer corrects
     * nothing.
     */
    public static boolean corrects(JournalLine previous, JournalLine line) {
        return line.isCorrection() && previous != null && previous.cardId().equals(line.cardId())
                && previous.at().equals(line.at());
    }

    /**
     * The answers as they count: each correction in the place of the answer it corrects, in journal order; stray
     * corrections dropped.
     *
     * @param lines the journal's lines in order
     */
    public static List<JournalLine> apply(List<JournalLine> lines) {
        List<JournalLine> answers = new ArrayList<>(lines.size());
        Map<String, Integer> latest = new HashMap<>();
        for (JournalLine r : lines) {
            Integer i = latest.get(r.cardId());
            JournalLine previous = i == null ? null : answers.get(i);
            if (corrects(previous, r)) {
                answers.set(i, r);
            } else if (!r.isCorrection()) {
                latest.put(r.cardId(), answers.size());
                answers.add(r);
            }
        }
        return answers;
    }
}
