package com.portdrill.knowledge;

import java.util.Optional;

/** The transport a service runs over in practice. */
public enum Transport {
    TCP("tcp"), UDP("udp"), TCP_UDP("tcp+udp");

    private final String code;

    Transport(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Transport> of(String code) {
        return Words.find(values(), Transport::code, code);
    }
}
