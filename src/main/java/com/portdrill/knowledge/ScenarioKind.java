package com.portdrill.knowledge;

import com.portdrill.text.Coded;

import java.util.Optional;

/** The sorts of hand-written question {@code knowledge/scenarios.tsv} holds. */
public enum ScenarioKind implements Coded {
    /** The whole set of ports a job needs. */
    JOB,
    /** A firewall rule to write or a fault to find. */
    SCENARIO,
    /** A line of ss, netstat or a capture to read. */
    READ_LINE,
    /** A port range. */
    RANGE;

    public static Optional<ScenarioKind> of(String code) {
        return Coded.of(values(), code);
    }
}
