package com.portdrill.knowledge;

import java.util.Optional;

/** The sorts of hand-written question {@code knowledge/scenarios.tsv} holds. */
public enum ScenarioKind {
    /** The whole set of ports a job needs. */
    JOB("job"),
    /** A firewall rule to write or a fault to find. */
    SCENARIO("scenario"),
    /** A line of ss, netstat or a capture to read. */
    READ_LINE("read-line"),
    /** A port range. */
    RANGE("range");

    private final String code;

    ScenarioKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ScenarioKind> of(String code) {
        return Words.find(values(), ScenarioKind::code, code);
    }
}
