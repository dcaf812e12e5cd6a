package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --lang} is an {@link Lang}, read in any case, offered and documented as {@code en|zh}. */
class LangOptionTest {
    @TempDir
    Path tmp;

    @Test
    void readsEitherCodeInAnyCase() {
        LangOption option = new LangOption();
        assertThat(option.convert("en")).isEqualTo(Lang.EN);
        assertThat(option.convert("ZH")).isEqualTo(Lang.ZH);
        assertThat(option.convert("Zh")).isEqualTo(Lang.ZH);
        assertThat(option).containsExactly("en", "zh");
        assertThatThrownBy(() -> option.convert("fr")).isInstanceOf(TypeConversionException.class)
                .hasMessage("expected one of [en, zh] but was 'fr'");
    }

    @Test
    void anUpperCaseCodeChoosesTheLanguageEndToEnd() {
        CommandRunner r = CommandRunner.run("--lang", "ZH", "catalogue");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("解析报告：").doesNotContain("Parser report");
        assertThat(CommandRunner.run("explain", "22", "--lang", "Zh").out()).contains("端口 22");
    }

    @Test
    void helpNamesTheCodesInLowerCase() {
        String help = CommandRunner.run("--help").out();
        assertThat(help).contains("--lang=en|zh").contains("language: en, zh");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorSayingWhatToGive() {
        CommandRunner r = CommandRunner.run("--lang", "fr", "catalogue");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("expected one of [en, zh]").doesNotContain("Exception");
    }

    @Test
    void whatAnExportWroteIsSaidInTheLanguageAskedFor() throws Exception {
        Path file = tmp.resolve("anki.txt");
        CommandRunner r = CommandRunner.run("--lang", "zh", "export", "anki", file.toString(), "--deck", "network-plus");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).matches("已将 \\d+ 条笔记写入 " + java.util.regex.Pattern.quote(file.toString()) + "\n");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\nIANA: ").contains("\nIANA：");
    }
}
