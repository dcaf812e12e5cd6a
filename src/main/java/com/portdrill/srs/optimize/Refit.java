package com.portdrill.srs.optimize;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One "Optimize": the weights in use and freshly fitted ones measured on the same reviews, and the fitted ones
 * kept only when they predict better (a lower log loss), as Anki decides.
 *
 * @param current how the weights in use predict the reviews
 * @param fit     the fit
 * @param fitted  how the fitted weights predict them
 */
public record Refit(Evaluation current, Optimizer.Fit fit, Evaluation fitted) {

    public static Refit of(TrainingSet set, List<Double> current, RandomGenerator random) {
        Optimizer.Fit fit = Optimizer.fit(set, random);
        return new Refit(Evaluation.of(unboxed(current), set), fit, Evaluation.of(unboxed(fit.weights()), set));
    }

    /** Whether the fitted weights should replace those in use. */
    public boolean better() {
        return fit.stage() != Optimizer.Stage.DEFAULTS && fitted.logLoss() < current.logLoss();
    }

    static double[] unboxed(List<Double> w) {
        return w.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
