package com.portdrill.stats;

import com.portdrill.progress.Review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers the learner gave, from the journal's entries. An entry for a card at the very instant of that
 * card's previous entry is a re-grade (the learner changed the rating after the answer was saved): it replaces
 * that answer, as the FSRS fold treats it, so it is neither a second answer nor, once changed from Again, a lapse.
 */
final class Regrades {
    private Regrades() {
    }

    static List<Review> collapse(List<Review> entries) {
        List<Review> answers = new ArrayList<>(entries.size());
        Map<String, Integer> latest = new HashMap<>();
        for (Review r : entries) {
            Integer i = latest.get(r.cardId());
            if (i != null && answers.get(i).at().equals(r.at())) {
                answers.set(i, r);
            } else {
                latest.put(r.cardId(), answers.size());
                answers.add(r);
            }
        }
        return answers;
    }
}
