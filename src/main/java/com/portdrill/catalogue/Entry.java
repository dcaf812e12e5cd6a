package com.portdrill.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One entry of a document as written: its ports, the service for each port, and its description.
 *
 * @param line        the 1-based line of the entry's port label
 * @param ports       the ports in document order
 * @param serviceLine the service line as written, after its label
 * @param services    the service per port, same order as {@code ports}; null where the document says {@code [NULL]}
 * @param description the description joined as a reader reads it; null where the entry has none
 */
public record Entry(int line, List<Integer> ports, String serviceLine, List<String> services, String description) {
    public Entry {
        ports = List.copyOf(ports);
        services = Collections.unmodifiableList(new ArrayList<>(services));
        if (services.size() != ports.size()) {
            throw new IllegalArgumentException("one service per port: " + ports + " " + services);
        }
    }

    public String serviceFor(int port) {
        return services.get(ports.indexOf(port));
    }
}
