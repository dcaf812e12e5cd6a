package com.portdrill.deck;

import com.portdrill.port.Port;

import java.util.List;
import java.util.stream.Stream;

/**
 * The names a learner may give one of IANA's port ranges ({@link Port.Range}, which holds their limits), the shown
 * one first, for the cards that ask which range a port is in.
 *
 * @param range  the range
 * @param nameEn the range's name in an English sentence
 * @param nameZh the same in a Chinese one
 * @param names  every name accepted for the range, the shown one first; its limits are added to them
 */
record RangeNames(Port.Range range, String nameEn, String nameZh, List<String> names) {
    static final List<RangeNames> ALL = List.of(
            new RangeNames(Port.Range.WELL_KNOWN, "well-known", "公认端口（系统端口）",
                    List.of("well-known", "well known", "system", "system ports", "公认", "公认端口", "知名端口", "系统端口")),
            new RangeNames(Port.Range.REGISTERED, "registered", "注册端口（用户端口）",
                    List.of("registered", "user", "user ports", "registered ports", "注册", "注册端口", "用户端口")),
            new RangeNames(Port.Range.DYNAMIC, "dynamic", "动态端口（私有、临时端口）",
                    List.of("dynamic", "dynamic/private", "private", "ephemeral", "dynamic and/or private", "动态", "动态端口",
                            "私有端口", "动态/私有")));

    RangeNames {
        // The range's own limits name it too: "1024-49151" answers "which range?" as well as "registered" does.
        names = Stream.concat(names.stream(), Stream.of(range.first() + "-" + range.last()))
                .toList();
    }

    /** The names of the range holding {@code port}. */
    static RangeNames of(int port) {
        Port.Range range = Port.Range.of(port);
        return ALL.stream().filter(r -> r.range == range).findFirst().orElseThrow();
    }
}
