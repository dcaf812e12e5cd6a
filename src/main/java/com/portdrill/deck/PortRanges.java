package com.portdrill.deck;

import java.util.List;

/**
 * IANA's three port ranges (RFC 6335 section 6): system (well-known), user (registered) and dynamic, with the names
 * a learner may give each, the shown one first.
 */
enum PortRanges {
    WELL_KNOWN(0, 1023, "well-known", "公认端口（系统端口）",
            List.of("well-known", "well known", "system", "system ports", "公认", "公认端口", "知名端口", "系统端口")),
    REGISTERED(1024, 49151, "registered", "注册端口（用户端口）",
            List.of("registered", "user", "user ports", "registered ports", "注册", "注册端口", "用户端口")),
    DYNAMIC(49152, 65535, "dynamic", "动态端口（私有、临时端口）",
            List.of("dynamic", "dynamic/private", "private", "ephemeral", "dynamic and/or private", "动态", "动态端口",
                    "私有端口", "动态/私有"));

    private final int first;
    private final int last;
    private final String nameEn;
    private final String nameZh;
    private final List<String> names;

    PortRanges(int first, int last, String nameEn, String nameZh, List<String> names) {
        this.first = first;
        this.last = last;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.names = names;
    }

    boolean holds(int port) {
        return port >= first && port <= last;
    }

    /** Every name accepted for the range, the shown one first. */
    List<String> names() {
        return names;
    }

    String nameEn() {
        return nameEn;
    }

    String nameZh() {
        return nameZh;
    }

    /** The range written out, {@code 1024–49151}. */
    String span() {
        return first + "–" + last;
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
