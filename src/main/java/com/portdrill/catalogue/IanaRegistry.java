package com.portdrill.catalogue;

import java.util.List;

/** Look-ups in the IANA registry; the shell loads it, the core only asks. */
public interface IanaRegistry {
    /** Every assignment for the port, all protocols, tcp before udp; empty when IANA has none. */
    List<IanaAssignment> byPort(int port);

    /** Every assignment whose service name equals {@code name} (case ignored); empty when none. */
    List<IanaAssignment> byName(String name);
}
