package com.portdrill.deck;

import java.util.List;
import java.util.Objects;

/**
 * A trojan or backdoor program the documents name, and every port they say it opens.
 *
 * @param program the program as the English document spells it
 * @param ports   the ports, ascending
 * @param source  where in the documents the claim is made
 */
public record TrojanClaim(String program, List<Integer> ports, String source) {
    public TrojanClaim {
        Objects.requireNonNull(program, "program");
        ports = List.copyOf(ports);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("a trojan claim needs a port: " + program);
        }
    }
}
