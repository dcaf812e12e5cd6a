package com.portdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Rating;
import com.portdrill.store.ParametersFile;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.RevlogCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code portdrill optimize} end to end, in plain mode. */
class OptimizeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path revlog() throws IOException {
        Path csv = dir.resolve("r5k.csv");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/srs/optimize/r5k.csv"))) {
            Files.write(csv, in.readAllBytes());
        }
        return csv;
    }

    private String data() {
        return dir.resolve("progress").toString();
    }

    @Test
    void aRevlogIsFittedMeasuredAndKeptWhenItPredictsBetter() throws IOException {
        CommandRunner run = CommandRunner.run(FakeSurroundings.on(CLOCK), "optimize", "--revlog", revlog().toString(),
                "--data-dir", data());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("Fitted FSRS-6 to 3147 reviews of 391 cards (all 21 parameters) in "),
                l -> assertThat(l).isEqualTo("Current parameters (the defaults): log loss 0.3043, RMSE(bins) 0.0479:"
                        + " FSRS is off by 4.8% when predicting recall."),
                l -> assertThat(l).startsWith("Fitted parameters: log loss 0.30"),
                l -> assertThat(l).startsWith("Kept the fitted parameters"));
        ParametersFile.Loaded saved = ParametersFile.load(Path.of(data()), CLOCK);
        assertThat(saved.fitted()).hasValueSatisfying(f -> {
            assertThat(f.source()).isEqualTo("r5k.csv");
            assertThat(f.fittedAt()).isEqualTo(CLOCK.instant());
            assertThat(f.reviews()).isEqualTo(3147);
            assertThat(f.logLoss()).isLessThan(0.3043);
        });

        JsonNode stats = JSON.readTree(CommandRunner.run("stats", "--json", "--data-dir", data()).out());
        assertThat(stats.get("fsrs").get("parameters").asText()).isEqualTo("fitted");
        assertThat(stats.get("fsrs").get("fittedReviews").asInt()).isEqualTo(3147);
        assertThat(stats.get("fsrs").get("weights").get(0).asDouble()).isEqualTo(saved.fitted().get().weights().get(0));

        CommandRunner again = CommandRunner.run("optimize", "--revlog", revlog().toString(), "--data-dir", data());
        assertThat(again.out()).contains("Current parameters (fitted ").contains("Kept the current parameters");

        CommandRunner evaluate = CommandRunner.run("optimize", "--evaluate", "--revlog", revlog().toString(),
                "--data-dir", data());
        assertThat(evaluate.out().lines().toList()).singleElement().satisfies(l ->
                assertThat(l).startsWith("Current parameters (fitted ").contains("log loss 0.30"));

        CommandRunner reset = CommandRunner.run("optimize", "--reset", "--data-dir", data());
        assertThat(reset.out()).isEqualTo("Back to the default FSRS parameters." + System.lineSeparator());
        assertThat(ParametersFile.load(Path.of(data()), CLOCK).fitted()).isEmpty();
    }

    @Test
    void jsonCarriesBothMeasurementsTheWeightsAndTheDecision() throws IOException {
        CommandRunner run = CommandRunner.run("optimize", "--json", "--revlog", revlog().toString(), "--data-dir", data());
        assertThat(run.exitCode()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("reviews").asInt()).isEqualTo(3147);
        assertThat(json.get("stage").asText()).isEqualTo("all");
        assertThat(json.get("current").get("source").asText()).isEqualTo("default");
        assertThat(json.get("current").get("logLoss").asDouble()).isCloseTo(0.304295, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(json.get("fitted").get("weights")).hasSize(21);
        assertThat(json.get("fitted").get("logLoss").asDouble()).isLessThan(json.get("current").get("logLoss").asDouble());
        assertThat(json.get("kept").asBoolean()).isTrue();
    }

    @Test
    void aBadRevlogIsOneLineExitOneAndNothingSaved() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, RevlogCsv.HEADER + "\n1,1000,3,0,10\n1,2000,7,2,10\n");
        CommandRunner run = CommandRunner.run("optimize", "--revlog", bad.toString(), "--data-dir", data());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("portdrill: ").contains("bad.csv line 3 has review_rating 7, outside 1 to 4"));
        assertThat(Files.exists(dir.resolve("progress").resolve(ParametersFile.NAME))).isFalse();
    }

    @Test
    void aSmallJournalIsSaidPlainlyAndKeepsTheDefaults() {
        Path data = dir.resolve("progress");
        try (ProgressStore store = ProgressStore.open(data, CLOCK).store()) {
            for (int c = 0; c < 3; c++) {
                store.append(review("s2p:" + c, "2026-11-20T09:00:00Z", Rating.GOOD));
                store.append(review("s2p:" + c, "2026-11-23T09:00:00Z", Rating.GOOD));
            }
        }
        CommandRunner run = CommandRunner.run("optimize", "--data-dir", data.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("0 of your 6 reviews can be predicted").contains("FSRS needs 8 to fit anything");
        assertThat(ParametersFile.load(data, CLOCK).fitted()).isEmpty();

        CommandRunner none = CommandRunner.run("optimize", "--data-dir", dir.resolve("empty").toString());
        assertThat(none.out()).isEqualTo("No reviews to fit yet: study first, or give --revlog FILE.csv."
                + System.lineSeparator());
    }

    @Test
    void aRetentionOutsideTheRangeIsAUsageError() {
        CommandRunner run = CommandRunner.run("study", "--plain", "--retention", "0.5", "--data-dir", data());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--retention 0.5 is outside 0.70 to 0.99");
        assertThat(Parameters.defaults().desiredRetention()).isEqualTo(0.9);
    }

    private static JournalLine review(String cardId, String at, Rating rating) {
        return new JournalLine(cardId, Instant.parse(at), rating, Outcome.CORRECT, "", 900, StudyMode.STUDY);
    }

    @Test
    void theJournalReachesTheOptimiserWithEachCorrectionInItsAnswersPlace() {
        Path data = dir.resolve("corrected");
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        try (ProgressStore store = ProgressStore.open(data, CLOCK).store()) {
            store.append(new JournalLine("p2s:22", t, Rating.AGAIN, Outcome.WRONG, "ftp", 900, StudyMode.STUDY));
            store.append(new JournalLine("p2s:22", t, Rating.GOOD, Outcome.WRONG, "ftp", 900, StudyMode.STUDY,
                    JournalLine.Kind.REGRADE));
            store.append(new JournalLine("p2s:22", t, Rating.HARD, Outcome.CLOSE, "sh", 900, StudyMode.STUDY));
        }
        assertThat(Optimization.journal(data, CLOCK, warning -> { })).extracting(r -> r.rating())
                .as("the re-grade in its answer's place; an answer at the same instant is another answer")
                .containsExactly(Rating.GOOD, Rating.HARD);
    }
}
