package com.portdrill.knowledge;

import com.portdrill.text.Coded;

import java.util.Optional;

/** The transport a service runs over in practice. */
public enum Transport implements Coded {
    TCP("tcp"), UDP("udp"), TCP_UDP("tcp+udp");

    private final String code;

    Transport(String code) {
        this.code = code;
    }

    /** Not its name: the data files write both transports as {@code tcp+udp}. */
    @Override
    public String code() {
        return code;
    }

    public static Optional<Transport> of(String code) {
        return Coded.of(values(), code);
    }
}
