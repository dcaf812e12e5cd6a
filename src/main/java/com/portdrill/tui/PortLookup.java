package com.portdrill.tui;

import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AboutPort;
import com.portdrill.deck.LookUp;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.knowledge.InClear;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.Tier;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Explains a port or a service from the knowledge base, the catalogue and IANA, as {@code portdrill explain} does:
 * what we teach about it, the documents' service and description, which documents hold it, every IANA row, the
 * verdict and the correction.
 */
public final class PortLookup {
    private PortLookup() {
    }

    /** The paragraphs for a query; one line that says what is wrong, and the nearest names, when it names nothing. */
    public static List<Para> explain(PortKnowledge knowledge, String query, Lang ui, Lang description) {
        String q = Fold.width(query).strip();
        if (q.isEmpty()) {
            return List.of();
        }
        LookUp found = knowledge.lookUp(q);
        if (found.outOfRange()) {
            return List.of(new Para(Role.WRONG, Message.LOOKUP_RANGE.in(ui, q)));
        }
        if (found.ports().isEmpty()) {
            return List.of(new Para(Role.WRONG, found.suggestions().isEmpty() ? Message.LOOKUP_UNKNOWN.in(ui, q)
                    : Message.LOOKUP_DID_YOU_MEAN.in(ui, q, String.join(", ", found.suggestions()))));
        }
        List<Para> out = new ArrayList<>();
        for (int port : found.ports()) {
            out.addAll(port(knowledge.about(port), ui, description));
        }
        return out;
    }

    /**
     * What the knowledge base teaches about the port, the same lines on the look-up screen and in {@code explain}:
     * the name and full name, the transport, what it is for, whether it is a convention, its counterpart, whether
     * it is in clear, the other names accepted, the decks and the sources.
     */
    public static List<Para> taught(AboutPort about, Lang ui) {
        List<Para> out = new ArrayList<>();
        for (PortFact f : about.facts()) {
            String ports = f.ports().stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.add(new Para(Role.PLAIN, Message.EXPLAIN_TAUGHT.in(ui, f.name(), f.fullName(),
                    ports + " " + f.transport().code())));
            out.add(new Para(Role.PLAIN, Message.EXPLAIN_PURPOSE.in(ui, ui == Lang.ZH ? f.purposeZh() : f.purposeEn())));
            String hook = ui == Lang.ZH ? f.hookZh() : f.hookEn();
            if (hook != null) {
                out.add(new Para(Role.PLAIN, Message.EXPLAIN_HOOK.in(ui, hook)));
            }
            if (!f.registered()) {
                out.add(new Para(Role.WARN, Message.EXPLAIN_CONVENTION.in(ui)));
            }
            if (!f.counterpart().isEmpty()) {
                out.add(new Para(Role.MUTED, Message.EXPLAIN_COUNTERPART.in(ui,
                        f.counterpart().stream().map(String::valueOf).collect(Collectors.joining(", ")))));
            }
            out.add(new Para(Role.MUTED, inClear(f.inClear()).in(ui)));
            out.add(new Para(Role.MUTED, Message.EXPLAIN_TIERS.in(ui,
                    f.tiers().stream().sorted().map(Tier::code).collect(Collectors.joining(", ")))));
            out.add(new Para(Role.MUTED, Message.EXPLAIN_FACT_SOURCE.in(ui, f.source())));
        }
        if (about.names().size() > 1) {
            out.add(new Para(Role.MUTED, Message.EXPLAIN_ALSO_CALLED.in(ui,
                    String.join(", ", about.names().subList(1, about.names().size())))));
        }
        return out;
    }

    private static Message inClear(InClear c) {
        switch (c) {
            case CLEAR:
                return Message.EXPLAIN_CLEAR;
            case ENCRYPTED:
                return Message.EXPLAIN_ENCRYPTED;
            default:
                return Message.EXPLAIN_VARIES;
        }
    }

