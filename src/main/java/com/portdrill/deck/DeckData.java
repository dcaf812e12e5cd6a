package com.portdrill.deck;

import com.portdrill.knowledge.KnowledgeBase;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.Scenario;
import com.portdrill.knowledge.TrojanClaim;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reviewed facts decks are built from besides the catalogue and IANA: the knowledge base, with the trojan
 * programs the documents name.
 *
 * @param knowledge the reviewed body of port knowledge
 * @param scenarios the hand-written stems of the exam-style questions ({@code knowledge/scenarios.tsv})
 */
public record DeckData(KnowledgeBase knowledge, List<Scenario> scenarios) {
    public DeckData {
        Objects.requireNonNull(knowledge, "knowledge");
        scenarios = List.copyOf(scenarios);
    }

    /** The knowledge base with no hand-written stems: the kinds it words by itself only. */
    public DeckData(KnowledgeBase knowledge) {
        this(knowledge, List.of());
    }

    /** The names for the port, or an empty list where the knowledge base lists none. */
    public List<String> namesOf(int port) {
        return knowledge.namesOf(port);
    }

    /** The taught ports and groups, in file order. */
    public List<PortFact> facts() {
        return knowledge.ports();
    }

    /** The trojan and backdoor programs the documents name. */
    public List<TrojanClaim> trojans() {
        return knowledge.trojans();
    }

    /** The per-port names in port order, for callers that need a stable walk over them. */
    public Map<Integer, List<String>> serviceNamesByPort() {
        return knowledge.namesByPort();
    }
}
