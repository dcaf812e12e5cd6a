package com.portdrill.deck;

import com.portdrill.catalogue.Aliases;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.IanaRegistry;
import com.portdrill.knowledge.InClear;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.Tier;
import com.portdrill.knowledge.TrojanClaim;
import com.portdrill.port.Port;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds every deck from the catalogue, IANA and the reviewed knowledge base: the tiers a learner climbs, the
 * documents' every port, the folklore, and the drill's well-known ports. The result depends on the
 * content only: the order the ports come in changes nothing, and a card asking the same question has the
 * same id and content in every deck that holds it.
 */
public final class DeckBuilder {
    /** The seed of the committed decks' distractor shuffles; changing it changes every deck file. */
    public static final long DECK_SEED = 0x706F72746472696CL;
    /** The drill's pool: the well-known ports (0–1023) the tiers teach. */
    public static final String WELL_KNOWN = "well-known";

    private static final Comparator<Card> ORDER = Comparator
            .comparingInt((Card c) -> c.explanation().ports().isEmpty() ? -1 : c.explanation().ports().get(0))
            .thenComparing(c -> c.direction().ordinal())
            .thenComparing(Card::id);

    private final long seed;

    public DeckBuilder(long seed) {
        this.seed = seed;
    }

    /** The decks of the catalogue, in the order they are built and exported. */
    public List<Deck> build(Catalogue catalogue, DeckData data) {
        return build(catalogue.ports(), catalogue.iana(), catalogue.aliases(), data);
    }

    /** The decks built from catalogue ports in any order, IANA, the service-name aliases and the deck data. */
    public List<Deck> build(List<CataloguePort> ports, IanaRegistry iana, Aliases aliases, DeckData data) {
        PortKnowledge knowledge = new PortKnowledge(ports, iana, aliases, data);
        CardFactory factory = new CardFactory(knowledge, new Distractors(seed, candidates(knowledge)));
        KindCards kinds = new KindCards(knowledge);

        // The knowledge base's cards first: where a document entry asks the same question, the taught wording wins.
        Map<String, Card> serviceCards = new TreeMap<>();
        Map<String, Card> portCards = new TreeMap<>();
        for (PortFact f : data.facts()) {
            put(serviceCards, factory.serviceToPort(f.ports(), f.askedAs()));
            f.ports().forEach(p -> factory.portToService(p).ifPresent(c -> put(portCards, c)));
        }
        Map<String, Card> descriptionCards = new TreeMap<>();
        for (List<Integer> entry : entries(knowledge)) {
            entry.forEach(p -> factory.portToService(p).ifPresent(c -> put(portCards, c)));
            Optional<String> groupName = entry.size() > 1 ? factory.nameOf(entry) : Optional.empty();
            if (groupName.isPresent()) {
                put(serviceCards, factory.serviceToPort(entry, groupName.get()));
            } else {
                for (int p : entry) {
                    factory.nameOf(List.of(p)).filter(n -> !taughtForOtherPorts(data, n, List.of(p)))
                            .ifPresent(n -> put(serviceCards, factory.serviceToPort(List.of(p), n)));
                }
            }
            factory.descriptionToPort(entry).ifPresent(c -> descriptionCards.put(c.id(), c));
        }
        Map<String, Card> cards = new TreeMap<>(portCards);
        cards.putAll(unambiguous(serviceCards));
        cards.putAll(unambiguous(descriptionCards));

        Map<String, Card> trojanCards = new TreeMap<>();
        for (TrojanClaim claim : data.trojans()) {
            factory.trojanToPort(claim).ifPresent(c -> trojanCards.put(c.id(), c));
        }
        Set<Integer> taught = new TreeSet<>();
        data.facts().forEach(f -> taught.addAll(f.ports()));

        List<Deck> decks = new ArrayList<>();
        Set<Card> climbed = new LinkedHashSet<>();
        Comparator<Card> byFamily = byFamily(data.facts());
        for (Tier tier : Tier.values()) {
            if (tier.listed()) {
                Set<Integer> tierPorts = new TreeSet<>();
                data.facts().stream().filter(f -> f.teachesIn(tier)).forEach(f -> tierPorts.addAll(f.ports()));
                List<Card> held = cards.values().stream().filter(c -> isAbout(c, tierPorts))
                        .filter(c -> c.direction() != Direction.DESCRIPTION_TO_PORT
                                || c.answerPorts().stream().allMatch(taught::contains))
                        .sorted(byFamily).collect(Collectors.toList());
                climbed.addAll(held);
                // The exam-style kinds follow the recall cards, and stay out of the drill's well-known pool.
                held.addAll(kinds.forTier(tier));
                decks.add(new Deck(tier.code(), tier.titleEn(), tier.titleZh(), held));
            }
        }
        List<Card> documents = cards.values().stream()
                .filter(c -> c.answerPorts().stream().allMatch(p -> knowledge.catalogued(p).isPresent()))
                .filter(c -> c.direction() != Direction.PORT_TO_SERVICE || knowledge.catalogued(portOf(c)).isPresent())
                .collect(Collectors.toList());
        decks.add(new Deck(Tier.DOCUMENTS.code(), Tier.DOCUMENTS.titleEn(), Tier.DOCUMENTS.titleZh(), sorted(documents)));
        List<Card> folklore = new ArrayList<>(trojanCards.values());
        documents.stream().filter(c -> !isAbout(c, taught) && c.direction() != Direction.DESCRIPTION_TO_PORT)
                .forEach(folklore::add);
        decks.add(new Deck(Tier.FOLKLORE.code(), Tier.FOLKLORE.titleEn(), Tier.FOLKLORE.titleZh(), sorted(folklore)));
        decks.add(new Deck(WELL_KNOWN, "Well-known ports (0–1023) the tiers teach", "各层级所教的公认端口（0–1023）",
                climbed.stream().filter(c -> ports(c).stream().allMatch(Port.Range.WELL_KNOWN::holds))
                        .sorted(ORDER).collect(Collectors.toList())));
        return List.copyOf(decks);
    }

