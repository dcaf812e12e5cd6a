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
        g.writeArrayFieldStart("weakest");
        for (Statistics.WeakCard w : weakest) {
            g.writeStartObject();
            g.writeStringField("cardId", w.cardId());
            g.writeStringField("direction", w.direction().code());
            g.writeArrayFieldStart("ports");
            for (int p : w.ports()) {
                g.writeNumber(p);
            }
            g.writeEndArray();
            g.writeStringField("service", w.service());
            g.writeStringField("answer", w.answer());
            g.writeNumberField("retrievability", w.retrievability());
            g.writeNumberField("lapses", w.lapses());
            g.writeNumberField("missesToday", w.missesToday());
            g.writeStringField("state", w.state().name().toLowerCase(Locale.ROOT));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void perKind(JsonGenerator g, List<Statistics.KindShare> kinds) throws IOException {
        g.writeArrayFieldStart("perKind");
        for (Statistics.KindShare k : kinds) {
            g.writeStartObject();
            g.writeStringField("kind", k.kind().code());
            g.writeNumberField("answers", k.answers());
            g.writeNumberField("correct", k.correct());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void quizBests(JsonGenerator g, List<Statistics.QuizSeries> series) throws IOException {
        g.writeArrayFieldStart("quizBests");
        for (Statistics.QuizSeries q : series) {
            g.writeStartObject();
            g.writeStringField("deck", q.deck());
            g.writeNumberField("seconds", q.seconds());
            g.writeStringField("mode", q.mode().code());
            g.writeNumberField("best", q.best());
            g.writeArrayFieldStart("history");
            for (Statistics.QuizPoint p : q.points()) {
                g.writeStartObject();
                g.writeStringField("finishedAt", p.finishedAt().toString());
                g.writeNumberField("score", p.score());
                g.writeNumberField("best", p.best());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void days(JsonGenerator g, String field, List<DayCount> days) throws IOException {
        g.writeArrayFieldStart(field);
        for (DayCount d : days) {
            g.writeStartObject();
            g.writeStringField("date", d.date().toString());
            g.writeNumberField("count", d.count());
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
