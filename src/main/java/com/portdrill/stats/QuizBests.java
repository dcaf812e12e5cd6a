package com.portdrill.stats;

import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Personal bests as they grew: a quiz is only comparable with quizzes of the same deck, length and mode. */
final class QuizBests {
    private QuizBests() {
    }

    private record Key(String deck, int seconds, AnswerMode mode) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::deck)
                .thenComparingInt(Key::seconds).thenComparing(Key::mode);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    static List<Statistics.QuizSeries> of(List<QuizResult> results) {
        Map<Key, List<QuizResult>> byKey = new TreeMap<>();
        for (QuizResult r : results) {
            byKey.computeIfAbsent(new Key(r.deck(), r.seconds(), r.mode()), k -> new ArrayList<>()).add(r);
        }
        List<Statistics.QuizSeries> series = new ArrayList<>();
        byKey.forEach((key, quizzes) -> {
            quizzes.sort(Comparator.comparing(QuizResult::finishedAt));
            List<Statistics.QuizPoint> points = new ArrayList<>();
            int best = 0;
            for (QuizResult q : quizzes) {
                best = Math.max(best, q.score());
                points.add(new Statistics.QuizPoint(q.finishedAt(), q.score(), best));
            }
            series.add(new Statistics.QuizSeries(key.deck(), key.seconds(), key.mode(), points));
        });
        return series;
    }
}
