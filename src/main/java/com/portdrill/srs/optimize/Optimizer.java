package com.portdrill.srs.optimize;

import com.portdrill.srs.Parameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Fits FSRS-6's 21 weights to a {@link TrainingSet}, in fsrs-rs's manner: the four initial stabilities are
 * pre-trained, then Adam (learning rate 0.04, cosine-annealed to 0) follows the analytic gradient of the
 * recency-weighted log loss plus an L2 pull towards the starting weights, with every weight clipped to its range
 * after each step. Unlike fsrs-rs it batches whole cards, so that one pass over a card gives the gradient of all
 * its reviews, and it gives small logs more passes; of the weights it went through (and the defaults) it keeps
 * those that predict the log best. The only randomness, the order of cards, comes from the generator given.
 */
public final class Optimizer {
    /** fsrs-rs keeps the defaults below this many reviews to predict. */
    public static final int MIN_ITEMS = 8;
    /** ... and below this many fits only the initial stabilities. */
    public static final int MIN_ITEMS_FOR_ALL = 64;
    private static final int BATCH_ITEMS = 512;
    private static final int MIN_EPOCHS = 5;
    /** fsrs-rs takes 5 epochs whatever the size; small logs need more steps than that gives them. */
    private static final int MIN_STEPS = 80;
    /** A log that fits one batch converges in fewer steps (measured on the committed simulated logs). */
    private static final int MIN_STEPS_ONE_BATCH = 40;
    private static final double LEARNING_RATE = 0.04;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private static final double GAMMA = 1;
    /** fsrs-rs's spread of each weight across users, which scales its pull towards the start. */
    private static final double[] STDDEV = {
            6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
            1.03, 0.31, 0.32, 0.14, 0.27};

    /** How far a fit went. */
    public enum Stage {
        /** Too few reviews: the defaults are kept. */
        DEFAULTS,
        /** Few reviews: only the four initial stabilities were fitted. */
        INITIAL_STABILITY,
        /** All 21 weights were fitted. */
        ALL
    }

    /**
     * @param weights the fitted weights, within fsrs-rs's ranges
     * @param stage   how far the fit went
     * @param items   how many reviews it predicted
     */
    public record Fit(List<Double> weights, Stage stage, int items) {
        public Fit {
            weights = List.copyOf(weights);
        }
    }

    private Optimizer() {
    }

    /** Fits the weights to {@code set}; the same set and seed give the same weights. */
    public static Fit fit(TrainingSet set, RandomGenerator random) {
        double[] defaults = defaults();
        if (set.size() < MIN_ITEMS) {
            return new Fit(boxed(defaults), Stage.DEFAULTS, set.size());
        }
        InitialStability.Fitted initial = InitialStability.fit(set);
        double[] start = defaults.clone();
        System.arraycopy(initial.stabilities(), 0, start, 0, 4);
        ParameterBounds.clip(start);
        if (set.size() < MIN_ITEMS_FOR_ALL || set.size() == set.initializationSize()) {
            return new Fit(boxed(better(set, start, defaults)), Stage.INITIAL_STABILITY, set.size());
        }
        double[] trained = train(set, start, random);
        double[] smoothed = trained.clone();
        Map<Integer, Double> s0 = new TreeMap<>();
        for (int g = 1; g <= 4; g++) {
            if (initial.counts().containsKey(g)) {
                s0.put(g, trained[g - 1]);
            }
        }
        if (!s0.isEmpty()) {
            System.arraycopy(InitialStability.smoothAndFill(s0, initial.counts()), 0, smoothed, 0, 4);
            ParameterBounds.clip(smoothed);
        }
        return new Fit(boxed(better(set, better(set, smoothed, trained), defaults)), Stage.ALL, set.size());
    }

    /** {@code a} unless {@code b} predicts the set better. */
    private static double[] better(TrainingSet set, double[] a, double[] b) {
        return objective(set, a) <= objective(set, b) ? a : b;
    }

    private static double[] train(TrainingSet set, double[] start, RandomGenerator random) {
        List<Integer> cards = new ArrayList<>();
        int[] itemCount = new int[set.cards().size()];
        for (TrainingSet.Item item : set.items()) {
            itemCount[item.card()]++;
        }
        for (int c = 0; c < itemCount.length; c++) {
            if (itemCount[c] > 0) {
                cards.add(c);
            }
        }
        int total = set.size();
        int batchesPerEpoch = Math.max(1, (total + BATCH_ITEMS - 1) / BATCH_ITEMS);
        int minSteps = batchesPerEpoch == 1 ? MIN_STEPS_ONE_BATCH : MIN_STEPS;
        int epochs = Math.max(MIN_EPOCHS, (minSteps + batchesPerEpoch - 1) / batchesPerEpoch);
        double totalSteps = (double) epochs * batchesPerEpoch;

        double[] w = start.clone();
        double[] m = new double[CardReplay.N];
        double[] v = new double[CardReplay.N];
        double[] gradient = new double[CardReplay.N];
        double[] best = start.clone();
        double bestLoss = objective(set, start);
        int step = 0;
        int[] order = cards.stream().mapToInt(Integer::intValue).toArray();
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            int next = 0;
            for (int b = 0; b < batchesPerEpoch && next < order.length; b++) {
                int batchItems = 0;
                Arrays.fill(gradient, 0);
                CardReplay replay = new CardReplay(w);
                int quota = b == batchesPerEpoch - 1 ? Integer.MAX_VALUE : BATCH_ITEMS;
                while (next < order.length && batchItems < quota) {
                    int c = order[next++];
                    replay.replay(set.cards().get(c), set.weights(c), gradient, null);
                    batchItems += itemCount[c];
                }
                double scale = GAMMA * batchItems / total;
                for (int k = 0; k < CardReplay.N; k++) {
                    gradient[k] += 2 * (w[k] - start[k]) / (STDDEV[k] * STDDEV[k]) * scale;
                }
                step++;
                double lr = LEARNING_RATE * (1 + Math.cos(Math.PI * step / totalSteps)) / 2;
                adam(w, gradient, m, v, step, lr);
                ParameterBounds.clip(w);
            }
            // Small logs take many short epochs: looking at every tenth of them is enough to keep the best.
            if ((epoch + 1) % Math.max(1, epochs / 10) != 0 && epoch + 1 != epochs) {
                continue;
            }
            double loss = objective(set, w);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        return best;
    }

    private static void adam(double[] w, double[] g, double[] m, double[] v, int t, double lr) {
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int k = 0; k < w.length; k++) {
            m[k] = BETA1 * m[k] + (1 - BETA1) * g[k];
            v[k] = BETA2 * v[k] + (1 - BETA2) * g[k] * g[k];
            w[k] -= lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + EPSILON);
        }
    }

    /** The weighted mean log loss, which the evaluator reports. */
    static double objective(TrainingSet set, double[] w) {
        CardReplay replay = new CardReplay(w);
        double loss = 0;
        double weights = 0;
        for (int c = 0; c < set.cards().size(); c++) {
            loss += replay.replay(set.cards().get(c), set.weights(c), null, null);
        }
        for (TrainingSet.Item item : set.items()) {
            weights += item.weight();
        }
        return loss / weights;
    }

    private static void shuffle(int[] order, RandomGenerator random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    static double[] defaults() {
        return Parameters.DEFAULT_WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<Double> boxed(double[] w) {
        List<Double> out = new ArrayList<>(w.length);
        for (double x : w) {
            out.add(x);
        }
        return out;
    }
}
