package com.portdrill.text;

import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants are written as words in data files, JSON and on the command line. The word is the
 * constant's name in lower case with {@code _} as {@code -} ({@code PORT_TO_SERVICE} is {@code port-to-service}),
 * so a constant and its word cannot drift apart; an enum whose words are not its names says its own.
 */
public interface Coded {
    /** The constant's name, as {@link Enum#name()} gives it. */
    String name();

    /** The word for this constant. */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant among {@code values} whose word is {@code code} exactly, or empty. */
    static <E extends Enum<E> & Coded> Optional<E> of(E[] values, String code) {
        for (E e : values) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
