package com.portdrill.knowledge;

import com.portdrill.port.Port;
import com.portdrill.text.TsvRow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the tab-separated files under {@code resources/knowledge/}: text in, values out. A malformed row, or a row
 * without its source, is reported with its file and line rather than guessed at.
 */
public final class KnowledgeParser {
    private static final String NONE = "-";

    private KnowledgeParser() {
    }

    /** Throws {@link IllegalArgumentException} naming the file and line of a bad row. */
    public static KnowledgeBase parse(String portsTsv, String protocolsTsv, String namesTsv, String unaskedTsv,
                                      String trojansTsv) {
        return new KnowledgeBase(ports(portsTsv), protocols(protocolsTsv), names(namesTsv), unasked(unaskedTsv),
                trojans(trojansTsv));
    }

    static List<TrojanClaim> trojans(String tsv) {
        List<TrojanClaim> claims = new ArrayList<>();
        for (Row row : Row.rows(tsv, "trojans.tsv", 4)) {
            String program = row.required(0);
            String taughtAs = row.cell(3).equals(NONE) ? program : row.required(3);
            claims.add(new TrojanClaim(program, row.ports(1), row.required(2), taughtAs));
        }
        return claims;
    }

    /** The rows of {@code knowledge/scenarios.tsv}; throws {@link IllegalArgumentException} naming a bad row. */
    public static List<Scenario> scenarios(String tsv) {
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Row row : Row.rows(tsv, "scenarios.tsv", 12)) {
            String id = row.required(0);
            if (!id.matches("[a-z0-9-]+") || !ids.add(id)) {
                throw row.error("needs an id of a-z, 0-9 and '-' that no other row has");
            }
            List<List<Integer>> alsoRight = new ArrayList<>();
            for (String set : row.list(6)) {
                List<Integer> ports = new ArrayList<>();
                for (String port : set.split(",")) {
                    ports.add(row.number(port, Port.LAST));
                }
                alsoRight.add(ports);
            }
            scenarios.add(new Scenario(id, row.word(1, ScenarioKind::of), tiers(row, row.cell(2)), row.required(3),
                    row.required(4), row.cell(5).equals(NONE) ? List.of() : row.ports(5), alsoRight, row.list(7),
                    row.list(8), row.required(9), row.required(10), row.required(11)));
        }
        return scenarios;
    }

    static Set<Integer> unasked(String tsv) {
        Set<Integer> ports = new java.util.TreeSet<>();
        for (Row row : Row.rows(tsv, "unasked-descriptions.tsv", 3)) {
            row.required(1);
            row.required(2);
            ports.add(row.number(0, Port.LAST));
        }
        return ports;
    }

    static List<PortFact> ports(String tsv) {
        List<PortFact> facts = new ArrayList<>();
        for (Row row : Row.rows(tsv, "ports.tsv", 17)) {
            String name = row.required(1);
            String askedAs = row.cell(2).equals(NONE) ? name : row.required(2);
            facts.add(new PortFact(row.ports(0), name, askedAs, row.required(3), row.list(4), row.list(5),
                    row.word(6, Transport::of), registered(row, row.cell(7)),
                    row.cell(8).equals(NONE) ? List.of() : row.ports(8), row.word(9, InClear::of),
                    row.word(10, Family::of), tiers(row, row.cell(11)), row.required(12), row.required(13),
                    row.required(14), row.optional(15), row.optional(16)));
        }
        return facts;
    }

    static List<IpProtocol> protocols(String tsv) {
        List<IpProtocol> protocols = new ArrayList<>();
        for (Row row : Row.rows(tsv, "protocols.tsv", 9)) {
            int number = row.number(0, 255);
            protocols.add(new IpProtocol(number, row.required(1), row.required(2), row.list(3), row.list(4),
                    tiers(row, row.cell(5)), row.required(6), row.required(7), row.required(8)));
        }
        return protocols;
    }

    static Map<Integer, List<String>> names(String tsv) {
        Map<Integer, List<String>> names = new HashMap<>();
        for (Row row : Row.rows(tsv, "names.tsv", 3)) {
            int port = row.number(0, Port.LAST);
            List<String> list = row.list(1);
            row.required(2);
            if (list.isEmpty() || names.putIfAbsent(port, list) != null) {
                throw row.error("needs names, and one row per port");
            }
        }
        return names;
    }

    private static boolean registered(Row row, String cell) {
        if (cell.equals("registered") || cell.equals("unregistered")) {
            return cell.equals("registered");
        }
        throw row.error("says '" + cell + "' where 'registered' or 'unregistered' belongs");
    }

    private static Set<Tier> tiers(Row row, String cell) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (String code : cell.split(",")) {
            Tier tier = Tier.of(code.strip()).filter(Tier::listed)
                    .orElseThrow(() -> row.error("names no tier a row can teach in: '" + code + "'"));
            tiers.add(tier);
        }
        return tiers;
    }

    /** One data line, with what is needed to say where it went wrong. */
    private record Row(String file, int line, String[] cells) {
        static List<Row> rows(String tsv, String file, int columns) {
            List<Row> rows = new ArrayList<>();
            for (TsvRow read : TsvRow.read(tsv)) {
                Row row = new Row(file, read.line(), read.cells().toArray(new String[0]));
                if (read.size() != columns) {
                    throw row.error("has " + read.size() + " columns, not " + columns);
                }
                rows.add(row);
            }
            return rows;
        }

        String cell(int i) {
            return cells[i].strip();
        }

        String required(int i) {
            String s = cell(i);
            if (s.isEmpty() || s.equals(NONE)) {
                throw error("leaves column " + (i + 1) + " empty");
            }
            return s;
        }

        /** The cell, or null where it says '-'. */
        String optional(int i) {
            return cell(i).equals(NONE) || cell(i).isEmpty() ? null : cell(i);
        }

        List<String> list(int i) {
            List<String> parts = new ArrayList<>();
            if (!cell(i).equals(NONE)) {
                for (String part : cell(i).split("\\|")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
            return parts;
        }

        <T> T word(int i, Function<String, Optional<T>> of) {
            return of.apply(cell(i)).orElseThrow(() -> error("has '" + cell(i) + "' in column " + (i + 1)
                    + ", which is not one of its words"));
        }

        List<Integer> ports(int i) {
            List<Integer> ports = new ArrayList<>();
            for (String p : cell(i).split(",")) {
                ports.add(number(p, Port.LAST));
            }
            if (!ports.stream().sorted().distinct().toList().equals(ports)) {
                throw error("needs its ports ascending and distinct");
            }
            return ports;
        }

        int number(int i, int max) {
            return number(cell(i), max);
        }

        private int number(String s, int max) {
            try {
                int n = Integer.parseInt(s.strip());
                if (n >= 0 && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below with the line it came from
            }
            throw error("'" + s + "' is not a number from 0 to " + max);
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(file + " line " + line + " " + what);
        }
    }
}
