package com.portdrill.knowledge;

import java.util.Optional;
import java.util.function.Function;

/** The words the data files use for an enum's constants, read back. */
final class Words {
    private Words() {
    }

    /** The constant whose word is {@code word}, or empty. */
    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> wordOf, String word) {
        for (E e : values) {
            if (wordOf.apply(e).equals(word)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
