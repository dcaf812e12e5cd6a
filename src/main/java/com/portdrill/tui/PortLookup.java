package com.portdrill.tui;

import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.ScreenText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Explains a port or a service from the catalogue and IANA, as {@code portdrill explain} does: the documents'
 * service and description, which documents hold it, every IANA row, the verdict and the correction.
 */
public final class PortLookup {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+");

    private PortLookup() {
    }

    /** The paragraphs for a query; one line that says what is wrong when it names nothing. */
    public static List<Para> explain(Catalogue catalogue, String query, Lang ui, Lang description) {
        String q = com.portdrill.text.Fold.width(query).strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<Integer> ports;
        if (NUMBER.matcher(q).matches()) {
            long port = q.length() > 7 ? Long.MAX_VALUE : Long.parseLong(q);
            if (port < 0 || port > 65535) {
                return List.of(new Para(Role.WRONG, ScreenText.LOOKUP_RANGE.format(ui, q)));
            }
            ports = List.of((int) port);
        } else {
            ports = catalogue.portsForService(q);
            if (ports.isEmpty()) {
                return List.of(new Para(Role.WRONG, ScreenText.LOOKUP_UNKNOWN.format(ui, q)));
            }
        }
        List<Para> out = new ArrayList<>();
        for (int port : ports) {
            out.addAll(port(catalogue, port, ui, description));
        }
        return out;
    }

    private static List<Para> port(Catalogue catalogue, int port, Lang ui, Lang description) {
        List<Para> out = new ArrayList<>();
        out.add(new Para(Role.TITLE, ScreenText.LOOKUP_PORT.format(ui, port)));
        Optional<CataloguePort> known = catalogue.port(port);
        if (known.isEmpty()) {
            out.add(new Para(Role.MUTED, ScreenText.EXPLAIN_NO_DOCUMENT.in(ui)));
        } else {
            PortRecord r = known.get().record();
            String service = description == Lang.ZH && r.serviceZh() != null ? r.serviceZh() : r.service();
            out.add(new Para(Role.PLAIN, ScreenText.EXPLAIN_SERVICE.format(ui,
                    service == null ? ScreenText.EXPLAIN_NO_SERVICE.in(ui) : service)));
            String text = description == Lang.ZH ? r.descriptionZh() : r.descriptionEn();
            if (text != null && !text.isBlank()) {
                ScreenText label = description == Lang.ZH ? ScreenText.EXPLAIN_DOC_ZH : ScreenText.EXPLAIN_DOC_EN;
                out.add(new Para(Role.PLAIN, label.format(ui, text)));
            }
            out.addAll(ExplanationText.holders(r.sources(), r.descriptionEn(), r.descriptionZh(), description, ui));
        }
        List<IanaAssignment> rows = catalogue.iana().byPort(port);
        if (rows.isEmpty()) {
            out.add(new Para(Role.MUTED, ScreenText.EXPLAIN_IANA_NONE.in(ui)));
        }
        for (IanaAssignment a : rows) {
            String name = a.name().isEmpty() ? "(reserved)" : a.name();
            out.add(new Para(Role.MUTED, ScreenText.EXPLAIN_IANA.format(ui, port + "/" + a.protocol() + "  " + name
                    + (a.description().isEmpty() ? "" : "  " + a.description()))));
        }
        if (known.isPresent()) {
            Assessment a = known.get().assessment();
            out.add(new Para(a.verdict() == com.portdrill.catalogue.Verdict.DISAGREES ? Role.WARN : Role.MUTED,
                    ScreenText.EXPLAIN_VERDICT.format(ui, ExplanationText.verdict(a.verdict()).in(ui)
                            + (a.reasonEn() == null || ui == Lang.ZH ? "" : ". " + a.reasonEn()))));
            if (a.hasCorrection()) {
                String c = ui == Lang.ZH && a.correctionZh() != null ? a.correctionZh() : a.correctionEn();
                out.add(new Para(Role.WARN, ScreenText.EXPLAIN_CORRECTION.format(ui, c)));
            }
            if (a.source() != null && !a.source().isBlank()) {
                out.add(new Para(Role.MUTED, ScreenText.EXPLAIN_SOURCE.format(ui, a.source())));
            }
        }
        return out;
    }
}
