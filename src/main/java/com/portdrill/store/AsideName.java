package com.portdrill.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Names for damaged files moved aside: {@code <prefix><UTC time><suffix>}, never one that exists. */
final class AsideName {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private AsideName() {
    }

    static Path next(Path dir, String prefix, String suffix, Clock clock) {
        String stamp = STAMP.format(clock.instant());
        Path p = dir.resolve(prefix + stamp + suffix);
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(prefix + stamp + "-" + i + suffix);
        }
        return p;
    }
}
