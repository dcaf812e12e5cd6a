package com.portdrill.scan;

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

    private static final Optional<Transport> SOME_TCP = Optional.of(TCP);
    private static final Optional<Transport> SOME_UDP = Optional.of(UDP);

    /** Reads {@code tcp}, {@code TCP}, {@code tcp6}, {@code tcp4}, {@code tcp46}, {@code udp6} …; empty for anything else. */
    public static Optional<Transport> of(String word) {
        // A million ports are read a second: no lower-casing copy for each.
        if (word.regionMatches(true, 0, "tcp", 0, 3)) {
            return SOME_TCP;
        }
        if (word.regionMatches(true, 0, "udp", 0, 3)) {
            return SOME_UDP;
        }
        return Optional.empty();
    }
}
