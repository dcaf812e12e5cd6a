package com.portdrill.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A trojan or backdoor program the documents name, and every port they say it opens.
 *
 * @param program the program as the English document spells it (card ids keep this spelling)
 * @param ports   the ports, ascending
 * @param source  where in the documents the claim is made
 * @param taughtAs the right spelling, which prompts teach (the same as {@code program} where the documents spell it right)
 */
public record TrojanClaim(String program, List<Integer> ports, String source, String taughtAs) {
    public TrojanClaim {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(taughtAs, "taughtAs");
        ports = List.copyOf(ports);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("a trojan claim needs a port: " + program);
        }
    }

    /** The name a prompt shows: the right spelling, with the documents' own where it differs. */
    public String shown() {
        return taughtAs.equals(program) ? program : taughtAs + " (the documents: \u201C" + program + "\u201D)";
    }

    /** The same in Chinese. */
    public String shownZh() {
        return taughtAs.equals(program) ? program : taughtAs + "（文档写作\u201C" + program + "\u201D）";
    }
}
