package com.portdrill.catalogue;

import com.portdrill.text.Fold;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names that mean the same service ({@code DNS}, {@code domain}, {@code Domain Name System}), read from
 * a text resource: one group per line, names separated by {@code |}, {@code #} starts a comment.
 * Names are compared folded (case, width, punctuation and spacing ignored).
 */
public final class Aliases {
    private final Map<String, Set<String>> groupsByName;

    private Aliases(Map<String, Set<String>> groupsByName) {
        this.groupsByName = groupsByName;
    }

    public static Aliases parse(String text) {
        Map<String, Set<String>> byName = new HashMap<>();
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Set<String> group = new LinkedHashSet<>();
            for (String name : line.split("\\|")) {
                if (!name.isBlank()) {
                    group.add(name.strip());
                }
            }
            for (String name : group) {
                byName.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).addAll(group);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byName.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return new Aliases(frozen);
    }

    /** Every name for the service {@code name} names, the name itself included; just the name when it has no aliases. */
    public Set<String> namesFor(String name) {
        Set<String> names = groupsByName.get(key(name));
        if (names == null) {
            return Set.of(name.strip());
        }
        return names;
    }

    /** Whether the two names mean the same service: equal when folded, or in one alias group. */
    public boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String ka = key(a);
        return ka.equals(key(b)) || namesFor(a).stream().anyMatch(n -> key(n).equals(key(b)));
    }

    /** The folded form names are compared in; public so that answer checking folds the same way. */
    public static String key(String name) {
        return Fold.compact(name);
    }
}
