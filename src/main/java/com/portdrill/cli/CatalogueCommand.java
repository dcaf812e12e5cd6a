package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Diagnostic;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.text.DisplayWidth;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code portdrill catalogue}: the parsed catalogue with its verdicts, and the parser's report. */
public final class CatalogueCommand implements Callable<Integer> {
    private static final int SERVICE_COLUMNS = 34;

    PortdrillCommand parent;

    CommandSpec spec;

    boolean json;

    @Override
    public Integer call() {
        Catalogue catalogue = CatalogueFiles.load();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = CatalogueJson.MAPPER.createArrayNode();
            catalogue.ports().forEach(p -> array.add(CatalogueJson.port(p)));
            out.println(CatalogueJson.write(array));
        } else {
            Lang lang = Lang.orEnglish(parent.global.lang());
            Messages messages = Messages.of(lang);
            printTable(out, catalogue, lang, messages);
            printReport(out, catalogue.diagnostics(), messages);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void printTable(PrintWriter out, Catalogue catalogue, Lang lang, Messages messages) {
        String port = messages.get(Message.CATALOGUE_PORT);
        out.println(" ".repeat(Math.max(0, 5 - DisplayWidth.of(port))) + port + "  "
                + pad(messages.get(Message.CATALOGUE_SERVICE), SERVICE_COLUMNS) + "  "
                + pad(messages.get(Message.CATALOGUE_IANA), 16) + "  "
                + pad(messages.get(Message.CATALOGUE_VERDICT), 10) + "  " + messages.get(Message.CATALOGUE_IN));
        for (CataloguePort p : catalogue.ports()) {
            PortRecord r = p.record();
            String service = r.service(lang) == null ? "[NULL]" : Sanitize.forTerminal(r.service(lang));
            String iana = p.assessment().ianaService() == null ? "-" : Sanitize.forTerminal(p.assessment().ianaService());
            String in = r.sources().stream().sorted().map(Document::code).collect(Collectors.joining(","));
            out.println(String.format("%5d  %s  %-16s  %-10s  %s", r.port(), pad(service, SERVICE_COLUMNS), iana, p.assessment().verdict().code(), in));
            if (p.assessment().hasCorrection()) {
                out.println("       ! " + Sanitize.forTerminal(p.assessment().correction(lang)));
            }
        }
        Map<com.portdrill.catalogue.Verdict, Long> counts = catalogue.ports().stream()
                .collect(Collectors.groupingBy(p -> p.assessment().verdict(), () -> new EnumMap<>(com.portdrill.catalogue.Verdict.class), Collectors.counting()));
        out.println();
        out.println(messages.get(Message.CATALOGUE_TOTAL, catalogue.ports().size(), counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().code()).collect(Collectors.joining(", "))));
    }

    private static void printReport(PrintWriter out, List<Diagnostic> diagnostics, Messages messages) {
        out.println();
        out.println(messages.get(Message.CATALOGUE_REPORT, diagnostics.size()));
        Map<Diagnostic.Kind, List<Diagnostic>> byKind = diagnostics.stream()
                .collect(Collectors.groupingBy(Diagnostic::kind, () -> new EnumMap<>(Diagnostic.Kind.class), Collectors.toList()));
        byKind.forEach((kind, list) -> {
            out.println("  " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " (" + list.size() + ")");
            list.forEach(d -> out.println("    " + Sanitize.forTerminal(d.describe())));
        });
    }

    /** Pads or clips to a number of terminal columns, counting Chinese characters as two. */
    static String pad(String s, int columns) {
        String clipped = DisplayWidth.of(s) > columns ? DisplayWidth.clip(s, columns - 1) + "…" : s;
        return clipped + " ".repeat(Math.max(0, columns - DisplayWidth.of(clipped)));
    }
}
