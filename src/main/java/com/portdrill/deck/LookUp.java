package com.portdrill.deck;

import java.util.List;

/**
 * What a look-up found: the ports, the right one first; or, for a name nobody uses, the nearest known names.
 *
 * @param ports       the ports found, the best match first (empty when nothing matched)
 * @param suggestions the nearest known names with their ports, such as {@code kerberos (88)}, when nothing matched
 * @param outOfRange  whether the query was a number outside 0–65535
 */
public record LookUp(List<Integer> ports, List<String> suggestions, boolean outOfRange) {
    public LookUp {
        ports = List.copyOf(ports);
        suggestions = List.copyOf(suggestions);
    }

    static LookUp found(List<Integer> ports) {
        return new LookUp(ports, List.of(), false);
    }

    static LookUp suggest(List<String> suggestions) {
        return new LookUp(List.of(), suggestions, false);
    }

    static LookUp tooLarge() {
        return new LookUp(List.of(), List.of(), true);
    }
}
