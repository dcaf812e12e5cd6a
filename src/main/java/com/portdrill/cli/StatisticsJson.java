package com.portdrill.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.portdrill.stats.DayCount;
import com.portdrill.stats.Statistics;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code stats --json}: every figure under a stable name, streamed so that the command starts fast. Field names
 * are a contract with scripts: add, never rename.
 */
final class StatisticsJson {
    private StatisticsJson() {
    }

    /**
     * @param stored the journal's entries: {@code reviews}, the answers stored; {@code answers} counts a re-grade
     *               with the answer it changed
     */
    static void write(JsonGenerator g, int stored, Statistics s, ZoneId zone, SchedulingParameters.Active fsrs)
            throws IOException {
        Statistics.Totals t = s.totals();
        g.writeStartObject();
        g.writeNumberField("reviews", stored);
        g.writeNumberField("answers", t.reviews());
        g.writeNumberField("correct", t.correct());
        share(g, "correctShare", t.correctShare());
        g.writeObjectFieldStart("today");
        g.writeStringField("date", s.today().toString());
        g.writeNumberField("reviews", t.today());
        g.writeNumberField("correct", t.correctToday());
        g.writeEndObject();
        g.writeStringField("zone", zone.getId());
        g.writeNumberField("streak", s.streak().current());
        g.writeNumberField("longestStreak", s.streak().longest());
        days(g, "reviewsPerDay", s.reviewsPerDay());
        retention(g, s.retention());
        Statistics.CardsByState c = s.cardsByState();
        g.writeObjectFieldStart("cardsByState");
        g.writeNumberField("new", c.fresh());
        g.writeNumberField("learning", c.learning());
        g.writeNumberField("review", c.review());
        g.writeNumberField("relearning", c.relearning());
        g.writeEndObject();
        days(g, "dueForecast", s.dueForecast());
        weakest(g, s.weakest());
        quizBests(g, s.quizBests());
        perKind(g, s.perKind());
        fsrs(g, fsrs);
        g.writeEndObject();
    }

    private static void retention(JsonGenerator g, Statistics.Retention r) throws IOException {
        g.writeObjectFieldStart("retention");
        share(g, "trueRetention", r.trueRetention());
        g.writeNumberField("target", r.target());
        g.writeNumberField("reviews", r.reviews());
        g.writeNumberField("passed", r.passed());
        g.writeNumberField("days", r.days());
        g.writeEndObject();
    }

    private static void weakest(JsonGenerator g, List<Statistics.WeakCard> weakest) throws IOException {
        objects(g, "weakest", weakest, (o, w) -> {
            o.writeStringField("cardId", w.cardId());
            o.writeStringField("direction", w.direction().code());
            o.writeArrayFieldStart("ports");
            for (int p : w.ports()) {
                o.writeNumber(p);
            }
            o.writeEndArray();
            o.writeStringField("service", w.service());
            o.writeStringField("answer", w.answer());
            o.writeNumberField("retrievability", w.retrievability());
            o.writeNumberField("lapses", w.lapses());
            o.writeNumberField("missesToday", w.missesToday());
            o.writeStringField("state", w.state().name().toLowerCase(Locale.ROOT));
        });
    }

    private static void perKind(JsonGenerator g, List<Statistics.KindShare> kinds) throws IOException {
        objects(g, "perKind", kinds, (o, k) -> {
            o.writeStringField("kind", k.kind().code());
            o.writeNumberField("answers", k.answers());
            o.writeNumberField("correct", k.correct());
        });
    }

    private static void quizBests(JsonGenerator g, List<Statistics.QuizSeries> series) throws IOException {
        objects(g, "quizBests", series, (o, q) -> {
            o.writeStringField("deck", q.deck());
            o.writeNumberField("seconds", q.seconds());
            o.writeStringField("mode", q.mode().code());
            o.writeNumberField("best", q.best());
            objects(o, "history", q.points(), (h, p) -> {
                h.writeStringField("finishedAt", p.finishedAt().toString());
                h.writeNumberField("score", p.score());
                h.writeNumberField("best", p.best());
            });
        });
    }

    private static void days(JsonGenerator g, String field, List<DayCount> days) throws IOException {
        objects(g, field, days, (o, d) -> {
            o.writeStringField("date", d.date().toString());
            o.writeNumberField("count", d.count());
        });
    }

    /** Writes one object's fields; the object's braces are {@link #objects}'s. */
    @FunctionalInterface
    private interface Fields<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    /** {@code field} as an array with one object per item, each filled by {@code fields}. */
    private static <T> void objects(JsonGenerator g, String field, List<T> items, Fields<T> fields) throws IOException {
        g.writeArrayFieldStart(field);
        for (T item : items) {
            g.writeStartObject();
            fields.write(g, item);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void share(JsonGenerator g, String field, OptionalDouble share) throws IOException {
        if (share.isPresent()) {
            g.writeNumberField(field, share.getAsDouble());
        } else {
            g.writeNullField(field);
        }
    }

    /** The FSRS parameters in use: whether fitted, when, to how many reviews, and the desired retention. */
    private static void fsrs(JsonGenerator g, SchedulingParameters.Active fsrs) throws IOException {
        g.writeObjectFieldStart("fsrs");
        g.writeStringField("parameters", fsrs.fitted().isPresent() ? "fitted" : "default");
        if (fsrs.fitted().isPresent()) {
            g.writeStringField("fittedAt", fsrs.fitted().get().fittedAt().toString());
            g.writeNumberField("fittedReviews", fsrs.fitted().get().reviews());
            g.writeNumberField("logLoss", fsrs.fitted().get().logLoss());
        }
        g.writeNumberField("desiredRetention", fsrs.parameters().desiredRetention());
        g.writeArrayFieldStart("weights");
        for (double w : fsrs.parameters().weights()) {
            g.writeNumber(w);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
