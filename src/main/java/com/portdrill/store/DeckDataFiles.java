package com.portdrill.store;

import com.portdrill.deck.DeckData;
import com.portdrill.knowledge.KnowledgeParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the reviewed deck data shipped in the jar under {@code knowledge/}. */
public final class DeckDataFiles {
    private DeckDataFiles() {
    }

    public static DeckData load() {
        return new DeckData(KnowledgeParser.parse(resource("ports.tsv"), resource("protocols.tsv"),
                resource("names.tsv"), resource("unasked-descriptions.tsv"), resource("trojans.tsv")),
                KnowledgeParser.scenarios(resource("scenarios.tsv")));
    }

    private static String resource(String name) {
        try (InputStream in = DeckDataFiles.class.getResourceAsStream("/knowledge/" + name)) {
            if (in == null) {
                throw new IllegalStateException("knowledge/" + name + " is missing from the portdrill jar; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge/" + name + " from the portdrill jar", e);
        }
    }
}
