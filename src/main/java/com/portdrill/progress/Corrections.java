package com.portdrill.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule by which a journal line corrects an earlier answer, shared by the FSRS fold, the missed cards and
 * the statistics. A line of kind {@link Review.Kind#REGRADE}, {@link Review.Kind#OVERRULE} or
 * {@link Review.Kind#UNDO} corrects the answer of its card given at its {@code at}: it takes that answer's place.
 * Journals written before corrections were named have no kind on their lines; there, an answer to a card at the
 * very millisecond of that card's previous line was a re-grade, and it is still read as one.
 */
public final class Corrections {
    private Corrections() {
    }

    /**
     * Whether {@code line} corrects {@code previous}, the line before it for the same card (null for none): an
     * explicit correction of that answer, or an old journal's re-grade at the same millisecond. A correction that
     * names no such answer corrects nothing.
     */
    public static boolean corrects(Review previous, Review line) {
        return previous != null && previous.cardId().equals(line.cardId()) && previous.at().equals(line.at());
    }

    /**
     * The answers as they count: each correction in the place of the answer it corrects, in journal order; stray
     * corrections dropped.
     *
     * @param lines the journal's lines in order
     */
    public static List<Review> apply(List<Review> lines) {
        List<Review> answers = new ArrayList<>(lines.size());
        Map<String, Integer> latest = new HashMap<>();
        for (Review r : lines) {
            Integer i = latest.get(r.cardId());
            Review previous = i == null ? null : answers.get(i);
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
