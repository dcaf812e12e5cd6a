package com.portdrill.i18n;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    private static final Pattern CONVERSION = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

    private static List<String> conversions(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CONVERSION.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() {
        for (Message m : Message.values()) {
            String en = m.in(Lang.EN);
            String zh = m.in(Lang.ZH);
            assertThat(en).as("%s in English", m).isNotBlank();
            assertThat(zh).as("%s in Chinese", m).isNotBlank().isNotEqualTo(en);
            assertThat(conversions(zh)).as("%s's arguments", m).isEqualTo(conversions(en));
            assertThat(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("%s is written in Chinese", m).isTrue();
        }
    }

    @Test
    void messagesAreFilledInTheirLanguage() {
        assertThat(Messages.of(Lang.EN).get(Message.QUIZ_SCORE, 7, 9, "78%", 9.0))
                .isEqualTo("Score 7: 9 answered, 78% accurate, 9.0 answers a minute.");
        assertThat(Messages.of(Lang.ZH).get(Message.QUIZ_SCORE, 7, 9, "78%", 9.0))
                .isEqualTo("得分 7：回答 9 题，正确率 78%，每分钟 9.0 题。");
        assertThat(Messages.of(Lang.ZH).get(Message.QUIZ_TIME_UP)).isEqualTo("时间到。");
        assertThat(Messages.of(Lang.ZH).lang()).isEqualTo(Lang.ZH);
    }

    @Test
    void everyArgumentCountFormatsInBothLanguages() {
        for (Message m : Message.values()) {
            Object[] args = conversions(m.in(Lang.EN)).stream().filter(c -> !c.equals("%%"))
                    .map(c -> c.endsWith("d") ? (Object) 3 : c.endsWith("f") ? (Object) 1.5 : "x").toArray();
            for (Lang lang : Lang.values()) {
                assertThat(Messages.of(lang).get(m, args)).as("%s %s", m, lang).doesNotContain("%s", "%d");
            }
        }
    }
}
