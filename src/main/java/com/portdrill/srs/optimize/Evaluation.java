package com.portdrill.srs.optimize;

import java.util.HashMap;
import java.util.Map;

/**
 * How well parameters predict a review log, as fsrs-rs's evaluator measures it: over the items of a
 * {@link TrainingSet}, in sample, each weighted for recency.
 *
 * @param logLoss  the weighted mean log loss (binary cross-entropy)
 * @param rmseBins the root mean square gap between predicted and actual recall over bins of interval, review
 *                 count and lapses, weighted by each bin's recency weight
 * @param items    how many reviews were predicted
 */
public record Evaluation(double logLoss, double rmseBins, int items) {

    /** Parameters over a set, measured. */
    public static Evaluation of(double[] weights, TrainingSet set) {
        if (set.size() == 0) {
            return new Evaluation(Double.NaN, Double.NaN, 0);
        }
        CardReplay replay = new CardReplay(ParameterBounds.clipped(weights));
        double loss = 0;
        double weightSum = 0;
        Map<Long, double[]> bins = new HashMap<>();
        for (int c = 0; c < set.cards().size(); c++) {
            TrainingSet.Card card = set.cards().get(c);
            double[] itemWeights = set.weights(c);
            double[] predictions = new double[card.ratings().length];
            loss += replay.replay(card, itemWeights, null, predictions);
            int longTerm = 0;
            int lapses = 0;
            for (int i = 1; i < predictions.length; i++) {
                if (card.days()[i] > 0) {
                    longTerm++;
                }
                if (itemWeights[i] != 0) {
                    weightSum += itemWeights[i];
                    double[] bin = bins.computeIfAbsent(bin(card.days()[i], longTerm, lapses), k -> new double[4]);
                    bin[0] += predictions[i];
                    bin[1] += card.ratings()[i] > 1 ? 1 : 0;
                    bin[2] += 1;
                    bin[3] += itemWeights[i];
                }
                if (card.days()[i] > 0 && card.ratings()[i] == 1) {
                    lapses++;
                }
            }
        }
        double squares = 0;
        double binWeights = 0;
        for (double[] bin : bins.values()) {
            double gap = bin[0] / bin[2] - bin[1] / bin[2];
            squares += gap * gap * bin[3];
            binWeights += bin[3];
        }
        return new Evaluation(loss / weightSum, Math.sqrt(squares / binWeights), set.size());
    }

    /**
     * fsrs-rs's R-matrix bin: the interval, the number of long-term reviews including this one plus one, and the
     * earlier long-term lapses, each on a logarithmic scale.
     */
    private static long bin(int days, int longTermReviews, int lapses) {
        long interval = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(days) / Math.log(3.62))) * 100);
        double length = longTermReviews + 1;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        long lapseBin = lapses == 0 ? 0
                : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (interval << 32) | (lengthBin << 16) | lapseBin;
    }
}
