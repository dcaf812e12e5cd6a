package com.portdrill.cli;

import com.portdrill.knowledge.Tier;
import com.portdrill.store.DeckFiles;

import java.util.Comparator;

/** Decks as a learner climbs them: the tiers in order, then any other deck (the drill's, a scan's) by name. */
final class ClimbOrder {
    static final Comparator<DeckFiles.Summary> DECKS = Comparator
            .comparingInt((DeckFiles.Summary s) -> Tier.of(s.name()).map(Tier::ordinal).orElse(Tier.values().length))
            .thenComparing(DeckFiles.Summary::name);

    private ClimbOrder() {
    }
}
