package com.portdrill.bench;

import com.portdrill.srs.CardState;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Rating;
import com.portdrill.srs.Scheduler;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The benchmark simulation of {@code shared/bench/ts-fsrs-throughput.mjs}: {@code cards} new cards created at
 * T0, each reviewed {@code reviews} times exactly when due, rated by one LCG stream consumed card after card;
 * fuzz off and ts-fsrs's default parameters.
 *
 * @param cards     how many cards
 * @param reviews   how many reviews per card
 * @param seed      the LCG's seed
 * @param dumpCards how many of the first cards report every review as a {@link GoldenRow}
 */
public record Simulation(int cards, int reviews, int seed, int dumpCards) {
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    public Simulation {
        if (cards < 0 || reviews < 0 || dumpCards < 0) {
            throw new IllegalArgumentException("cards, reviews and dump cards are counts, not negative");
        }
    }

    /** The total number of reviews one run makes. */
    public long totalReviews() {
        return (long) cards * reviews;
    }

    /** Runs the simulation, handing each review of the first {@code dumpCards} cards to {@code rows}. */
    public Checksums run(Consumer<GoldenRow> rows) {
        Scheduler scheduler = new Scheduler(Parameters.defaults());
        RatingStream ratings = new RatingStream(seed);
        double stabilitySum = 0;
        double difficultySum = 0;
        long dueMsSum = 0;
        for (int c = 0; c < cards; c++) {
            CardState card = CardState.newCard(T0);
            Instant now = T0;
            for (int r = 0; r < reviews; r++) {
                Rating rating = ratings.next();
                CardState next = scheduler.next(card, now, rating);
                if (c < dumpCards) {
                    rows.accept(new GoldenRow(c, r, rating, now, next));
                }
                card = next;
                now = card.due();
            }
            stabilitySum += card.stability();
            difficultySum += card.difficulty();
            dueMsSum += card.due().toEpochMilli();
        }
        return new Checksums(stabilitySum, difficultySum, dueMsSum);
    }

    /** Runs the simulation without reporting rows. */
    public Checksums run() {
        return run(row -> { });
    }
}
