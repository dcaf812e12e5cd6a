package com.portdrill.port;

import java.util.regex.Pattern;

/** The written forms of a port number in a query, kept out of {@link PortQuery}'s public face. */
final class QueryForm {
    /**
     * {@code 22}, {@code 22/tcp}, {@code tcp/22}, {@code tcp 22}, {@code port 22}, after width folding; a sign is read
     * so that {@code -1} is out of range, not a name.
     */
    static final Pattern NUMBER = Pattern.compile(
            "(?i)(?:port\\s*)?(?:(?:tcp|udp)\\s*[/ ]\\s*)?([+-]?\\d+)(?:\\s*/\\s*(?:tcp|udp))?");

    private QueryForm() {
    }
}
