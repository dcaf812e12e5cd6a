package com.portdrill.i18n;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTextTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d\\$)?[ds]");

    @Test
    void everyKeyHasTextInBothLanguages() {
        for (Message key : Message.values()) {
            assertThat(key.in(Lang.EN)).as(key.name()).isNotBlank();
            assertThat(key.in(Lang.ZH)).as(key.name()).isNotBlank().isNotEqualTo(key.in(Lang.EN));
            assertThat(placeholders(key.in(Lang.ZH))).as(key.name()).isEqualTo(placeholders(key.in(Lang.EN)));
        }
    }

    @Test
    void chineseTextIsChinese() {
        assertThat(Message.MENU_STATS.in(Lang.ZH)).isEqualTo("统计");
        assertThat(Message.STATS_STREAK.in(Lang.ZH, 3, 5)).isEqualTo("连续学习：3 天（最长 5 天）");
        assertThat(Message.STATS_RETENTION_LINE.in(Lang.ZH, "75.0%", 4, "90%")).isEqualTo("复习阶段卡片的 4 次回答中记住 75.0%；目标 90%");
    }

    @Test
    void weekdaysAndMonthsMapInOrder() {
        assertThat(Message.of(DayOfWeek.MONDAY).in(Lang.EN)).isEqualTo("Mo");
        assertThat(Message.of(DayOfWeek.SUNDAY).in(Lang.ZH)).isEqualTo("日");
        assertThat(Message.of(Month.JANUARY).in(Lang.EN)).isEqualTo("Jan");
        assertThat(Message.of(Month.DECEMBER).in(Lang.ZH)).isEqualTo("12月");
    }

    /** How many values each language's text takes, so that formatting either never fails. */
    private static long placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
