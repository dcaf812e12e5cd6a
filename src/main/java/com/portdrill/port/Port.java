package com.portdrill.port;

/**
 * A TCP or UDP port number, checked once: 0 to 65535, in one of IANA's three ranges (RFC 6335 section 6). The limits
 * live here and nowhere else, so a file, a scan, a deck and a learner's query all refuse the same numbers.
 *
 * @param number 0–65535
 */
public record Port(int number) implements Comparable<Port> {
    public static final int FIRST = 0;
    public static final int LAST = 65535;

    public Port {
        if (!valid(number)) {
            throw new IllegalArgumentException("a port is " + FIRST + " to " + LAST + ", not " + number);
        }
    }

    /** Whether {@code number} is a port; a {@code long} so that a number read before it is narrowed can be asked. */
    public static boolean valid(long number) {
        return number >= FIRST && number <= LAST;
    }

    /** {@code number}, where it is a port; for a record whose port is an {@code int} to check it in its constructor. */
    public static int check(int number) {
        return new Port(number).number();
    }

    public Range range() {
        return Range.of(number);
    }

    /** Whether the port is a system port (0–1023), the ones the drill asks. */
    public boolean wellKnown() {
        return range() == Range.WELL_KNOWN;
    }

    @Override
    public int compareTo(Port other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return Integer.toString(number);
    }

    /** IANA's ranges: system (well-known), user (registered) and dynamic (private, ephemeral), each from where the last ends. */
    public enum Range {
        WELL_KNOWN,
        REGISTERED,
        DYNAMIC;

        public int first() {
            switch (this) {
                case WELL_KNOWN:
                    return FIRST;
                case REGISTERED:
                    return 1024;
                default:
                    return 49152;
            }
        }

        public int last() {
            return this == DYNAMIC ? LAST : values()[ordinal() + 1].first() - 1;
        }

        public boolean holds(int port) {
            return port >= first() && port <= last();
        }

        /** The range written out, {@code 1024–49151}. */
        public String span() {
            return first() + "–" + last();
        }

        /** The range holding {@code port}; a number that is no port is refused as {@link Port} refuses it. */
        public static Range of(int port) {
            Port checked = new Port(port);
            return checked.number() >= DYNAMIC.first() ? DYNAMIC : checked.number() >= REGISTERED.first() ? REGISTERED : WELL_KNOWN;
        }
    }
}
