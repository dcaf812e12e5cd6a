package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * {@code --lang en|zh}: the interface language, read case-insensitively; its candidates are the lower-case codes,
 * which is what help, completion and the man page show.
 */
public final class LangOption implements ITypeConverter<Lang>, Iterable<String> {
    @Override
    public Lang convert(String value) {
        for (Lang lang : Lang.values()) {
            if (lang.code().equals(value.toLowerCase(Locale.ROOT))) {
                return lang;
            }
        }
        throw new TypeConversionException("expected one of " + codes() + " but was '" + value + "'");
    }

    @Override
    public Iterator<String> iterator() {
        return codes().iterator();
    }

    private static List<String> codes() {
        return List.of(Lang.EN.code(), Lang.ZH.code());
    }
}
