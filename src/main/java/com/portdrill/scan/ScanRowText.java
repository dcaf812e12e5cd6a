package com.portdrill.scan;

import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.deck.AboutPort;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.text.Sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scan's rows and summary as lines of text, the same for the command and the look-up screen. Every piece that
 * came from the input or from a file is sanitised here, so an escape sequence in a process name stays inert.
 */
public final class ScanRowText {
    private ScanRowText() {
    }

    /** The row's heading, then its service line, then a line per flag (those indented two spaces). */
    public static List<String> lines(ScanRow row, Lang ui) {
        Listener l = row.listener();
        List<String> out = new ArrayList<>(3);
        StringBuilder head = new StringBuilder().append(l.port()).append('/').append(l.transport().code())
                .append("  ").append(where(l, ui));
        if (l.process() != null) {
            head.append("  ").append(Message.SCAN_PROCESS.in(ui, Sanitize.forTerminal(l.process())));
        }
        if (l.banner() != null) {
            head.append("  ").append(Message.SCAN_BANNER.in(ui, Sanitize.forTerminal(l.banner())));
        }
        out.add(head.toString());
        out.add("  " + Message.SERVICE.in(ui, service(row.about(), l.transport(), ui)));
        row.about().catalogue().map(p -> p.assessment()).filter(Assessment::hasCorrection)
                .ifPresent(a -> out.add("  " + Message.EXPLAIN_CORRECTION.in(ui, Sanitize.forTerminal(
                        ui == Lang.ZH && a.correctionZh() != null ? a.correctionZh() : a.correctionEn()))));
        for (FlagNote n : row.flags()) {
            out.add("  ! " + flag(n, l, ui));
        }
        return out;
    }

    /** How many ports, how many flagged and by what; a line for unreadable lines when there were any. */
    public static List<String> summary(ScanTally tally, Lang ui) {
        List<String> out = new ArrayList<>(2);
        if (tally.rows() == 0) {
            out.add(Message.SCAN_NONE_OPEN.in(ui));
        } else {
            StringBuilder s = new StringBuilder(Message.SCAN_SUMMARY.in(ui, tally.rows(),
                    (tally.rows() == 1 ? Message.SCAN_PORT_ONE : Message.SCAN_PORT_MANY).in(ui), tally.flagged()));
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Flag, Long> e : tally.byFlag().entrySet()) {
                parts.add(Message.SCAN_SUMMARY_FLAG.in(ui, name(e.getKey()).in(ui), e.getValue()));
            }
            if (!parts.isEmpty()) {
                s.append(ui == Lang.ZH ? "：" : ": ").append(String.join(ui == Lang.ZH ? "，" : ", ", parts));
            }
            out.add(s.toString());
        }
        if (tally.unreadable() > 0) {
            out.add(Message.SCAN_UNREADABLE.in(ui, tally.unreadable(),
                    (tally.unreadable() == 1 ? Message.SCAN_LINE_ONE : Message.SCAN_LINE_MANY).in(ui), tally.firstUnreadable()));
        }
        return out;
    }

    /** Where it listens: every interface, loopback only, or the one address. */
    public static String where(Listener l, Lang ui) {
        switch (l.reach()) {
            case EVERY_INTERFACE:
                return Message.SCAN_EVERY_INTERFACE.in(ui);
            case LOOPBACK:
                return Message.SCAN_LOOPBACK.in(ui, Sanitize.forTerminal(l.address()));
            default:
                return Message.SCAN_ONE_ADDRESS.in(ui, Sanitize.forTerminal(l.address()));
        }
    }

    /** What we teach about the port, the documents' name for the service and IANA's registration on the row's transport. */
    public static String service(AboutPort facts, Transport transport, Lang ui) {
        List<String> parts = new ArrayList<>(4);
        facts.facts().stream().findFirst().ifPresent(f -> parts.add(Message.SCAN_TAUGHT.in(ui, Sanitize.forTerminal(f.name()),
                Sanitize.forTerminal(ui == Lang.ZH ? f.purposeZh() : f.purposeEn()))));
        if (facts.catalogue().isPresent()) {
            String name = facts.service(ui);
            parts.add(name == null ? Message.SCAN_DOCUMENTS_NULL.in(ui) : Message.SCAN_DOCUMENTS_NAME.in(ui, Sanitize.forTerminal(name)));
        }
        List<IanaAssignment> iana = facts.iana(transport.code());
        if (iana.isEmpty()) {
            parts.add(Message.SCAN_IANA_NONE.in(ui, facts.port() + "/" + transport.code()));
        } else {
            List<String> names = new ArrayList<>(iana.size());
            for (IanaAssignment a : iana) {
                names.add(a.name() + (a.description().isEmpty() || a.description().equalsIgnoreCase(a.name()) ? "" : " (" + a.description() + ")"));
            }
            parts.add(Message.SCAN_IANA.in(ui, transport.code(), Sanitize.forTerminal(String.join("; ", names))));
        }
        facts.verdict().ifPresent(v -> parts.add(Message.SCAN_VERDICT.in(ui, v.code())));
        return String.join(" · ", parts);
    }

    private static String flag(FlagNote n, Listener l, Lang ui) {
        String note = Sanitize.forTerminal(ui == Lang.ZH && n.noteZh() != null ? n.noteZh() : n.noteEn());
        String source = Sanitize.forTerminal(n.source());
        switch (n.flag()) {
            case CLEARTEXT:
                return Message.SCAN_FLAG_CLEARTEXT.in(ui, note, source);
            case EXPOSED:
                return Message.SCAN_FLAG_EXPOSED.in(ui, note, source);
            case TROJAN:
                return Message.SCAN_FLAG_TROJAN.in(ui, note, source);
            default:
                return n.noteEn() == null ? Message.SCAN_FLAG_UNREGISTERED.in(ui, l.port() + "/" + l.transport().code())
                        : Message.SCAN_FLAG_CONVENTION.in(ui, note, l.port() + "/" + l.transport().code(), source);
        }
    }

    private static Message name(Flag f) {
        return switch (f) {
            case CLEARTEXT -> Message.SCAN_FLAG_NAME_CLEARTEXT;
            case EXPOSED -> Message.SCAN_FLAG_NAME_EXPOSED;
            case TROJAN -> Message.SCAN_FLAG_NAME_TROJAN;
            case UNREGISTERED -> Message.SCAN_FLAG_NAME_UNREGISTERED;
        };
    }
}
