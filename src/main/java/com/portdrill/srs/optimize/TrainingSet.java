package com.portdrill.srs.optimize;

import com.portdrill.srs.Rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A review log as fsrs-rs trains on it and evaluates it. Each card's history (from its last start in learning
 * when the log says where that is) becomes a sequence of grades and whole UTC days since the previous review;
 * every review a day or more after the previous one is an item to predict. Cards whose first interval is a rare
 * one for their first grade are set aside as fsrs-rs's outlier filter does, and the items are ordered as fsrs-rs
 * orders them (the cards' first long-term reviews by first grade and interval, then the later reviews in time),
 * which fixes each item's recency weight.
 */
public final class TrainingSet {
    static final long DAY_MS = 86_400_000L;
    /** fsrs-rs drops 5% of each first grade's items (at least 20) from the rarest first intervals. */
    private static final int MIN_REMOVED = 20;
    private static final int MIN_KEPT_GROUP = 6;

    /** One card's reviews after its last start: grades 1–4 and days since the previous review (0 for the first). */
    record Card(int[] ratings, int[] days, long[] times, int firstLongTerm) {
        int firstRating() {
            return ratings[0];
        }
    }

    /** One review to predict: a position in a card, with its recency weight. */
    record Item(int card, int position, double weight) {
    }

    private final List<Card> cards;
    private final List<Item> items;
    private final int initializationItems;
    private final double[][] itemWeights;

    private TrainingSet(List<Card> cards, List<Item> items, int initializationItems) {
        this.cards = cards;
        this.items = items;
        this.initializationItems = initializationItems;
        this.itemWeights = new double[cards.size()][];
        for (int c = 0; c < cards.size(); c++) {
            itemWeights[c] = new double[cards.get(c).ratings().length];
        }
        for (Item item : items) {
            itemWeights[item.card()][item.position()] = item.weight();
        }
    }

    /** Builds the set from reviews in any order. */
    public static TrainingSet of(List<LoggedReview> reviews) {
        Map<String, List<LoggedReview>> byCard = new LinkedHashMap<>();
        for (LoggedReview r : reviews) {
            byCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>()).add(r);
        }
        List<Card> cards = new ArrayList<>();
        for (List<LoggedReview> history : byCard.values()) {
            history.sort(Comparator.comparingLong(LoggedReview::timeMs));
            Card card = card(lastStart(history));
            if (card != null) {
                cards.add(card);
            }
        }
        return ordered(cards);
    }

    /** From the last run of learning reviews on, as fsrs-rs keeps a card that was reset; all when states are unknown. */
    private static List<LoggedReview> lastStart(List<LoggedReview> history) {
        if (history.stream().allMatch(r -> r.state() == LoggedReview.UNKNOWN_STATE)) {
            return history;
        }
        int start = -1;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).learning()) {
                start = i;
            } else if (start >= 0) {
                break;
            }
        }
        return start < 0 ? List.of() : history.subList(start, history.size());
    }

    private static Card card(List<LoggedReview> history) {
        int n = history.size();
        if (n < 2) {
            return null;
        }
        int[] ratings = new int[n];
        int[] days = new int[n];
        long[] times = new long[n];
        int firstLongTerm = -1;
        for (int i = 0; i < n; i++) {
            LoggedReview r = history.get(i);
            ratings[i] = r.rating().value();
            times[i] = r.timeMs();
            if (i > 0) {
                long gap = Math.floorDiv(r.timeMs(), DAY_MS) - Math.floorDiv(history.get(i - 1).timeMs(), DAY_MS);
                days[i] = (int) Math.max(0, Math.min(gap, Integer.MAX_VALUE));
                if (days[i] > 0 && firstLongTerm < 0) {
                    firstLongTerm = i;
                }
            }
        }
        return firstLongTerm < 0 ? null : new Card(ratings, days, times, firstLongTerm);
    }

    /** Sets outlier cards aside and orders the items as fsrs-rs does, with their recency weights. */
    private static TrainingSet ordered(List<Card> cards) {
        // first grade -> first interval -> cards, intervals in ascending order
        Map<Integer, TreeMap<Integer, List<Integer>>> groups = new TreeMap<>();
        for (int c = 0; c < cards.size(); c++) {
            Card card = cards.get(c);
            groups.computeIfAbsent(card.firstRating(), k -> new TreeMap<>())
                    .computeIfAbsent(card.days()[card.firstLongTerm()], k -> new ArrayList<>()).add(c);
        }
        List<Integer> initialization = new ArrayList<>();
        boolean[] kept = new boolean[cards.size()];
        for (TreeMap<Integer, List<Integer>> byInterval : groups.values()) {
            keepCommonIntervals(cards, byInterval, initialization, kept);
        }
        List<Card> keptCards = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        for (int c = 0; c < cards.size(); c++) {
            if (kept[c]) {
                index.put(c, keptCards.size());
                keptCards.add(cards.get(c));
            }
        }
        List<int[]> positions = new ArrayList<>();
        for (int c : initialization) {
            positions.add(new int[]{index.get(c), cards.get(c).firstLongTerm()});
        }
        List<int[]> later = new ArrayList<>();
        for (int c = 0; c < keptCards.size(); c++) {
            Card card = keptCards.get(c);
            for (int i = card.firstLongTerm() + 1; i < card.days().length; i++) {
                if (card.days()[i] > 0) {
                    later.add(new int[]{c, i});
                }
            }
        }
        later.sort(Comparator.<int[]>comparingLong(p -> keptCards.get(p[0]).times()[p[1]]).thenComparingInt(p -> p[0]));
        positions.addAll(later);
        List<Item> items = new ArrayList<>(positions.size());
        double last = Math.max(positions.size() - 1, 1);
        for (int k = 0; k < positions.size(); k++) {
            double x = k / last;
            items.add(new Item(positions.get(k)[0], positions.get(k)[1], 0.25 + 0.75 * x * x * x));
        }
        return new TrainingSet(keptCards, items, initialization.size());
    }

    /**
     * Within one first grade: the rarest first intervals are dropped until 5% (at least 20) of the grade's cards
     * are; after that an interval is kept if at least six cards share it and it is at most 100 days (365 after
     * Easy). Kept cards' first long-term reviews join the initialization set in that order.
     */
    private static void keepCommonIntervals(List<Card> cards, TreeMap<Integer, List<Integer>> byInterval,
                                            List<Integer> initialization, boolean[] kept) {
        List<Map.Entry<Integer, List<Integer>>> sizes = new ArrayList<>(byInterval.entrySet());
        sizes.sort(Comparator.<Map.Entry<Integer, List<Integer>>>comparingInt(e -> e.getValue().size())
                .thenComparingInt(Map.Entry::getKey));
        int total = sizes.stream().mapToInt(e -> e.getValue().size()).sum();
        int removed = 0;
        for (Map.Entry<Integer, List<Integer>> group : sizes) {
            int size = group.getValue().size();
            if (removed + size >= Math.max(MIN_REMOVED, total / 20)) {
                int rating = cards.get(group.getValue().get(0)).firstRating();
                if (size >= MIN_KEPT_GROUP && group.getKey() <= (rating != Rating.EASY.value() ? 100 : 365)) {
                    List<Integer> members = new ArrayList<>(group.getValue());
                    members.sort(Comparator.comparingLong(c -> cards.get(c).times()[cards.get(c).firstLongTerm()]));
                    initialization.addAll(members);
                    members.forEach(c -> kept[c] = true);
                }
            } else {
                removed += size;
            }
        }
    }

    List<Card> cards() {
        return cards;
    }

    List<Item> items() {
        return items;
    }

    /** The recency weight of each position of card {@code c}: 0 where it is not an item. */
    double[] weights(int c) {
        return itemWeights[c];
    }

    /** How many reviews are predicted: fsrs-rs's train set. */
    public int size() {
        return items.size();
    }

    /** How many cards the predicted reviews belong to. */
    public int cardCount() {
        return (int) items.stream().mapToInt(Item::card).distinct().count();
    }

    /** How many of them are a card's first long-term review, the data the initial stabilities are fitted to. */
    public int initializationSize() {
        return initializationItems;
    }

    /** The share of predicted reviews that were recalled. */
    double averageRecall() {
        if (items.isEmpty()) {
            return 0;
        }
        long recalled = items.stream().filter(i -> cards.get(i.card()).ratings()[i.position()] > 1).count();
        return (double) recalled / items.size();
    }
}
