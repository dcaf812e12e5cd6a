package com.portdrill.srs.optimize;

import com.portdrill.srs.Parameters;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The four initial stabilities fitted as fsrs-rs pre-trains them: for each first grade, the recall of the first
 * long-term review at each interval (smoothed towards the average recall) is fitted with the forgetting curve by
 * a ternary search, weighted by each interval's count and held near the default by an L1 term;
 * then grades are put in order (a better first grade never remembers for less) and missing grades filled in.
 */
final class InitialStability {
    private static final double MIN = 0.1;
    private static final double MAX = 100;
    private static final double DEFAULT_DECAY = -Parameters.DEFAULT_WEIGHTS.get(20);
    private static final double FACTOR = Math.exp(Math.log(0.9) / DEFAULT_DECAY) - 1;
    /** fsrs-rs's smoothing weights between neighbouring grades. */
    private static final double W1 = 3.0 / 5;
    private static final double W2 = 3.0 / 5;

    /**
     * @param stabilities the fitted S0 of grades 1–4, in order
     * @param counts      how many first long-term reviews each first grade had
     */
    record Fitted(double[] stabilities, Map<Integer, Integer> counts) {
    }

    private InitialStability() {
    }

    /** Fits the stabilities to the set's first long-term reviews; empty counts when there are none. */
    static Fitted fit(TrainingSet set) {
        // first grade -> interval -> {recalled, count}
        Map<Integer, TreeMap<Integer, double[]>> data = new TreeMap<>();
        for (int k = 0; k < set.initializationSize(); k++) {
            TrainingSet.Item item = set.items().get(k);
            TrainingSet.Card card = set.cards().get(item.card());
            double[] cell = data.computeIfAbsent(card.firstRating(), g -> new TreeMap<>())
                    .computeIfAbsent(card.days()[item.position()], t -> new double[2]);
            cell[0] += card.ratings()[item.position()] > 1 ? 1 : 0;
            cell[1] += 1;
        }
        double average = set.averageRecall();
        Map<Integer, Double> stabilities = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Map.Entry<Integer, TreeMap<Integer, double[]>> grade : data.entrySet()) {
            int n = (int) grade.getValue().values().stream().mapToDouble(c -> c[1]).sum();
            counts.put(grade.getKey(), n);
            stabilities.put(grade.getKey(), search(grade.getValue(), n, average, defaultOf(grade.getKey())));
        }
        if (stabilities.isEmpty()) {
            return new Fitted(defaults(), counts);
        }
        return new Fitted(smoothAndFill(stabilities, counts), counts);
    }

    static double[] defaults() {
        double[] s = new double[4];
        for (int g = 1; g <= 4; g++) {
            s[g - 1] = defaultOf(g);
        }
        return s;
    }

    private static double defaultOf(int grade) {
        return Parameters.DEFAULT_WEIGHTS.get(grade - 1);
    }

    private static double search(TreeMap<Integer, double[]> byInterval, int n, double average, double defaultS0) {
        double low = MIN;
        double high = MAX;
        double best = 1;
        for (int iter = 0; high - low > 1.1920929e-7 && iter < 1000; iter++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(byInterval, n, average, mid1, defaultS0) < loss(byInterval, n, average, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            best = (high + low) / 2;
        }
        return best;
    }

    private static double loss(TreeMap<Integer, double[]> byInterval, int n, double average, double s0, double defaultS0) {
        double loss = 0;
        for (Map.Entry<Integer, double[]> cell : byInterval.entrySet()) {
            double count = cell.getValue()[1];
            double recall = (cell.getValue()[0] / count * n + average) / (n + 1);
            double p = Math.pow(1 + FACTOR * cell.getKey() / s0, DEFAULT_DECAY);
            loss -= (recall * Math.log(p) + (1 - recall) * Math.log(1 - p)) * count;
        }
        return loss + Math.abs(s0 - defaultS0) / 16;
    }

    /**
     * Puts the grades in order (when a worse grade's stability is above a better one's, the grade with fewer reviews
     * takes the other's value) and fills grades without data from their neighbours, then clamps to [0.1, 100].
     */
    static double[] smoothAndFill(Map<Integer, Double> fitted, Map<Integer, Integer> counts) {
        Map<Integer, Double> s = new TreeMap<>(fitted);
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            Double small = s.get(pair[0]);
            Double big = s.get(pair[1]);
            if (small != null && big != null && small > big) {
                if (counts.getOrDefault(pair[0], 0) > counts.getOrDefault(pair[1], 0)) {
                    s.put(pair[1], small);
                } else {
                    s.put(pair[0], big);
                }
            }
        }
        double[] out = new double[4];
        if (s.size() == 1) {
            int grade = s.keySet().iterator().next();
            double scale = s.get(grade) / defaultOf(grade);
            double[] scaled = defaults();
            for (int i = 0; i < 4; i++) {
                scaled[i] *= scale;
            }
            Arrays.sort(scaled);
            out = scaled;
        } else {
            Double r1 = s.get(1);
            Double r2 = s.get(2);
            Double r3 = s.get(3);
            Double r4 = s.get(4);
            if (r1 == null && r2 == null) {
                r2 = Math.pow(r3, 1 / (1 - W2)) * Math.pow(r4, 1 - 1 / (1 - W2));
                r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
            } else if (r1 == null && r3 == null) {
                r3 = Math.pow(r2, 1 - W2) * Math.pow(r4, W2);
                r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
            } else if (r1 == null && r4 == null) {
                r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
            } else if (r2 == null && r3 == null) {
                double k = W1 - W1 * W2 + W2;
                r2 = Math.pow(r1, W1 / k) * Math.pow(r4, 1 - W1 / k);
                r3 = Math.pow(r1, 1 - W2 / k) * Math.pow(r4, W2 / k);
            } else if (r2 == null && r4 == null) {
                r2 = Math.pow(r1, W1) * Math.pow(r3, 1 - W1);
                r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
            } else if (r3 == null && r4 == null) {
                r3 = Math.pow(r1, 1 - 1 / (1 - W1)) * Math.pow(r2, 1 / (1 - W1));
                r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
            } else if (r1 == null) {
                r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
            } else if (r2 == null) {
                r2 = Math.pow(r1, W1) * Math.pow(r3, 1 - W1);
            } else if (r3 == null) {
                r3 = Math.pow(r2, 1 - W2) * Math.pow(r4, W2);
            } else if (r4 == null) {
                r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
            }
            out = new double[]{r1, r2, r3, r4};
        }
        for (int i = 0; i < 4; i++) {
            out[i] = Math.min(Math.max(out[i], MIN), MAX);
        }
        return out;
    }
}