    private static List<Para> port(AboutPort about, Lang ui, Lang description) {
        int port = about.port();
        List<Para> out = new ArrayList<>();
        out.add(new Para(Role.TITLE, Message.LOOKUP_PORT.in(ui, port)));
        out.addAll(taught(about, ui));
        Optional<CataloguePort> known = about.catalogue();
        if (known.isEmpty()) {
            out.add(new Para(Role.MUTED, Message.EXPLAIN_NO_DOCUMENT.in(ui)));
        } else {
            PortRecord r = known.get().record();
            String service = description == Lang.ZH && r.serviceZh() != null ? r.serviceZh() : r.service();
            out.add(new Para(Role.PLAIN, Message.SERVICE.in(ui,
                    service == null ? Message.EXPLAIN_NO_SERVICE.in(ui) : service)));
            String text = description == Lang.ZH ? r.descriptionZh() : r.descriptionEn();
            if (text != null && !text.isBlank()) {
                Message label = description == Lang.ZH ? Message.EXPLAIN_DOC_ZH : Message.EXPLAIN_DOC_EN;
                out.add(new Para(Role.PLAIN, label.in(ui, text)));
            }
            out.addAll(holders(r.sources(), r.descriptionEn(), r.descriptionZh(), description, ui));
        }
        List<IanaAssignment> rows = about.iana();
        if (rows.isEmpty()) {
            out.add(new Para(Role.MUTED, Message.EXPLAIN_IANA_NONE.in(ui)));
        }
        for (IanaAssignment a : rows) {
            String name = a.name().isEmpty() ? "(reserved)" : a.name();
            out.add(new Para(Role.MUTED, Message.EXPLAIN_IANA.in(ui, port + "/" + a.protocol() + "  " + name
                    + (a.description().isEmpty() ? "" : "  " + a.description()))));
        }
        if (known.isPresent()) {
            Assessment a = known.get().assessment();
            out.add(new Para(a.verdict() == Verdict.DISAGREES ? Role.WARN : Role.MUTED,
                    Message.EXPLAIN_VERDICT.in(ui, verdict(a.verdict()).in(ui)
                            + (a.reasonEn() == null || ui == Lang.ZH ? "" : ". " + a.reasonEn()))));
            if (a.hasCorrection()) {
                String c = ui == Lang.ZH && a.correctionZh() != null ? a.correctionZh() : a.correctionEn();
                out.add(new Para(Role.WARN, Message.EXPLAIN_CORRECTION.in(ui, c)));
            }
            if (a.source() != null && !a.source().isBlank()) {
                out.add(new Para(Role.MUTED, Message.EXPLAIN_SOURCE.in(ui, a.source())));
            }
        }
        return out;
    }

    /** Says plainly when only one document holds the port, or none, or that the other language is there. */
    private static List<Para> holders(Set<Document> sources, String en, String zh, Lang shown, Lang ui) {
        if (sources.isEmpty()) {
            return List.of(new Para(Role.MUTED, Message.EXPLAIN_NO_DOCUMENT.in(ui)));
        }
        if (sources.size() == 1) {
            Message name = sources.contains(Document.ZH) ? Message.DOC_NAME_ZH : Message.DOC_NAME_EN;
            return List.of(new Para(Role.MUTED, Message.EXPLAIN_ONLY_ONE.in(ui, name.in(ui))));
        }
        String other = shown == Lang.ZH ? en : zh;
        return other == null || other.isBlank() ? List.of() : List.of(new Para(Role.MUTED, Message.EXPLAIN_OTHER_LANG.in(ui)));
    }

    private static Message verdict(Verdict v) {
        switch (v) {
            case AGREES:
                return Message.VERDICT_AGREES;
            case ALIAS:
                return Message.VERDICT_ALIAS;
            case DISAGREES:
                return Message.VERDICT_DISAGREES;
            default:
                return Message.VERDICT_UNOFFICIAL;
        }
    }
}
