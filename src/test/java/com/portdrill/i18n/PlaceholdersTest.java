package com.portdrill.i18n;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Filling placeholders without a locale gives exactly what {@code Locale.ROOT} gives, for every text there is. */
class PlaceholdersTest {
    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

    /** Every text in both languages. */
    private static List<String> texts() {
        List<String> all = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (Message m : Message.values()) {
                all.add(m.in(lang));
            }
        }
        return all;
    }

    /** Arguments for the text's conversions: numbers that would show a locale's digits, signs and separators. */
    private static Object[] arguments(String text, int variant) {
        List<Object> args = new ArrayList<>();
        Matcher m = CONVERSION.matcher(text);
        int next = 0;
        while (m.find()) {
            if (m.group(3).equals("%")) {
                continue;
            }
            int at = m.group(1) != null ? Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1)) - 1 : next++;
            while (args.size() <= at) {
                args.add(null);
            }
            switch (m.group(3)) {
                case "d":
                    args.set(at, variant == 0 ? 1234567 : -42L);
                    break;
                case "f":
                    args.set(at, variant == 0 ? 1234.56 : -0.05);
                    break;
                case "s":
                    args.set(at, variant == 0 ? "ssh 中文" : 9876543);
                    break;
                default:
                    throw new AssertionError("a conversion the texts should not use: " + m.group() + " in " + text);
            }
        }
        return args.toArray();
    }

    @Test
    void everyTextReadsAsWithTheRootLocale() {
        int filled = 0;
        for (String text : texts()) {
            for (int variant = 0; variant < 2; variant++) {
                Object[] args = arguments(text, variant);
                if (args.length == 0 && !text.contains("%%")) {
                    continue;
                }
                assertThat(Placeholders.fill(text, args)).as(text)
                        .isEqualTo(String.format(Locale.ROOT, text, args));
                filled++;
            }
        }
        assertThat(filled).isGreaterThan(100);
    }
}
