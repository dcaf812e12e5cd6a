package com.portdrill.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reviewed body of port knowledge: the taught ports and groups, the IP protocol numbers, and the names people
 * use for each single port's service. Every row carries its source; the parser refuses a row without one.
 *
 * @param ports     the rows of {@code knowledge/ports.tsv}, in file order
 * @param protocols the rows of {@code knowledge/protocols.tsv}
 * @param names     per port, the names accepted for its service, the shown one first ({@code knowledge/names.tsv})
 * @param unaskedDescriptions the first ports of document entries whose description holds a claim a correction calls
 *                  wrong or dubious, so no card asks it back ({@code knowledge/unasked-descriptions.tsv})
 * @param trojans   the trojan and backdoor programs the documents name ({@code knowledge/trojans.tsv})
 */
public record KnowledgeBase(List<PortFact> ports, List<IpProtocol> protocols, Map<Integer, List<String>> names,
                            Set<Integer> unaskedDescriptions, List<TrojanClaim> trojans) {
    public KnowledgeBase {
        trojans = List.copyOf(trojans);
        ports = List.copyOf(ports);
        protocols = List.copyOf(protocols);
        names = Map.copyOf(names);
        unaskedDescriptions = Set.copyOf(unaskedDescriptions);
    }

    /** The rows about the port, alone or in a group. */
    public List<PortFact> factsAbout(int port) {
        return ports.stream().filter(f -> f.ports().contains(port)).toList();
    }

    /** The names {@code knowledge/names.tsv} gives the port, or an empty list. */
    public List<String> namesOf(int port) {
        return names.getOrDefault(port, List.of());
    }

    /** The per-port names in port order, for a stable walk over them. */
    public Map<Integer, List<String>> namesByPort() {
        return new TreeMap<>(names);
    }
}
