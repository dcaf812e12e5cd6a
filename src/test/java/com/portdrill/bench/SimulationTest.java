package com.portdrill.bench;

import com.portdrill.srs.GoldenFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationTest {
    /** The golden files are ts-fsrs-throughput.mjs --dump output; ours must be the same text, line for line. */
    @ParameterizedTest
    @CsvSource({"1, 20, 20", "7, 20, 20", "42, 20, 20", "2024, 12, 60"})
    void dumpsTheSameRowsAsTsFsrs(int seed, int cards, int reviews) {
        List<String> rows = new ArrayList<>();
        new Simulation(cards, reviews, seed, cards).run(row -> rows.add(row.toJson()));
        assertThat(rows).containsExactlyElementsOf(
                GoldenFiles.lines("ts-fsrs-seed" + seed + "-" + cards + "x" + reviews + ".jsonl"));
    }

    /** The checksum lines node ts-fsrs-throughput.mjs printed for the full default run (10,000 cards × 20 reviews). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42|checksum stability_sum=22535396.207347568 (0x41757dce43514baf) difficulty_sum=92107.9414553897 (0x40f67cbf103386d6) due_ms_sum=51702783331920000",
        "7|checksum stability_sum=23879303.60678853 (0x4176c5e879b567e4) difficulty_sum=91858.19135364053 (0x40f66d230fc8d5c1) due_ms_sum=52313397880920000",
    })
    void defaultRunHasTsFsrsChecksums(int seed, String line) {
        assertThat(new Simulation(10_000, 20, seed, 0).run().line()).isEqualTo(line);
    }

    @Test
    void onlyTheFirstCardsReportRows() {
        List<GoldenRow> rows = new ArrayList<>();
        Simulation simulation = new Simulation(5, 3, 1, 2);
        simulation.run(rows::add);
        assertThat(rows).extracting(GoldenRow::card).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(simulation.totalReviews()).isEqualTo(15);
    }

    @Test
    void ratingsFollowTheScriptsLcg() {
        RatingStream ratings = new RatingStream(42);
        // First ratings of card 0 in ts-fsrs-seed42-20x20.jsonl.
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            first.add(ratings.next().value());
        }
        assertThat(first).containsExactlyElementsOf(GoldenFiles.rows("ts-fsrs-seed42-20x20.jsonl").stream()
                .limit(8).map(row -> row.get("rating").asInt()).toList());
    }
}
