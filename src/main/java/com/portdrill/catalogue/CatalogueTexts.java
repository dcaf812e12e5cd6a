package com.portdrill.catalogue;

import java.util.Objects;

/**
 * The texts a catalogue is built from: the two documents and the reviewed data beside them.
 *
 * @param english  the English document
 * @param chinese  the Chinese document
 * @param verdicts the reviewed verdicts ({@code facts/verdicts.tsv})
 * @param aliases  the service aliases ({@code facts/aliases.txt})
 * @param typos    the known misspellings ({@code facts/typos.tsv})
 */
public record CatalogueTexts(String english, String chinese, String verdicts, String aliases, String typos) {
    public CatalogueTexts {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(verdicts, "verdicts");
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(typos, "typos");
    }
}
