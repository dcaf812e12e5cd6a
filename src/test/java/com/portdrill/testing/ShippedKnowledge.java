package com.portdrill.testing;

import com.portdrill.catalogue.Catalogue;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;

/**
 * What portdrill ships (the two documents, IANA's copy and the reviewed knowledge), read once for every test that
 * needs it rather than once per test class: it is immutable, and reading it is most of those classes' time.
 */
public final class ShippedKnowledge {
    private ShippedKnowledge() {
    }

    /** Read on first use, by the JVM's class initialisation. */
    private static final class Once {
        static final Catalogue CATALOGUE = CatalogueFiles.load();
        static final PortKnowledge KNOWLEDGE = PortKnowledge.of(CATALOGUE, DeckDataFiles.load());
    }

    public static Catalogue catalogue() {
        return Once.CATALOGUE;
    }

    public static PortKnowledge knowledge() {
        return Once.KNOWLEDGE;
    }
}
