package com.portdrill.knowledge;

import com.portdrill.text.Coded;

import java.util.Optional;

/** Whether a service's credentials cross the network in clear. */
public enum InClear implements Coded {
    CLEAR, ENCRYPTED, VARIES;

    public static Optional<InClear> of(String code) {
        return Coded.of(values(), code);
    }
}
