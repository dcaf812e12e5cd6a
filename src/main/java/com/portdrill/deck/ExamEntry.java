package com.portdrill.deck;

import java.util.List;
import java.util.Objects;

/**
 * A port, or a group of ports taught together, that certification objectives expect.
 *
 * @param ports     the ports, ascending; a pair such as DHCP's 67/68 is asked for together
 * @param name      the name a card shows, e.g. {@code DHCP}
 * @param aliases   other names accepted as an answer
 * @param objective where the objective comes from, e.g. {@code N10-009 1.4}
 * @param noteEn    a short note of our own, in English
 * @param noteZh    the same note in Chinese
 */
public record ExamEntry(List<Integer> ports, String name, List<String> aliases, String objective, String noteEn,
                        String noteZh) {
    public ExamEntry {
        ports = List.copyOf(ports);
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("an exam entry needs a port: " + name);
        }
    }
}
