package com.portdrill.cli;

import com.portdrill.catalogue.Verdict;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Lang;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.deck.AboutPort;
import com.portdrill.deck.LookUp;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.knowledge.PortFact;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.tui.Para;
import com.portdrill.tui.PortLookup;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code portdrill explain PORT|SERVICE}: what the documents say, what IANA assigns, and the verdict. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a port (0-65535, also 22/tcp or tcp/22) or any name a card uses (ssh, SFTP, Oracle, WinRM, RPC, 远程桌面): what we teach about it, the documents' descriptions, IANA's assignments, the verdict and the correction.")
public final class ExplainCommand implements Callable<Integer> {
    private static final String WHAT_TO_GIVE = "give a port from 0 to 65535 or a service name, e.g. 'portdrill explain 22' or 'portdrill explain ssh'";

    @ParentCommand
    PortdrillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object with port, taught, names, documents, iana, verdict and correction.")
    boolean json;

    @Parameters(index = "0", paramLabel = "PORT|SERVICE", arity = "0..1", description = "A port number 0-65535, or a service name or alias.")
    String query;

    @Override
    public Integer call() {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw UserError.usage("nothing to explain: " + WHAT_TO_GIVE);
        }
        Catalogue catalogue = CatalogueFiles.load();
        PortKnowledge knowledge = PortKnowledge.of(catalogue, DeckDataFiles.load());
        List<Integer> ports = ports(knowledge, q);
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = Lang.orEnglish(parent.global.lang());
        if (json) {
            ObjectNode o = json(knowledge.about(ports.get(0)));
            if (ports.size() > 1) {
                ArrayNode also = o.putArray("alsoPorts");
                ports.subList(1, ports.size()).forEach(also::add);
            }
            out.println(CatalogueJson.write(o));
        } else {
            for (int i = 0; i < ports.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                text(out, knowledge.about(ports.get(i)), lang);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The ports the query names, the right one first: the same look-up as the look-up screen's. */
    private static List<Integer> ports(PortKnowledge knowledge, String q) {
        LookUp found = knowledge.lookUp(q);
        if (found.outOfRange()) {
            throw UserError.usage("port " + Sanitize.forTerminal(q) + " is out of range: " + WHAT_TO_GIVE);
        }
        if (found.ports().isEmpty()) {
            String near = found.suggestions().isEmpty() ? ""
                    : "did you mean " + Sanitize.forTerminal(String.join(", ", found.suggestions())) + "? Otherwise ";
            throw UserError.failure("no port or service is named '" + Sanitize.forTerminal(q) + "'; " + near
                    + WHAT_TO_GIVE + " (names such as ssh, DNS, RDP, Oracle, WinRM)");
        }
        return found.ports();
    }

    /** The look-up as text; labels follow {@code --lang}, and so do the descriptions and corrections they show. */
    private static void text(PrintWriter out, AboutPort about, Lang lang) {
        Lang ui = lang;
        int port = about.port();
        Optional<CataloguePort> known = about.catalogue();
        out.println(Message.LOOKUP_PORT.in(ui, port));
        for (Para p : PortLookup.taught(about, ui)) {
            out.println("  " + Sanitize.forTerminal(p.text()));
        }
        if (known.isEmpty()) {
            out.println("  " + Message.EXPLAIN_NO_DOCUMENT.in(ui));
        } else {
            PortRecord r = known.get().record();
            Document other = Document.in(lang.other());
            String service = about.service(lang) == null ? Message.EXPLAIN_NO_SERVICE.in(ui)
                    : Sanitize.forTerminal(about.service(lang));
            out.println("  " + Message.EXPLAIN_DOCUMENTS.in(ui, service, r.entry(), String.join(", ",
                    r.sources().stream().sorted().map(Document::code).toList())));
            String description = about.description(lang);
            if (description != null) {
                Document shown = r.description(Document.in(lang)) != null ? Document.in(lang) : other;
                out.println("  " + shown.code() + ": " + Sanitize.forTerminal(description));
            }
            if (r.sources().size() == 1) {
                Message holder = r.sources().contains(Document.ZH) ? Message.DOC_NAME_ZH : Message.DOC_NAME_EN;
                out.println("  " + Message.EXPLAIN_ONLY_ONE.in(ui, holder.in(ui)));
            }
        }
        List<IanaAssignment> rows = about.iana();
        if (rows.isEmpty()) {
            out.println("  " + Message.EXPLAIN_IANA_NONE.in(ui));
        } else {
            out.println("  " + Message.EXPLAIN_IANA_ROWS.in(ui));
            for (IanaAssignment a : rows) {
                String name = a.name().isEmpty() ? "(reserved)" : a.name();
                out.println(Sanitize.forTerminal("    " + port + "/" + a.protocol() + "  " + name
                        + (a.description().isEmpty() ? "" : "  " + a.description())));
            }
        }
        if (known.isPresent()) {
            Assessment a = known.get().assessment();
            // The reviewed reasons are written in English only; in Chinese the verdict is named and the correction
            // (which is translated) says what is right.
            String verdict = ui == Lang.ZH ? verdictZh(a.verdict()) + "（" + a.verdict().code() + "）"
                    : a.verdict().code() + ". " + Sanitize.forTerminal(a.reasonEn());
            out.println("  " + Message.EXPLAIN_VERDICT.in(ui, verdict));
            if (a.hasCorrection()) {
                out.println("  " + Message.EXPLAIN_CORRECTION.in(ui, Sanitize.forTerminal(a.correction(lang))));
            }
            out.println("  " + Message.EXPLAIN_SOURCE.in(ui, Sanitize.forTerminal(a.source())));
        }
    }

    private static String verdictZh(Verdict v) {
        switch (v) {
            case AGREES:
                return Message.VERDICT_AGREES.in(Lang.ZH);
            case ALIAS:
                return Message.VERDICT_ALIAS.in(Lang.ZH);
            case DISAGREES:
                return Message.VERDICT_DISAGREES.in(Lang.ZH);
            default:
                return Message.VERDICT_UNOFFICIAL.in(Lang.ZH);
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
