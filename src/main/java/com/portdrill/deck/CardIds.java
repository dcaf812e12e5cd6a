package com.portdrill.deck;

import com.portdrill.text.Fold;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Card ids, built from what a card asks and never from where it sits in a deck, so a rebuild, a reordered
 * catalogue or the same question in another deck keeps the id progress refers to:
 * {@code p2s:53}, {@code s2p:67,68}, {@code d2p:137,138,139}, {@code trojan:netspy:1025,1033}.
 */
final class CardIds {
    private CardIds() {
    }

    static String portToService(int port) {
        return "p2s:" + port;
    }

    static String serviceToPort(List<Integer> ports) {
        return "s2p:" + join(ports);
    }

    static String descriptionToPort(List<Integer> ports) {
        return "d2p:" + join(ports);
    }

    static String trojanToPort(String program, List<Integer> ports) {
        return "trojan:" + slug(program) + ":" + join(ports);
    }

    /** Lower-case letters and digits joined by '-': {@code SubSeven 1.0/1.9} → {@code subseven-1-0-1-9}. */
    static String slug(String name) {
        return Fold.loose(name).replace(' ', '-');
    }

    private static String join(List<Integer> ports) {
        return ports.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
