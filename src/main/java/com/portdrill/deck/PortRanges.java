package com.portdrill.deck;

import com.portdrill.port.Port;

import java.util.List;

/**
 * The names a learner may give each of IANA's three port ranges ({@link Port.Range}, which holds their limits), the
 * shown one first.
 */
enum PortRanges {
    WELL_KNOWN(Port.Range.WELL_KNOWN, "well-known", "公认端口（系统端口）",
            List.of("well-known", "well known", "system", "system ports", "公认", "公认端口", "知名端口", "系统端口")),
    REGISTERED(Port.Range.REGISTERED, "registered", "注册端口（用户端口）",
            List.of("registered", "user", "user ports", "registered ports", "注册", "注册端口", "用户端口")),
    DYNAMIC(Port.Range.DYNAMIC, "dynamic", "动态端口（私有、临时端口）",
            List.of("dynamic", "dynamic/private", "private", "ephemeral", "dynamic and/or private", "动态", "动态端口",
                    "私有端口", "动态/私有"));

    private final Port.Range range;
    private final String nameEn;
    private final String nameZh;
    private final List<String> names;

    PortRanges(Port.Range range, String nameEn, String nameZh, List<String> names) {
        this.range = range;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.names = names;
    }

    boolean holds(int port) {
        return range.holds(port);
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
        return range.span();
    }

    static PortRanges of(int port) {
        Port.Range range = Port.Range.of(port);
        for (PortRanges r : values()) {
            if (r.range == range) {
                return r;
            }
        }
        throw new IllegalStateException("no names for " + range);
    }
}
