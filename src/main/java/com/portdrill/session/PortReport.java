package com.portdrill.session;

import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AboutPort;
import com.portdrill.deck.Card;
import com.portdrill.deck.LookUp;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.knowledge.InClear;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.Tier;
import com.portdrill.session.ExplanationText.Line;
import com.portdrill.session.ExplanationText.Part;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is said about a port wherever one is looked up: the full screen's look-up and {@code explain} render these
 * lines, and the study feedback words its documents and IANA lines with the same helpers, so a port reads the same
 * everywhere. One section per port the query names: the heading, what we teach, what the documents call it and say,
 * which of them hold it, every IANA row, the verdict and the correction. A query that names no port gets one line that
 * says why, with the nearest names. Every word is localised here; the text is data from files, so a renderer
 * sanitises it before it reaches a terminal.
 *
 * @param status   what the query turned out to be
 * @param sections one per port found, the best match first; empty unless {@link Status#FOUND}
 * @param problem  the line that says why nothing was found; empty for {@link Status#FOUND} and {@link Status#NOTHING}
 */
public record PortReport(Status status, List<Section> sections, Optional<Line> problem) {
    public enum Status {
        /** A blank query: nothing asked, nothing to say. */
        NOTHING,
        FOUND,
        /** A number that is no port. */
        OUT_OF_RANGE,
        /** A name no port goes by. */
        UNKNOWN
    }

    /** One port's lines, with what they were made from for a renderer that prints fields rather than lines. */
    public record Section(AboutPort about, List<Line> lines) {
        public Section {
            Objects.requireNonNull(about, "about");
            lines = List.copyOf(lines);
        }

        /** Whether the documents are wrong about the port, so the verdict is worth a warning. */
        public boolean documentsWrong() {
            return about.verdict().filter(v -> v == Verdict.DISAGREES).isPresent();
        }
    }

    private static final Map<Verdict, Message> VERDICT_NAMES = Map.of(Verdict.AGREES, Message.VERDICT_AGREES,
            Verdict.ALIAS, Message.VERDICT_ALIAS, Verdict.DISAGREES, Message.VERDICT_DISAGREES,
            Verdict.UNOFFICIAL, Message.VERDICT_UNOFFICIAL);
    private static final Map<InClear, Message> IN_CLEAR = Map.of(InClear.CLEAR, Message.EXPLAIN_CLEAR,
            InClear.ENCRYPTED, Message.EXPLAIN_ENCRYPTED, InClear.VARIES, Message.EXPLAIN_VARIES);

    public PortReport {
        Objects.requireNonNull(status, "status");
        sections = List.copyOf(sections);
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * The report on {@code query} with the interface text of {@code m} and the documents' descriptions in {@code
     * description} (the look-up screen switches that language on its own).
     */
    public static PortReport of(PortKnowledge knowledge, String query, Messages m, Lang description) {
        String q = Fold.width(query == null ? "" : query).strip();
        if (q.isEmpty()) {
            return new PortReport(Status.NOTHING, List.of(), Optional.empty());
        }
        LookUp found = knowledge.lookUp(q);
        Lang ui = m.lang();
        if (found.outOfRange()) {
            return new PortReport(Status.OUT_OF_RANGE, List.of(),
                    Optional.of(new Line(Part.UNKNOWN, Message.LOOKUP_RANGE.in(ui, q))));
        }
        if (found.ports().isEmpty()) {
            String said = found.suggestions().isEmpty() ? Message.LOOKUP_UNKNOWN.in(ui, q)
                    : Message.LOOKUP_DID_YOU_MEAN.in(ui, q, String.join(", ", found.suggestions()));
            return new PortReport(Status.UNKNOWN, List.of(), Optional.of(new Line(Part.UNKNOWN, said)));
        }
        List<Section> sections = new ArrayList<>();
        for (int port : found.ports()) {
            AboutPort about = knowledge.about(port);
            sections.add(new Section(about, lines(about, m, description)));
        }
        return new PortReport(Status.FOUND, sections, Optional.empty());
    }

    /** Every line in reading order: each section's, or the one that says why there are none. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        sections.forEach(s -> out.addAll(s.lines()));
        problem.ifPresent(out::add);
        return out;
    }

    private static List<Line> lines(AboutPort about, Messages m, Lang description) {
        Lang ui = m.lang();
        List<Line> out = new ArrayList<>();
        out.add(new Line(Part.HEADING, Message.LOOKUP_PORT.in(ui, about.port())));
        out.addAll(taught(about, ui));
        Optional<CataloguePort> known = about.catalogue();
        if (known.isEmpty()) {
            holders(Set.of(), m).ifPresent(out::add);
        } else {
            String service = about.service(description) == null ? Message.EXPLAIN_NO_SERVICE.in(ui)
                    : about.service(description);
            List<Integer> entry = known.get().record().entry();
            // The entry is worth naming only where it lists other ports too (FTP's 20, 21).
            out.add(new Line(Part.SERVICE, entry.size() > 1 ? m.get(Message.EXPLAIN_SERVICE_ENTRY, service, Card.showPorts(entry))
                    : m.get(Message.EXPLAIN_SERVICE, service)));
            String text = about.description(description);
            if (text != null && !text.isBlank()) {
                Lang written = known.get().record().description(Document.in(description)) != null ? description : description.other();
                out.add(new Line(Part.DESCRIPTION, described(written, text, m)));
            }
            holders(known.get().record().sources(), m).ifPresent(out::add);
        }
        out.addAll(iana(about, m));
        known.map(CataloguePort::assessment).ifPresent(a -> out.addAll(verdict(a, m)));
        return out;
    }

    /**
     * What the knowledge base teaches about the port: the name and full name, the transport, what it is for, its
     * memory hook, whether it is a convention, its counterpart, whether it is in clear, the decks, the sources, and the
     * other names accepted.
     */
    private static List<Line> taught(AboutPort about, Lang ui) {
        List<Line> out = new ArrayList<>();
        for (PortFact f : about.facts()) {
            out.add(new Line(Part.TAUGHT, Message.EXPLAIN_TAUGHT.in(ui, f.name(), f.fullName(),
                    Card.showPorts(f.ports()) + " " + f.transport().code())));
            out.add(new Line(Part.TAUGHT, Message.EXPLAIN_PURPOSE.in(ui, ui == Lang.ZH ? f.purposeZh() : f.purposeEn())));
            String hook = ui == Lang.ZH ? f.hookZh() : f.hookEn();
            if (hook != null) {
                out.add(new Line(Part.TAUGHT, Message.EXPLAIN_HOOK.in(ui, hook)));
            }
            if (!f.registered()) {
                out.add(new Line(Part.CONVENTION, Message.EXPLAIN_CONVENTION.in(ui)));
            }
            if (!f.counterpart().isEmpty()) {
                out.add(new Line(Part.FACT, Message.EXPLAIN_COUNTERPART.in(ui, Card.showPorts(f.counterpart()))));
            }
            out.add(new Line(Part.FACT, IN_CLEAR.get(f.inClear()).in(ui)));
            out.add(new Line(Part.FACT, Message.EXPLAIN_TIERS.in(ui,
                    f.tiers().stream().sorted().map(Tier::code).collect(Collectors.joining(", ")))));
            out.add(new Line(Part.FACT, Message.EXPLAIN_FACT_SOURCE.in(ui, f.source())));
        }
        if (about.names().size() > 1) {
            out.add(new Line(Part.FACT, Message.EXPLAIN_ALSO_CALLED.in(ui,
                    String.join(", ", about.names().subList(1, about.names().size())))));
        }
        return out;
    }

    /** A document's description, labelled with the language it is written in. */
    static String described(Lang written, String text, Messages m) {
        return m.get(written == Lang.ZH ? Message.EXPLAIN_DESCRIPTION_ZH : Message.EXPLAIN_DESCRIPTION_EN, text);
    }

    /** Which documents hold the port, where that is worth saying: neither of them, or only one; nothing for both. */
    static Optional<Line> holders(Set<Document> sources, Messages m) {
        if (sources.isEmpty()) {
            return Optional.of(new Line(Part.SOURCES, m.get(Message.EXPLAIN_NO_DOCUMENT)));
        }
        if (sources.size() == 1) {
            return Optional.of(new Line(Part.SOURCES,
                    m.get(sources.contains(Document.EN) ? Message.EXPLAIN_ONLY_EN : Message.EXPLAIN_ONLY_ZH)));
        }
        return Optional.empty();
    }

    /** Every IANA row for the port, {@code 22/tcp  ssh  The Secure Shell (SSH) Protocol}; one line where there is none. */
    private static List<Line> iana(AboutPort about, Messages m) {
        if (about.iana().isEmpty()) {
            return List.of(new Line(Part.IANA, m.get(Message.EXPLAIN_IANA, m.get(Message.IANA_NONE))));
        }
        List<Line> out = new ArrayList<>();
        for (IanaAssignment a : about.iana()) {
            String name = a.name().isEmpty() ? m.get(Message.IANA_RESERVED) : a.name();
            String row = about.port() + "/" + a.protocol() + "  " + name + (a.description().isEmpty() ? "" : "  " + a.description());
            out.add(new Line(Part.IANA, m.get(Message.EXPLAIN_IANA, row)));
        }
        return out;
    }

    /**
     * The verdict named in the interface language with its code, the reviewed reason where it is written (in English
     * only), the correction in the interface language (else in English: a correction is never dropped for want of a
     * translation), and the verdict's source.
     */
    private static List<Line> verdict(Assessment a, Messages m) {
        Lang ui = m.lang();
        List<Line> out = new ArrayList<>();
        String reason = ui == Lang.EN && a.reasonEn() != null && !a.reasonEn().isBlank() ? ". " + a.reasonEn() : "";
        out.add(new Line(Part.VERDICT, m.get(Message.EXPLAIN_VERDICT_NAMED, VERDICT_NAMES.get(a.verdict()).in(ui),
                a.verdict().code()) + reason));
        if (a.hasCorrection()) {
            String c = ui == Lang.ZH && a.correctionZh() != null && !a.correctionZh().isBlank() ? a.correctionZh() : a.correctionEn();
            out.add(new Line(Part.CORRECTION, m.get(Message.EXPLAIN_CORRECTION, c)));
        }
        if (a.source() != null && !a.source().isBlank()) {
            out.add(new Line(Part.FACT, Message.EXPLAIN_SOURCE.in(ui, a.source())));
        }
        return out;
    }
}
