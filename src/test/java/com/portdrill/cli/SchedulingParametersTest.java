package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.portdrill.session.Scheduling;
import com.portdrill.srs.Parameters;
import com.portdrill.store.FsrsCardStateFold;
import com.portdrill.store.ParametersFile;
import com.portdrill.store.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions schedule with the saved fit and the chosen desired retention. */
class SchedulingParametersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final List<Double> FITTED = Collections.nCopies(21, 0.5);

    @TempDir
    Path dir;

    private GlobalOptions global(String... args) {
        CommandLine cli = Grammar.tree();
        cli.parseArgs(args);
        return ((PortdrillCommand) cli.getCommand()).global;
    }

    @Test
    void withNothingSavedTheDefaultsAreUsed() {
        SchedulingParameters.Active active = SchedulingParameters.load(global("--data-dir", dir.toString()), CLOCK,
                w -> { throw new AssertionError(w); });
        assertThat(active.parameters()).isEqualTo(Parameters.defaults());
        assertThat(active.fitted()).isEmpty();
        assertThat(new FsrsCardStateFold(active.parameters()).id()).isEqualTo(Scheduling.FOLD_ID);
        assertThat(SchedulingParameters.describe(active, Lang.EN)).isEqualTo(
                "FSRS parameters: the defaults (run 'portdrill optimize' to fit yours); desired retention 0.90");
    }

    @Test
    void theSavedFitAndRetentionAreUsedAndRetentionOnTheCommandLineWins() {
        ParametersFile.save(dir, new ParametersFile.Fitted(FITTED, Instant.parse("2026-11-30T08:00:00Z"), 812, 0.2871,
                0.03, "journal"));
        SettingsFile.saveRetention(dir, 0.85, CLOCK);
        SchedulingParameters.Active active = SchedulingParameters.load(global("--data-dir", dir.toString()), CLOCK,
                w -> { throw new AssertionError(w); });
        assertThat(active.parameters().weights()).isEqualTo(FITTED);
        assertThat(active.parameters().desiredRetention()).isEqualTo(0.85);
        assertThat(SchedulingParameters.describe(active, Lang.EN)).isEqualTo(
                "FSRS parameters: fitted 2026-11-30 to 812 reviews (log loss 0.2871); desired retention 0.85");
        assertThat(new FsrsCardStateFold(active.parameters()).id()).isNotEqualTo(Scheduling.FOLD_ID);

        SchedulingParameters.Active asked = SchedulingParameters.load(
                global("--data-dir", dir.toString(), "--retention", "0.95"), CLOCK, w -> { });
        assertThat(asked.parameters().desiredRetention()).isEqualTo(0.95);
        assertThat(Scheduling.foldId(asked.parameters())).isNotEqualTo(Scheduling.foldId(active.parameters()));
    }

    @Test
    void aRefusedParametersFileIsOneWarningAndTheDefaults() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(ParametersFile.NAME), "{\"schema\":9}");
        List<String> warnings = new ArrayList<>();
        SchedulingParameters.Active active = SchedulingParameters.load(global("--data-dir", dir.toString()), CLOCK,
                warnings::add);
        assertThat(active.parameters().weights()).isEqualTo(Parameters.DEFAULT_WEIGHTS);
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("newer portdrill"));
    }

    @Test
    void aRetentionOutsideTheRangeIsAUsageError() {
        assertThatThrownBy(() -> SchedulingParameters.load(global("--data-dir", dir.toString(), "--retention", "1.2"),
                CLOCK, w -> { })).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }
}
