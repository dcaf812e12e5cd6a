package com.portdrill.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of {@code knowledge/scenarios.tsv}: a hand-written exam-style question the knowledge base cannot word by
 * itself.
 *
 * @param id        stable; the card id is built from the kind and it
 * @param kind      what sort of question it is
 * @param tiers     the decks that ask it
 * @param promptEn  the question in English
 * @param promptZh  the same in Chinese
 * @param ports     the ports that answer it; for a name answer, the ports that may be typed with the name
 * @param alsoRight other sets of ports that answer it too
 * @param names     for a name answer, every name accepted, the shown one first; empty for a ports answer
 * @param wrong     the real confusions, for multiple choice
 * @param whyEn     the explanation shown after the answer
 * @param whyZh     the same in Chinese
 * @param source    IANA row, RFC, vendor document, objective
 */
public record Scenario(String id, ScenarioKind kind, Set<Tier> tiers, String promptEn, String promptZh,
                       List<Integer> ports, List<List<Integer>> alsoRight, List<String> names, List<String> wrong,
                       String whyEn, String whyZh, String source) {
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        tiers = Set.copyOf(tiers);
        ports = List.copyOf(ports);
        alsoRight = alsoRight.stream().map(List::copyOf).toList();
        names = List.copyOf(names);
        wrong = List.copyOf(wrong);
        if (names.isEmpty() && ports.isEmpty()) {
            throw new IllegalArgumentException("scenario " + id + " has no answer");
        }
    }

    public boolean asksIn(Tier tier) {
        return tiers.contains(tier);
    }
}
