package com.portdrill.i18n;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The one catalogue: every key in both languages, taking the same arguments, and filled in its language. */
class MessagesTest {
    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?([-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%])");

    /**
     * Which argument each conversion takes and how it writes it, by argument position: {@code "%2$d"} and the second
     * plain {@code "%d"} are the same, so Chinese may take the arguments in another order, but not other ones.
     */
    private static TreeMap<Integer, String> arguments(String text) {
        TreeMap<Integer, String> out = new TreeMap<>();
        Matcher m = CONVERSION.matcher(text);
        int next = 0;
        while (m.find()) {
            if (m.group(2).equals("%")) {
                continue;
            }
            int at = m.group(1) != null ? Integer.parseInt(m.group(1).replace("$", "")) : ++next;
            String before = out.put(at, m.group(2));
            assertThat(before).as("argument %d of '%s' is written once", at, text).isIn(null, m.group(2));
        }
        return out;
    }

    private static boolean hasWords(String en) {
        return en.replaceAll("%[a-z]", "").chars().filter(Character::isLowerCase).count() > 3;
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() {
        for (Message m : Message.values()) {
            String en = m.in(Lang.EN);
            String zh = m.in(Lang.ZH);
            assertThat(en).as("%s in English", m).isNotBlank();
            assertThat(zh).as("%s in Chinese", m).isNotBlank();
            assertThat(arguments(zh)).as("%s's arguments", m).isEqualTo(arguments(en));
            if (hasWords(en)) {
                assertThat(zh).as("%s in Chinese", m).isNotEqualTo(en);
                assertThat(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                        .as("%s is written in Chinese", m).isTrue();
            }
        }
    }

    @Test
    void theSameArgumentsInAnotherOrderCount() {
        assertThat(arguments("%s remembered (%d); target %s")).isEqualTo(arguments("%2$d 次回答中记住 %1$s；目标 %3$s"));
        assertThat(arguments("%d %s could not be read")).isNotEqualTo(arguments("%1$d 行无法读取"));
        assertThat(arguments("%d ports")).isNotEqualTo(arguments("%s 个端口"));
    }

    @Test
    void messagesAreFilledInTheirLanguage() {
        assertThat(Messages.of(Lang.EN).get(Message.QUIZ_SCORE, 7, 9, "78%", 9.0))
                .isEqualTo("Score 7: 9 answered, 78% accurate, 9.0 answers a minute.");
        assertThat(Messages.of(Lang.ZH).get(Message.QUIZ_SCORE, 7, 9, "78%", 9.0))
                .isEqualTo("得分 7：回答 9 题，正确率 78%，每分钟 9.0 题。");
        assertThat(Messages.of(Lang.ZH).get(Message.QUIZ_TIME_UP)).isEqualTo("时间到。");
        assertThat(Messages.of(Lang.ZH).lang()).isEqualTo(Lang.ZH);
        assertThat(Message.WINDOW_TOO_SMALL.in(Lang.ZH, 40, 10)).isEqualTo("窗口太小：40x10，需要 60x18");
        assertThat(Message.STATS_RETENTION_LINE.in(Lang.ZH, "75.0%", 4, "90%")).isEqualTo("复习阶段卡片的 4 次回答中记住 75.0%；目标 90%");
        assertThat(Message.SCAN_UNREADABLE.in(Lang.ZH, 3, Message.SCAN_LINE_MANY.in(Lang.ZH), 7))
                .isEqualTo("3 行无法读取（第一处为第 7 行），已略过");
    }

    @Test
    void plainModeAndTheFullScreenShareTheWordsForTheSameThing() {
        assertThat(Message.ASK_AGAIN_PORT.in(Lang.EN)).isEqualTo("A port number is wanted here (not scored): type the number.");
        assertThat(Message.FLIP_GRADE.in(Lang.EN)).isEqualTo("How well did you know it? 1 Again, 2 Hard, 3 Good, 4 Easy");
        assertThat(Message.EXPLAIN_CORRECTION.in(Lang.ZH, "x")).isEqualTo("更正：x");
    }

    @Test
    void everyArgumentCountFormatsInBothLanguages() {
        for (Message m : Message.values()) {
            Object[] args = arguments(m.in(Lang.EN)).values().stream()
                    .map(c -> c.endsWith("d") ? (Object) 3 : c.endsWith("f") ? (Object) 1.5 : "x").toArray();
            for (Lang lang : Lang.values()) {
                assertThat(Messages.of(lang).get(m, args)).as("%s %s", m, lang).doesNotContain("%s", "%d");
            }
        }
    }

    @Test
    void kindsWeekdaysAndMonthsMapInOrder() {
        assertThat(Message.kind("port-to-service").in(Lang.EN)).isEqualTo("port → service");
        assertThat(Message.kind("in-clear")).isEqualTo(Message.STATS_KIND_IN_CLEAR);
        assertThat(Message.of(DayOfWeek.MONDAY).in(Lang.EN)).isEqualTo("Mo");
        assertThat(Message.of(DayOfWeek.SUNDAY).in(Lang.ZH)).isEqualTo("日");
        assertThat(Message.of(Month.JANUARY).in(Lang.EN)).isEqualTo("Jan");
        assertThat(Message.of(Month.DECEMBER).in(Lang.ZH)).isEqualTo("12月");
    }

    @Test
    void langIsReadFromAnOptionalChoice() {
        assertThat(Lang.orEnglish(null)).isEqualTo(Lang.EN);
        assertThat(Lang.orEnglish(Lang.ZH)).isEqualTo(Lang.ZH);
        assertThat(Lang.ZH.code()).isEqualTo("zh");
        assertThat(Lang.EN.other()).isEqualTo(Lang.ZH);
    }
}
