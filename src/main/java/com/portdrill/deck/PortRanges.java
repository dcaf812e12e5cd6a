package com.portdrill.deck;

/** IANA's three port ranges (RFC 6335): system (well-known), user (registered) and dynamic. */
enum PortRanges {
    WELL_KNOWN(0, 1023), REGISTERED(1024, 49151), DYNAMIC(49152, 65535);

    private final int first;
    private final int last;

    PortRanges(int first, int last) {
        this.first = first;
        this.last = last;
    }

    boolean holds(int port) {
        return port >= first && port <= last;
    }

    static PortRanges of(int port) {
        for (PortRanges r : values()) {
            if (r.holds(port)) {
                return r;
            }
        }
        throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
    }
}
