package com.portdrill.knowledge;

import java.util.Optional;

/** Whether a service's credentials cross the network in clear. */
public enum InClear {
    CLEAR, ENCRYPTED, VARIES;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<InClear> of(String code) {
        return Words.find(values(), InClear::code, code);
    }
}
