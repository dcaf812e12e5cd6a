package com.portdrill.scan;

import com.portdrill.text.Coded;

import java.util.Optional;

/** What makes an open port worth a second look, as {@code scan} reports it. */
public enum Flag implements Coded {
    /** The protocol sends credentials unencrypted (from {@code scan/flags.tsv}). */
    CLEARTEXT,
    /** A database or administration service listening beyond loopback (from {@code scan/flags.tsv}). */
    EXPOSED,
    /** The documents name the port for a trojan, backdoor or other unofficial use (their verdict says so). */
    TROJAN,
    /** IANA registers nothing on this port for this transport. */
    UNREGISTERED;

    public static Optional<Flag> ofCode(String code) {
        return Coded.of(values(), code);
    }
}
