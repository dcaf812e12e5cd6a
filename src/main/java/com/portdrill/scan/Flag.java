package com.portdrill.scan;

import java.util.Arrays;
import java.util.Optional;

/** What makes an open port worth a second look, as {@code scan} reports it. */
public enum Flag {
    /** The protocol sends credentials unencrypted (from {@code scan/flags.tsv}). */
    CLEARTEXT("cleartext"),
    /** A database or administration service listening beyond loopback (from {@code scan/flags.tsv}). */
    EXPOSED("exposed"),
    /** The documents name the port for a trojan, backdoor or other unofficial use (their verdict says so). */
    TROJAN("trojan"),
    /** IANA registers nothing on this port for this transport. */
    UNREGISTERED("unregistered");

    private final String code;

    Flag(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Flag> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
