package com.portdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.optimize.Evaluation;
import com.portdrill.srs.optimize.LoggedReview;
import com.portdrill.srs.optimize.Optimizer;
import com.portdrill.srs.optimize.TrainingSet;
import com.portdrill.store.ParametersFile;
import com.portdrill.store.StoreException;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code portdrill optimize}: fits FSRS-6's parameters to the learner's history (or a revlog CSV) and keeps them
 * when they predict it better than those in use; {@code --evaluate} only measures, {@code --reset} goes back to
 * the defaults.
 */
public final class OptimizeCommand implements Callable<Integer> {
    PortdrillCommand parent;

    CommandSpec spec;

    Path revlog;

    boolean evaluate;

    boolean reset;

    boolean json;

    @Override
    public Integer call() throws IOException {
        if (reset && (evaluate || revlog != null)) {
            throw UserError.usage("--reset takes no --evaluate or --revlog; run it on its own");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = parent.around.clock();
        Path dataDir = parent.global.dataDir();
        Messages m = Messages.of(json ? Lang.EN : Languages.reporting(parent.global, clock, w -> warn(err, w)));
        try {
            if (reset) {
                ParametersFile.reset(dataDir);
                if (json) {
                    out.println("{\"reset\":true}");
                } else {
                    out.println(m.get(Message.OPTIMIZE_RESET));
                }
                out.flush();
                return ExitCode.OK;
            }
            List<LoggedReview> reviews = revlog != null ? Optimization.revlog(revlog)
                    : Optimization.journal(dataDir, clock, w -> warn(err, w));
            String source = revlog != null ? String.valueOf(revlog.getFileName()) : "journal";
            if (evaluate) {
                evaluate(reviews, dataDir, clock, m, out, err);
            } else {
                Optimization.Result r = Optimization.run(reviews, source, dataDir, clock, parent.global.seed(),
                        true, w -> warn(err, w));
                if (json) {
                    json(out, r);
                } else {
                    Optimization.report(r, m).forEach(line -> out.println(Sanitize.forTerminal(line)));
                }
            }
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
        out.flush();
        return ExitCode.OK;
    }

    private void evaluate(List<LoggedReview> reviews, Path dataDir, Clock clock, Messages m, PrintWriter out,
                          PrintWriter err) throws IOException {
        ParametersFile.Loaded loaded = ParametersFile.load(dataDir, clock);
        loaded.warning().ifPresent(w -> warn(err, w));
        List<Double> weights = loaded.fitted().map(ParametersFile.Fitted::weights).orElse(Parameters.DEFAULT_WEIGHTS);
        TrainingSet set = TrainingSet.of(reviews);
        Evaluation e = Evaluation.of(weights.stream().mapToDouble(Double::doubleValue).toArray(), set);
        if (json) {
            try (JsonGenerator g = generator(out)) {
                g.writeStartObject();
                g.writeNumberField("reviews", set.size());
                current(g, loaded.fitted(), e, weights);
                g.writeEndObject();
            }
            out.println();
        } else if (reviews.isEmpty()) {
            out.println(m.get(Message.OPTIMIZE_NO_REVIEWS));
        } else if (set.size() == 0) {
            out.println(m.get(Message.OPTIMIZE_TOO_FEW, 0, reviews.size(), Optimizer.MIN_ITEMS));
        } else {
            out.println(Sanitize.forTerminal(Optimization.metrics(m, Optimization.current(loaded.fitted(), m), e)));
        }
    }

    private static void json(PrintWriter out, Optimization.Result r) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeNumberField("reviews", r.set().size());
            g.writeNumberField("cards", r.set().cardCount());
            g.writeStringField("stage", r.refit().fit().stage().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            List<Double> inUse = r.current().map(ParametersFile.Fitted::weights).orElse(Parameters.DEFAULT_WEIGHTS);
            current(g, r.current(), r.refit().current(), inUse);
            g.writeObjectFieldStart("fitted");
            metrics(g, r.refit().fitted());
            weights(g, r.refit().fit().weights());
            g.writeEndObject();
            g.writeBooleanField("kept", r.saved());
            g.writeNumberField("ms", r.ms());
            g.writeEndObject();
        }
        out.println();
    }

    private static void current(JsonGenerator g, Optional<ParametersFile.Fitted> fitted, Evaluation e,
                                List<Double> weights) throws IOException {
        g.writeObjectFieldStart("current");
        g.writeStringField("source", fitted.isPresent() ? "fitted" : "default");
        if (fitted.isPresent()) {
            g.writeStringField("fittedAt", fitted.get().fittedAt().toString());
        }
        metrics(g, e);
        weights(g, weights);
        g.writeEndObject();
    }

    private static void metrics(JsonGenerator g, Evaluation e) throws IOException {
        if (e.items() == 0) {
            g.writeNullField("logLoss");
            g.writeNullField("rmseBins");
        } else {
            g.writeNumberField("logLoss", e.logLoss());
            g.writeNumberField("rmseBins", e.rmseBins());
        }
    }

    private static void weights(JsonGenerator g, List<Double> w) throws IOException {
        g.writeArrayFieldStart("weights");
        for (double x : w) {
            g.writeNumber(x);
        }
        g.writeEndArray();
    }

    private static JsonGenerator generator(PrintWriter out) throws IOException {
        return new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static void warn(PrintWriter err, String warning) {
        err.println("portdrill: " + Sanitize.forTerminal(warning));
        err.flush();
    }
}
