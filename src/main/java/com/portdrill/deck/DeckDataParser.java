package com.portdrill.deck;

import com.portdrill.knowledge.KnowledgeParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the trojans file under {@code resources/knowledge/} and hands the rest to {@link KnowledgeParser}: text in, values out, so that a
 * malformed line is reported with its file and line number rather than guessed at.
 */
public final class DeckDataParser {
    private DeckDataParser() {
    }

    /** Parses the knowledge files and the trojans; throws {@link IllegalArgumentException} naming the file and line of a bad row. */
    public static DeckData parse(String portsTsv, String protocolsTsv, String namesTsv, String unaskedTsv,
                                 String trojansTsv) {
        return new DeckData(KnowledgeParser.parse(portsTsv, protocolsTsv, namesTsv, unaskedTsv), trojans(trojansTsv));
    }

    static List<TrojanClaim> trojans(String tsv) {
        List<TrojanClaim> claims = new ArrayList<>();
        for (Row row : rows(tsv, "trojans.tsv", 4)) {
            String taughtAs = row.cell(3).equals("-") ? row.cell(0) : row.cell(3);
            claims.add(new TrojanClaim(row.cell(0), ports(row, row.cell(1)), row.cell(2), taughtAs));
        }
        return claims;
    }

    private static List<Row> rows(String tsv, String file, int columns) {
        List<Row> rows = new ArrayList<>();
        String[] lines = tsv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Row row = new Row(file, i + 1, cells);
            if (cells.length != columns) {
                throw row.error("has " + cells.length + " columns, not " + columns);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Integer> ports(Row row, String cell) {
        List<Integer> ports = new ArrayList<>();
        for (String p : split(cell, ",")) {
            ports.add(port(row, p));
        }
        if (ports.isEmpty() || !ports.stream().sorted().distinct().toList().equals(ports)) {
            throw row.error("needs its ports ascending and distinct");
        }
        return ports;
    }

    private static int port(Row row, String s) {
        try {
            int port = Integer.parseInt(s.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the line it came from
        }
        throw row.error("'" + s + "' is not a port number");
    }

    private static List<String> split(String cell, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(separator)) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }

    private record Row(String file, int line, String[] cells) {
        String cell(int i) {
            return cells[i].trim();
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(file + " line " + line + " " + what);
        }
    }
}
