package com.portdrill.i18n;

import java.util.Objects;

/** Interface text in one language. */
public final class Messages {
    private final Lang lang;

    private Messages(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
    }

    public static Messages of(Lang lang) {
        return new Messages(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** What goes between two sentences on one line: a space in English, nothing after Chinese full stops. */
    public String sentenceGap() {
        return lang() == Lang.ZH ? "" : " ";
    }

    /** {@code message} in this language with {@code args} filled in; numbers are written the same in both. */
    public String get(Message message, Object... args) {
        return message.in(lang, args);
    }
}
