package com.portdrill.store;

import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.portdrill.store.Reviews.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsAndQuizResultsTest {
    @TempDir
    Path dir;

    @Test
    void theLanguageIsRememberedAndOtherSettingsKept() throws Exception {
        assertThat(SettingsFile.load(dir, CLOCK).lang()).isEmpty();
        Path data = dir.resolve("progress");
        SettingsFile.saveLang(data, Lang.ZH, CLOCK);
        assertThat(SettingsFile.load(data, CLOCK).lang()).contains(Lang.ZH);
        Files.writeString(data.resolve(SettingsFile.NAME), "{\"schema\":1,\"lang\":\"zh\",\"theme\":\"dark\"}");
        SettingsFile.saveLang(data, Lang.EN, CLOCK);
        assertThat(SettingsFile.load(data, CLOCK).lang()).contains(Lang.EN);
        assertThat(VersionedJson.read(data.resolve(SettingsFile.NAME), 1, CLOCK).content())
                .isEqualTo(Map.of("lang", "en", "theme", "dark"));
    }

    @Test
    void everythingTheSettingsScreenChoosesIsRememberedAndUnknownMembersKept() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "{\"schema\":1,\"lang\":\"en\",\"theme\":\"dark\"}");
        SettingsFile.save(dir, new SettingsFile.Chosen(Lang.ZH, Optional.of(false), "trojans", "choice", 120, 20, "well-known"), CLOCK);
        SettingsFile.Settings s = SettingsFile.load(dir, CLOCK);
        assertThat(s.lang()).contains(Lang.ZH);
        assertThat(s.colour()).contains(false);
        assertThat(s.deck()).contains("trojans");
        assertThat(s.mode()).contains("choice");
        assertThat(s.quizSeconds()).hasValue(120);
        assertThat(VersionedJson.read(dir.resolve(SettingsFile.NAME), 1, CLOCK).content()).containsEntry("theme", "dark");
        SettingsFile.save(dir, new SettingsFile.Chosen(Lang.EN, Optional.empty(), "all", "typed", 60, 20, "well-known"), CLOCK);
        assertThat(SettingsFile.load(dir, CLOCK).colour()).as("colour not chosen this time: the saved one stays")
                .contains(false);
        assertThat(SettingsFile.load(dir, CLOCK).deck()).contains("all");
    }

    @Test
    void theKindOfQuestionIsRememberedAndEveryKindOverwritesIt() {
        SettingsFile.save(dir, new SettingsFile.Chosen(Lang.EN, Optional.empty(), "ccna", "typed", 60, 20, "well-known", "transport"), CLOCK);
        assertThat(SettingsFile.load(dir, CLOCK).kind()).contains("transport");
        SettingsFile.save(dir, new SettingsFile.Chosen(Lang.EN, Optional.empty(), "ccna", "typed", 60, 20, "well-known"), CLOCK);
        assertThat(SettingsFile.load(dir, CLOCK).kind()).isEmpty();
    }

    @Test
    void aMemberOfTheWrongFormCountsAsNotChosenAndSpoilsNoOther() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "{\"schema\":1,\"lang\":\"zh\",\"colour\":\"yes\","
                + "\"deck\":\"../../etc/passwd\",\"mode\":7,\"quizSeconds\":-30}");
        SettingsFile.Settings s = SettingsFile.load(dir, CLOCK);
        assertThat(s.lang()).contains(Lang.ZH);
        assertThat(s.colour()).isEmpty();
        assertThat(s.deck()).isEmpty();
        assertThat(s.mode()).isEmpty();
        assertThat(s.quizSeconds()).isEmpty();
        assertThat(s.warning()).isEmpty();
    }

    @Test
    void damagedSettingsAreMovedAsideAndNewerOnesRefused() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "{not json");
        SettingsFile.Settings s = SettingsFile.load(dir, CLOCK);
        assertThat(s.lang()).isEmpty();
        assertThat(s.warning()).isPresent();
        Files.writeString(dir.resolve(SettingsFile.NAME), "{\"schema\":9,\"lang\":\"zh\"}");
        assertThatThrownBy(() -> SettingsFile.load(dir, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer");
    }

    @Test
    void quizResultsAreKeptInOrderAndReadBack() throws Exception {
        assertThat(QuizResultsFile.load(dir)).isEmpty();
        QuizResult a = new QuizResult("exam", 60, AnswerMode.TYPED, Instant.parse("2026-11-20T10:00:00Z"), 12, 9, 1);
        QuizResult b = new QuizResult("all", 30, AnswerMode.CHOICE, Instant.parse("2026-11-21T10:00:00.123Z"), 20, 18, 0);
        QuizResultsFile.append(dir, a, CLOCK);
        QuizResultsFile.append(dir, b, CLOCK);
        assertThat(QuizResultsFile.load(dir)).containsExactly(a, b);
        assertThat(Files.readString(dir.resolve(QuizResultsFile.NAME), StandardCharsets.UTF_8))
                .startsWith("{\n  \"schema\" : 1,").contains("\"mode\" : \"choice\"");
    }

    @Test
    void anEntryThatIsNotAResultIsSkippedAndSaid() throws Exception {
        Files.writeString(dir.resolve(QuizResultsFile.NAME), "{\"schema\":1,\"results\":["
                + "{\"deck\":\"exam\",\"seconds\":60,\"mode\":\"typed\",\"finishedAt\":\"2026-11-20T10:00:00Z\","
                + "\"answered\":3,\"correct\":2,\"close\":0},"
                + "{\"deck\":\"exam\",\"seconds\":60,\"mode\":\"typed\",\"finishedAt\":\"yesterday\",\"answered\":3,"
                + "\"correct\":2,\"close\":0},"
                + "{\"deck\":\"exam\",\"seconds\":-5,\"mode\":\"typed\",\"finishedAt\":\"2026-11-20T10:00:00Z\","
                + "\"answered\":3,\"correct\":9,\"close\":0}, 7]}");
        QuizResultsFile.Loaded loaded = QuizResultsFile.load(dir, CLOCK);
        assertThat(loaded.results()).hasSize(1);
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("3 entries"));
        assertThat(List.copyOf(loaded.results()).get(0).correct()).isEqualTo(2);
    }
}
