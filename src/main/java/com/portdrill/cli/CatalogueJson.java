package com.portdrill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.text.Sanitize;

import java.util.List;

/** The JSON forms of catalogue ports and IANA rows that {@code catalogue --json} and {@code explain --json} print. */
final class CatalogueJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogueJson() {
    }

    static ObjectNode port(CataloguePort p) {
        PortRecord r = p.record();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("port", r.port());
        o.put("service", safe(r.service()));
        o.put("serviceZh", safe(r.serviceZh()));
        ArrayNode entry = o.putArray("entry");
        r.entry().forEach(entry::add);
        o.set("sources", sources(r));
        ObjectNode description = o.putObject("description");
        description.put("en", safe(r.descriptionEn()));
        description.put("zh", safe(r.descriptionZh()));
        assessment(o, p.assessment());
        return o;
    }

    static void assessment(ObjectNode o, Assessment a) {
        o.put("verdict", a.verdict().code());
        o.put("ianaService", safe(a.ianaService()));
        o.put("reason", safe(a.reasonEn()));
        if (a.hasCorrection()) {
            ObjectNode correction = o.putObject("correction");
            correction.put("en", safe(a.correctionEn()));
            correction.put("zh", safe(a.correctionZh()));
        } else {
            o.putNull("correction");
        }
        o.put("source", safe(a.source()));
    }

    static ArrayNode sources(PortRecord r) {
        ArrayNode sources = MAPPER.createArrayNode();
        for (Document d : Document.values()) {
            if (r.sources().contains(d)) {
                sources.add(d.code());
            }
        }
        return sources;
    }

    /** {@code {"tcp": [{"name", "description"}], "udp": [...]}}, protocols in IANA order, only those present. */
    static ObjectNode iana(List<IanaAssignment> rows) {
        ObjectNode o = MAPPER.createObjectNode();
        for (IanaAssignment a : rows) {
            ArrayNode list = o.has(a.protocol()) ? (ArrayNode) o.get(a.protocol()) : o.putArray(a.protocol());
            ObjectNode row = list.addObject();
            row.put("name", safe(a.name()));
            row.put("description", safe(a.description()));
        }
        return o;
    }

    static String safe(String s) {
        return s == null ? null : Sanitize.forTerminal(s);
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
