package com.portdrill.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class ParametersFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ParametersFile.Fitted FITTED = new ParametersFile.Fitted(Collections.nCopies(21, 0.5),
            Instant.parse("2026-11-30T08:00:00Z"), 1234, 0.31, 0.04, "journal");

    @TempDir
    Path dir;

    @Test
    void savedWeightsComeBackWithWhenAndHowWellTheyWereFitted() {
        ParametersFile.save(dir, FITTED);
        ParametersFile.Loaded loaded = ParametersFile.load(dir, CLOCK);
        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.fitted()).contains(FITTED);
    }

    @Test
    void noFileMeansTheDefaultsWithoutAWord() {
        assertThat(ParametersFile.load(dir, CLOCK)).isEqualTo(new ParametersFile.Loaded(java.util.Optional.empty(),
                java.util.Optional.empty()));
    }

    @Test
    void aDamagedFileIsMovedAsideAndTheDefaultsUsed() throws IOException {
        Files.writeString(dir.resolve(ParametersFile.NAME), "{\"schema\":1,\"weights\":[1,2");
        ParametersFile.Loaded loaded = ParametersFile.load(dir, CLOCK);
        assertThat(loaded.fitted()).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("was damaged").contains("defaults"));
        assertThat(Files.exists(dir.resolve(ParametersFile.NAME))).isFalse();
    }

    @Test
    void aFileFromANewerPortdrillIsRefusedAndLeftAlone() throws IOException {
        Files.writeString(dir.resolve(ParametersFile.NAME), "{\"schema\":2,\"weights\":[]}");
        ParametersFile.Loaded loaded = ParametersFile.load(dir, CLOCK);
        assertThat(loaded.fitted()).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("newer portdrill")
                .contains("default FSRS parameters are used"));
        assertThat(Files.readString(dir.resolve(ParametersFile.NAME))).contains("\"schema\":2");
    }

    @Test
    void weightsThatAreNot21FiniteNumbersAreRefused() throws IOException {
        Files.writeString(dir.resolve(ParametersFile.NAME),
                "{\"schema\":1,\"weights\":[1,2,3],\"fittedAt\":\"2026-11-30T08:00:00Z\"}");
        assertThat(ParametersFile.load(dir, CLOCK).warning()).hasValueSatisfying(w ->
                assertThat(w).contains("does not hold 21 FSRS weights"));
    }

    @Test
    void resetRemovesTheFit() {
        ParametersFile.save(dir, FITTED);
        ParametersFile.reset(dir);
        assertThat(ParametersFile.load(dir, CLOCK).fitted()).isEmpty();
        assertThat(Files.exists(dir.resolve(ParametersFile.NAME))).isFalse();
    }
}
