package com.portdrill.deck;

import com.portdrill.knowledge.Family;
import com.portdrill.port.Port;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Wrong answers for multiple choice that a learner could believe, drawn only from the ports the tiers teach (never
 * trivia): the counterpart first (IMAP and IMAP4 for IMAPS, so that the judge can tell a mix-up from a typo), then
 * the same family, then a similar name, then the same port range, then the nearest ports. Never a right answer to
 * the same question: not a name the card accepts, and not a port whose own name is the asked name narrowed
 * ({@code SMTP submission} is not offered as wrong for "SMTP"). The shuffle is seeded by the deck seed and the card's
 * id, so the same card gets the same distractors however its deck was ordered.
 */
final class Distractors {
    /** How many each card carries; a question shows three. */
    static final int POOL = 6;
    /** How many of the strongest candidates every pool keeps. */
    private static final int KEPT = 3;
    /** The strongest candidates the shuffle picks from. */
    private static final int SHORTLIST = 9;
    private static final Set<String> WEAK_WORDS = Set.of("protocol", "service", "server", "over", "the", "and", "for",
            "port", "ports", "client", "version", "tls", "ssl");

    /**
     * A port wrong options may name.
     *
     * @param name   its shown name
     * @param family what it is for
     * @param secure whether it encrypts (so secure services are offered for secure ones)
     * @param names  every name a card about it accepts
     */
    record Candidate(String name, Family family, boolean secure, List<String> names) {
    }

    /**
     * What the knowledge base says about the asked ports, to rank wrong options by.
     *
     * @param family      what it is for, or null for ports no tier teaches
     * @param secure      whether it encrypts
     * @param counterpart its secure or insecure counterpart's ports, offered first
     */
    record Kin(Family family, boolean secure, List<Integer> counterpart) {
        static final Kin NONE = new Kin(null, false, List.of());
    }

    private final long seed;
    private final Map<Integer, Candidate> pool;

    Distractors(long seed, Map<Integer, Candidate> pool) {
        this.seed = seed;
        this.pool = new LinkedHashMap<>(pool);
    }

    /** Service names for a port→service card; {@code counterpart} names come first. */
    List<String> services(String cardId, int port, List<String> accepted, Kin kin, List<String> counterpart) {
        Set<String> taken = accepted.stream().map(Fold::compact).collect(Collectors.toCollection(HashSet::new));
        String answer = accepted.isEmpty() ? "" : accepted.get(0);
        List<String> shortlist = new ArrayList<>();
        for (String name : counterpart) {
            if (taken.add(Fold.compact(name))) {
                shortlist.add(name);
            }
        }
        for (int candidate : rank(port, answer, kin, Set.of(port))) {
            String name = pool.get(candidate).name();
            if (shortlist.size() < SHORTLIST && taken.add(Fold.compact(name))) {
                shortlist.add(name);
            }
        }
        return pick(cardId, shortlist);
    }

    /** Port lists, shaped like the answer (a group gets groups of the same size), for a card answered by ports. */
    List<String> ports(String cardId, List<Integer> answer, String askedName, Kin kin) {
        Set<Integer> right = new TreeSet<>(answer);
        List<Integer> ranked = rank(answer.get(0), askedName, kin, right);
        ranked.removeIf(p -> alsoAnswers(p, askedName));
        Set<String> taken = new HashSet<>();
        taken.add(format(new ArrayList<>(right)));
        List<String> shortlist = new ArrayList<>();
        int n = 0;
        for (int candidate : ranked) {
            List<Integer> option = new ArrayList<>(right);
            option.set(n % option.size(), candidate);
            n++;
            Collections.sort(option);
            if (new TreeSet<>(option).size() == option.size() && taken.add(format(option))) {
                shortlist.add(format(option));
            }
            if (shortlist.size() == SHORTLIST) {
                break;
            }
        }
        return pick(cardId, shortlist);
    }

    /** Whether the port is named by the asked name itself, or by it narrowed ("SMTP" → "SMTP submission"). */
    private boolean alsoAnswers(int port, String askedName) {
        String asked = Fold.loose(askedName);
        if (asked.isEmpty()) {
            return false;
        }
        return pool.get(port).names().stream().map(Fold::loose)
                .anyMatch(n -> n.equals(asked) || n.startsWith(asked + " "));
    }

    private List<Integer> rank(int port, String answerName, Kin kin, Set<Integer> exclude) {
        Port.Range range = Port.Range.of(port);
        Set<String> words = words(answerName);
        String compact = Fold.compact(answerName);
        Comparator<Integer> order = Comparator
                .comparingInt((Integer p) -> kin.counterpart().contains(p) ? 0 : 1)
                .thenComparingInt(p -> kin.family() != null && pool.get(p).family() == kin.family() ? 0 : 1)
                .thenComparingInt(p -> kin.family() != null && pool.get(p).secure() == kin.secure() ? 0 : 1)
                .thenComparingInt(p -> similar(words, compact, pool.get(p).name()) ? 0 : 1)
                .thenComparingInt(p -> Port.Range.of(p) == range ? 0 : 1)
                .thenComparingInt(p -> Math.abs(p - port))
                .thenComparingInt(p -> p);
        return pool.keySet().stream().filter(p -> !exclude.contains(p)).sorted(order)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static boolean similar(Set<String> words, String compact, String other) {
        String otherCompact = Fold.compact(other);
        if (compact.length() >= 3 && otherCompact.length() >= 3
                && (compact.contains(otherCompact) || otherCompact.contains(compact))) {
            return true;
        }
        return words(other).stream().anyMatch(words::contains);
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String w : Fold.loose(name).split(" ")) {
            if (w.length() >= 3 && !WEAK_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The strongest few always stay; the rest of the pool is a seeded draw from the shortlist, and the pool is
     * shuffled so its order gives nothing away.
     */
    private List<String> pick(String cardId, List<String> shortlist) {
        SplittableRandom random = new SplittableRandom(seed ^ (cardId.hashCode() * 0x9E3779B97F4A7C15L));
        int kept = Math.min(KEPT, shortlist.size());
        List<String> pool = new ArrayList<>(shortlist.subList(0, kept));
        List<String> rest = new ArrayList<>(shortlist.subList(kept, shortlist.size()));
        shuffle(rest, random);
        pool.addAll(rest.subList(0, Math.min(POOL - kept, rest.size())));
        shuffle(pool, random);
        return List.copyOf(pool);
    }

    private static void shuffle(List<String> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    static String format(List<Integer> ports) {
        return Card.showPorts(ports);
    }
}
