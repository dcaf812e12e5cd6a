package com.portdrill.scan;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deck of the ports a scan found, made of the cards the built decks already hold for them: the same card ids,
 * so answers given in any deck count here too. A card belongs when any port it is about was found.
 */
public final class ScanDeck {
    private ScanDeck() {
    }

    /**
     * @param ports the ports found, ascending
     * @param built every built deck; a card in several is taken once, as the first deck holds it
     */
    public static Deck of(String name, String titleEn, String titleZh, int[] ports, List<Deck> built) {
        BitSet found = new BitSet(65536);
        for (int p : ports) {
            found.set(p);
        }
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Deck d : built) {
            for (Card c : d.cards()) {
                if (c.explanation().ports().stream().anyMatch(found::get)) {
                    cards.putIfAbsent(c.id(), c);
                }
            }
        }
        List<Card> ordered = new ArrayList<>(cards.values());
        ordered.sort(Comparator.comparingInt((Card c) -> firstFound(c, found)).thenComparing(Card::id));
        return new Deck(name, titleEn, titleZh, ordered);
    }

    /** How many of the ports found some card is about. */
    public static int covered(Deck deck, int[] ports) {
        BitSet inDeck = new BitSet(65536);
        deck.cards().forEach(c -> c.explanation().ports().forEach(inDeck::set));
        int n = 0;
        for (int p : ports) {
            if (inDeck.get(p)) {
                n++;
            }
        }
        return n;
    }

    private static int firstFound(Card c, BitSet found) {
        return c.explanation().ports().stream().filter(found::get).mapToInt(Integer::intValue).min().orElse(65536);
    }
}
