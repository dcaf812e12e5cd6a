package com.portdrill.deck;

import com.portdrill.catalogue.Aliases;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.IanaRegistry;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Builds every deck from the catalogue, IANA and the reviewed deck data. The result depends on the
 * content only: the order the ports come in changes nothing, and a card asking the same question has the
 * same id and content in every deck that holds it.
 */
public final class DeckBuilder {
    /** The seed of the committed decks' distractor shuffles; changing it changes every deck file. */
    public static final long DECK_SEED = 0x706F72746472696CL;

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
        CardFactory factory = new CardFactory(knowledge, new Distractors(seed, shownNames(knowledge)));

        Map<String, Card> catalogueCards = new TreeMap<>();
        Map<String, Card> serviceCards = new TreeMap<>();
        Map<String, Card> descriptionCards = new TreeMap<>();
        for (List<Integer> entry : entries(knowledge)) {
            entry.forEach(p -> factory.portToService(p).ifPresent(c -> catalogueCards.put(c.id(), c)));
            Optional<String> groupName = entry.size() > 1 ? factory.nameOf(entry) : Optional.empty();
            if (groupName.isPresent()) {
                put(serviceCards, factory.serviceToPort(entry, groupName.get()));
            } else {
                for (int p : entry) {
                    factory.nameOf(List.of(p)).ifPresent(n -> put(serviceCards, factory.serviceToPort(List.of(p), n)));
                }
            }
            factory.descriptionToPort(entry).ifPresent(c -> descriptionCards.put(c.id(), c));
        }
        Map<String, Card> trojanCards = new TreeMap<>();
        for (TrojanClaim claim : data.trojans()) {
            factory.trojanToPort(claim).ifPresent(c -> trojanCards.put(c.id(), c));
        }
        Map<String, Card> examCards = new TreeMap<>();
        for (ExamEntry e : data.exam()) {
            Card s2p = factory.serviceToPort(e.ports(), e.name());
            put(serviceCards, s2p);
            examCards.put(s2p.id(), s2p);
            e.ports().forEach(p -> factory.portToService(p).ifPresent(c -> examCards.put(c.id(), c)));
        }
        Map<String, Card> answerable = new HashMap<>(unambiguous(serviceCards));
        answerable.putAll(unambiguous(descriptionCards));

        catalogueCards.putAll(filter(serviceCards, answerable, id -> !isExamOnly(id, examCards, knowledge)));
        catalogueCards.putAll(filter(descriptionCards, answerable, id -> true));
        catalogueCards.putAll(trojanCards);
        examCards.keySet().removeIf(id -> id.startsWith("s2p:") && !answerable.containsKey(id));

        List<Card> all = sorted(catalogueCards.values());
        return List.of(
                new Deck("all", "Every catalogue port", "目录中的全部端口", all),
                new Deck("well-known", "Well-known ports (0–1023)", "公认端口（0–1023）",
                        within(all, PortRanges.WELL_KNOWN)),
                new Deck("registered", "Registered ports (1024–49151)", "注册端口（1024–49151）",
                        within(all, PortRanges.REGISTERED)),
                new Deck("trojans", "Trojan and backdoor ports the documents name", "文档提到的木马与后门端口",
                        sorted(trojanCards.values())),
                new Deck("exam", "Exam ports: Network+ N10-009 1.4 and Security+", "认证考试端口：Network+ N10-009 1.4 与 Security+",
                        sorted(examCards.values())));
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

    /** A service→port card whose ports the catalogue lacks belongs to the exam deck only. */
    private static boolean isExamOnly(String id, Map<String, Card> examCards, PortKnowledge knowledge) {
        Card c = examCards.get(id);
        return c != null && c.answerPorts().stream().anyMatch(p -> knowledge.catalogued(p).isEmpty());
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

    private static Map<String, Card> filter(Map<String, Card> cards, Map<String, Card> answerable, Predicate<String> keep) {
        Map<String, Card> kept = new TreeMap<>();
        cards.forEach((id, c) -> {
            if (answerable.containsKey(id) && keep.test(id)) {
                kept.put(id, c);
            }
        });
        return kept;
    }

    private static Map<Integer, String> shownNames(PortKnowledge knowledge) {
        Map<Integer, String> shown = new TreeMap<>();
        List<Integer> ports = new ArrayList<>(knowledge.knownPorts());
        ports.addAll(knowledge.data().serviceNamesByPort().keySet());
        for (int p : ports) {
            knowledge.shownName(p).ifPresent(n -> shown.put(p, n));
        }
        return shown;
    }

    private static List<Card> within(List<Card> cards, PortRanges range) {
        return cards.stream().filter(c -> c.explanation().ports().stream().allMatch(range::holds))
                .collect(Collectors.toList());
    }

    private static List<Card> sorted(Collection<Card> cards) {
        return cards.stream().sorted(ORDER).collect(Collectors.toList());
    }
}
