package com.portdrill.scan;

import java.util.Objects;

/**
 * One flag on one open port, with what to tell the learner and where it comes from.
 *
 * @param flag   which flag
 * @param noteEn what it means here, in English (for a trojan port, the English document's words)
 * @param noteZh the same in Chinese (for a trojan port, the Chinese document's words); may be null
 * @param source where the fact comes from (an RFC, IANA, an objective, the verdict's source)
 */
public record FlagNote(Flag flag, String noteEn, String noteZh, String source) {
    public FlagNote {
        Objects.requireNonNull(flag, "flag");
    }
}
