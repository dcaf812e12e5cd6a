package com.portdrill.srs;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review by review against rows that ts-fsrs 5.4.2 wrote (see src/test/resources/srs/): the same ratings at the
 * same times must give the same days and due times exactly, and the same stability and difficulty bit for bit.
 */
class TsFsrsParityTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final Scheduler scheduler = new Scheduler(Parameters.defaults());

    /** Rows from {@code ts-fsrs-throughput.mjs --dump}: every review happens when the card is due. */
    @ParameterizedTest
    @ValueSource(strings = {"ts-fsrs-seed1-20x20.jsonl", "ts-fsrs-seed7-20x20.jsonl", "ts-fsrs-seed42-20x20.jsonl",
            "ts-fsrs-seed2024-12x60.jsonl"})
    void reviewsAtEachDueTimeMatchTsFsrs(String file) {
        List<JsonNode> rows = GoldenFiles.rows(file);
        CardState card = null;
        Instant now = T0;
        for (JsonNode row : rows) {
            if (row.get("review").asInt() == 0) {
                card = CardState.newCard(T0);
                now = T0;
            }
            assertThat(now).as(where(file, row)).isEqualTo(Instant.parse(row.get("now").asText()));
            card = scheduler.next(card, now, Rating.ofValue(row.get("rating").asInt()));
            assertSameCard(card, row, where(file, row));
            now = card.due();
        }
        assertThat(rows).hasSizeGreaterThan(200);
    }

    /** Reviews early, late by minutes across midnight and late by days, with the retrievability just before each. */
    @Test
    void reviewsAtIrregularTimesMatchTsFsrs() {
        String file = "ts-fsrs-irregular.jsonl";
        CardState card = null;
        for (JsonNode row : GoldenFiles.rows(file)) {
            Instant now = Instant.parse(row.get("now").asText());
            if (row.get("review").asInt() == 0) {
                card = CardState.newCard(T0);
            }
            assertThat(scheduler.retrievability(card, now)).as(where(file, row))
                    .isEqualTo(row.get("retrievability").asDouble());
            card = scheduler.next(card, now, Rating.ofValue(row.get("rating").asInt()));
            assertSameCard(card, row, where(file, row));
            assertThat(card.reps()).as(where(file, row)).isEqualTo(row.get("reps").asInt());
            assertThat(card.lapses()).as(where(file, row)).isEqualTo(row.get("lapses").asInt());
            assertThat(card.lastReview()).isEqualTo(now);
        }
    }

    private static void assertSameCard(CardState card, JsonNode row, String where) {
        assertThat(card.elapsedDays()).as(where + " elapsed days").isEqualTo(row.get("elapsed_days").asLong());
        assertThat(card.scheduledDays()).as(where + " scheduled days").isEqualTo(row.get("scheduled_days").asLong());
        assertThat(card.due()).as(where + " due").isEqualTo(Instant.parse(row.get("due").asText()));
        assertThat(card.state().name()).as(where + " state").isEqualToIgnoringCase(row.get("state").asText());
        assertThat(card.learningSteps()).as(where + " learning step").isEqualTo(row.get("learning_steps").asInt());
        assertThat(Double.doubleToLongBits(card.stability())).as(where + " stability " + card.stability())
                .isEqualTo(Double.doubleToLongBits(row.get("stability").asDouble()));
        assertThat(Double.doubleToLongBits(card.difficulty())).as(where + " difficulty " + card.difficulty())
                .isEqualTo(Double.doubleToLongBits(row.get("difficulty").asDouble()));
    }

    private static String where(String file, JsonNode row) {
        return file + " card " + row.get("card") + " review " + row.get("review");
    }
}
