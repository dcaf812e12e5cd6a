package com.portdrill.scan;

import java.util.Locale;
import java.util.Optional;

/** The transport a socket or a scanned port uses. */
public enum Transport {
    TCP("tcp"), UDP("udp");

    private final String code;

    Transport(String code) {
        this.code = code;
    }

    /** As IANA and the tools write it: {@code tcp}, {@code udp}. */
    public String code() {
        return code;
    }

    /** Reads {@code tcp}, {@code TCP}, {@code tcp6}, {@code tcp4}, {@code tcp46}, {@code udp6} …; empty for anything else. */
    public static Optional<Transport> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("tcp")) {
            return Optional.of(TCP);
        }
        if (w.startsWith("udp")) {
            return Optional.of(UDP);
        }
        return Optional.empty();
    }
}
