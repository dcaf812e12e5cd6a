package com.portdrill.deck;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviewed facts decks are built from besides the catalogue and IANA: the names people use for a
 * port's service, the ports exam objectives expect, and the trojan programs the documents name.
 *
 * @param serviceNames per port, the names accepted for its service; the first is the one shown
 * @param exam         the exam objectives' ports, in file order
 * @param trojans      the trojan and backdoor programs the documents name
 */
public record DeckData(Map<Integer, List<String>> serviceNames, List<ExamEntry> exam, List<TrojanClaim> trojans) {
    public DeckData {
        serviceNames = Map.copyOf(serviceNames);
        exam = List.copyOf(exam);
        trojans = List.copyOf(trojans);
    }

    /** The names for the port, or an empty list where the file lists none. */
    public List<String> namesOf(int port) {
        return serviceNames.getOrDefault(port, List.of());
    }

    /** The service-name table in port order, for callers that need a stable walk over it. */
    public Map<Integer, List<String>> serviceNamesByPort() {
        return new TreeMap<>(serviceNames);
    }
}
