package com.portdrill.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.deck.AboutPort;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.knowledge.PortFact;
import com.portdrill.session.ExplanationText;
import com.portdrill.session.ExplanationText.Line;
import com.portdrill.session.PortReport;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code portdrill explain PORT|SERVICE}: what the documents say, what IANA assigns, and the verdict. */
public final class ExplainCommand implements Callable<Integer> {
    private static final String EXAMPLES = "e.g. 'portdrill explain 22' or 'portdrill explain ssh'";
    private static final String WHAT_TO_GIVE = "give a port from 0 to 65535 or a service name, " + EXAMPLES;

    PortdrillCommand parent;

    CommandSpec spec;

    boolean json;

    String query;

    @Override
    public Integer call() {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw UserError.usage("nothing to explain: " + WHAT_TO_GIVE);
        }
        Catalogue catalogue = CatalogueFiles.load();
        PortKnowledge knowledge = PortKnowledge.of(catalogue, DeckDataFiles.load());
        Lang lang = Lang.orEnglish(parent.global.lang());
        PortReport report = PortReport.of(knowledge, q, Messages.of(lang), lang);
        report.problem().ifPresent(line -> {
            // The look-up screen's line, with what to type on a command line.
            String said = Sanitize.forTerminal(line.text());
            if (report.status() == PortReport.Status.OUT_OF_RANGE) {
                throw UserError.usage(said + ", " + EXAMPLES);
            }
            throw UserError.failure(said + (said.endsWith("?") ? " Otherwise " : "; ") + WHAT_TO_GIVE);
        });
        PrintWriter out = spec.commandLine().getOut();
        List<PortReport.Section> sections = report.sections();
        if (json) {
            ObjectNode o = json(sections.get(0).about());
            if (sections.size() > 1) {
                ArrayNode also = o.putArray("alsoPorts");
                sections.subList(1, sections.size()).forEach(s -> also.add(s.about().port()));
            }
            out.println(CatalogueJson.write(o));
        } else {
            text(out, report);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The report as text: a heading for each port, its lines indented under it, a blank line between ports. */
    static void text(PrintWriter out, PortReport report) {
        boolean first = true;
        for (Line line : report.lines()) {
            if (line.part() == ExplanationText.Part.HEADING) {
                if (!first) {
                    out.println();
                }
                out.println(Sanitize.forTerminal(line.text()));
            } else {
                out.println("  " + Sanitize.forTerminal(line.text()));
            }
            first = false;
        }
    }

    /** The object {@code explain --json} prints for a port; {@code scan --json} gives it for every row. */
    static ObjectNode json(AboutPort about) {
        int port = about.port();
        ObjectNode o = CatalogueJson.MAPPER.createObjectNode();
        o.put("port", port);
        ArrayNode taught = o.putArray("taught");
        for (PortFact f : about.facts()) {
            ObjectNode t = taught.addObject();
            ArrayNode ports = t.putArray("ports");
            f.ports().forEach(ports::add);
            t.put("name", f.name());
            t.put("fullName", f.fullName());
            t.put("transport", f.transport().code());
            t.put("registered", f.registered());
            t.put("inClear", f.inClear().code());
            t.put("family", f.family().code());
            ArrayNode counterpart = t.putArray("counterpart");
            f.counterpart().forEach(counterpart::add);
            ArrayNode tiers = t.putArray("tiers");
            f.tiers().stream().sorted().forEach(tier -> tiers.add(tier.code()));
            t.put("purposeEn", f.purposeEn());
            t.put("purposeZh", f.purposeZh());
            t.put("source", f.source());
            t.put("hookEn", f.hookEn());
            t.put("hookZh", f.hookZh());
        }
        ArrayNode names = o.putArray("names");
        about.names().forEach(names::add);
        ArrayNode documents = o.putArray("documents");
        Optional<CataloguePort> known = about.catalogue();
        known.ifPresent(p -> {
            PortRecord r = p.record();
            for (Document d : Document.values()) {
                if (r.sources().contains(d)) {
                    ObjectNode doc = documents.addObject();
                    doc.put("document", d.code());
                    doc.put("service", CatalogueJson.safe(d == Document.EN ? r.service() : r.serviceZh()));
                    ArrayNode entry = doc.putArray("entry");
                    r.entry().forEach(entry::add);
                    doc.put("description", CatalogueJson.safe(r.description(d)));
                }
            }
        });
        o.set("iana", CatalogueJson.iana(about.iana()));
        if (known.isPresent()) {
            CatalogueJson.assessment(o, known.get().assessment());
        } else {
            o.putNull("verdict");
            o.putNull("correction");
        }
        return o;
    }
}
