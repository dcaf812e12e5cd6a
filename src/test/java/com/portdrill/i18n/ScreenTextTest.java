package com.portdrill.i18n;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenTextTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\.\\d+)?[sdf%]|%0?\\d*d");

    @Test
    void everyKeyHasEnglishAndChineseWithTheSamePlaceholders() {
        for (Message t : Message.values()) {
            assertThat(t.in(Lang.EN)).as(t + " in English").isNotBlank();
            assertThat(t.in(Lang.ZH)).as(t + " in Chinese").isNotBlank();
            assertThat(placeholders(t.in(Lang.ZH))).as(t + " placeholders").isEqualTo(placeholders(t.in(Lang.EN)));
        }
    }

    @Test
    void chineseTextIsChineseWhereItHasWords() {
        for (Message t : Message.values()) {
            String en = t.in(Lang.EN);
            if (en.replaceAll("%[a-z]", "").chars().filter(Character::isLowerCase).count() > 3) {
                assertThat(t.in(Lang.ZH).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                        .as(t + " has Chinese text").isTrue();
            }
        }
    }

    @Test
    void formatFillsPlaceholdersInBothLanguages() {
        assertThat(Message.WINDOW_TOO_SMALL.in(Lang.EN, 40, 10)).contains("40x10");
        assertThat(Message.WINDOW_TOO_SMALL.in(Lang.ZH, 40, 10)).contains("40x10").contains("窗口");
    }

    private static String placeholders(String s) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.append(m.group()).append(' ');
        }
        return out.toString();
    }
}
