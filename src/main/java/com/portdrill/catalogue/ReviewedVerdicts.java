package com.portdrill.catalogue;

import com.portdrill.text.TsvRow;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewed verdicts: one line per catalogue port, {@code port, verdict, source, reason, correction (en),
 * correction (zh)} separated by tabs, {@code -} where nothing needs correcting, {@code #} for comments.
 * The verdicts are data, reviewed by a person against the IANA table; the code only reads them.
 */
final class ReviewedVerdicts {
    private final Map<Integer, Assessment> byPort;

    private ReviewedVerdicts(Map<Integer, Assessment> byPort) {
        this.byPort = byPort;
    }

    /** Reads the table; any malformed line is an error naming its line number. */
    static ReviewedVerdicts parse(String text, IanaRegistry iana) {
        Map<Integer, Assessment> byPort = new HashMap<>();
        for (TsvRow row : TsvRow.read(text)) {
            List<String> f = row.cells();
            if (row.size() != 6 || !f.get(0).matches("\\d{1,5}")) {
                throw new IllegalArgumentException("verdicts line " + row.line() + ": expected 6 tab-separated fields starting with a port");
            }
            int port = Integer.parseInt(f.get(0));
            Verdict verdict;
            try {
                verdict = Verdict.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("verdicts line " + row.line() + ": unknown verdict '" + f.get(1) + "'", e);
            }
            Assessment a = new Assessment(verdict, ianaService(iana, port), row.cell(3), dash(row.cell(4)), dash(row.cell(5)), row.cell(2));
            if (byPort.put(port, a) != null) {
                throw new IllegalArgumentException("verdicts line " + row.line() + ": port " + port + " is given twice");
            }
        }
        return new ReviewedVerdicts(Map.copyOf(byPort));
    }

    Optional<Assessment> forPort(int port) {
        return Optional.ofNullable(byPort.get(port));
    }

    java.util.Set<Integer> ports() {
        return byPort.keySet();
    }

    /** IANA's name for the port: the first named tcp row, else the first named row of any protocol. */
    private static String ianaService(IanaRegistry iana, int port) {
        return iana.byPort(port).stream().filter(a -> !a.name().isEmpty())
                .min(java.util.Comparator.comparingInt(a -> a.protocol().equals("tcp") ? 0 : 1))
                .map(IanaAssignment::name).orElse(null);
    }

    private static String dash(String cell) {
        return cell.isEmpty() || cell.equals("-") ? null : cell;
    }
}