    /**
     * Whether the knowledge base teaches the name for other ports: "Which port does FTP use?" asks for 20 and 21,
     * so a document entry must not ask it with 21 alone.
     */
    private static boolean taughtForOtherPorts(DeckData data, String name, List<Integer> ports) {
        String key = Fold.compact(name);
        return data.facts().stream().anyMatch(f -> !f.ports().equals(ports)
                && (Fold.compact(f.name()).equals(key) || Fold.compact(f.askedAs()).equals(key)));
    }

    /** The ports a card is about: the port it shows, or the ports it asks for. */
    private static List<Integer> ports(Card c) {
        return c.direction() == Direction.PORT_TO_SERVICE ? List.of(portOf(c)) : c.answerPorts();
    }

    private static int portOf(Card c) {
        return c.explanation().ports().get(0);
    }

    private static boolean isAbout(Card c, Set<Integer> ports) {
        List<Integer> about = ports(c);
        return !about.isEmpty() && ports.containsAll(about);
    }

    /** A tier is taught family by family, each row's cards together, so pairs such as HTTP and HTTPS sit side by side. */
    private static Comparator<Card> byFamily(List<PortFact> facts) {
        Map<Integer, Integer> rowOf = new TreeMap<>();
        Map<Integer, Integer> familyOf = new TreeMap<>();
        for (int i = 0; i < facts.size(); i++) {
            for (int p : facts.get(i).ports()) {
                rowOf.putIfAbsent(p, i);
                familyOf.putIfAbsent(p, facts.get(i).family().ordinal());
            }
        }
        return Comparator.comparingInt((Card c) -> familyOf.getOrDefault(ports(c).get(0), Integer.MAX_VALUE))
                .thenComparingInt(c -> rowOf.getOrDefault(ports(c).get(0), Integer.MAX_VALUE))
                .thenComparing(ORDER);
    }

    /** The ports wrong options are drawn from: those the tiers teach, never trivia. */
    private static Map<Integer, Distractors.Candidate> candidates(PortKnowledge knowledge) {
        Map<Integer, Distractors.Candidate> pool = new TreeMap<>();
        for (PortFact f : knowledge.data().facts()) {
            for (int p : f.ports()) {
                knowledge.shownName(p).ifPresent(n -> pool.putIfAbsent(p,
                        new Distractors.Candidate(n, f.family(), f.inClear() == InClear.ENCRYPTED,
                                knowledge.acceptedNames(p))));
            }
        }
        return pool;
    }

    /** Each document entry once, ports ascending, in port order. */
    private static List<List<Integer>> entries(PortKnowledge knowledge) {
        Map<String, List<Integer>> entries = new TreeMap<>();
        for (CataloguePort p : knowledge.cataloguePorts()) {
            List<Integer> entry = p.record().entry().isEmpty() ? List.of(p.port())
                    : p.record().entry().stream().sorted().distinct().collect(Collectors.toList());
            entry = entry.stream().filter(q -> knowledge.catalogued(q).isPresent()).collect(Collectors.toList());
            if (!entry.contains(p.port())) {
                entry = List.of(p.port());
            }
            entries.putIfAbsent(String.format("%05d/%s", entry.get(0), entry), entry);
        }
        return new ArrayList<>(entries.values());
    }

    private static void put(Map<String, Card> cards, Card card) {
        cards.putIfAbsent(card.id(), card);
    }

    /**
     * Drops questions two cards ask with different answers (two ports both "Reserved", two entries with the same
     * masked description): no learner could answer them.
     */
    private static Map<String, Card> unambiguous(Map<String, Card> cards) {
        Map<String, List<Card>> byQuestion = new LinkedHashMap<>();
        for (Card c : cards.values()) {
            byQuestion.computeIfAbsent(Fold.compact(c.promptEn()), k -> new ArrayList<>()).add(c);
        }
        Map<String, Card> kept = new TreeMap<>();
        byQuestion.values().stream().filter(group -> group.size() == 1).forEach(group -> kept.put(group.get(0).id(), group.get(0)));
        return kept;
    }

    private static List<Card> sorted(Collection<Card> cards) {
        return cards.stream().sorted(ORDER).collect(Collectors.toList());
    }
}
