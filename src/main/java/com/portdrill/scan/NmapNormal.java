package com.portdrill.scan;

import java.util.List;
import java.util.function.Consumer;

/**
 * nmap's normal output ({@code -oN}, and what it prints on a terminal): {@code Nmap scan report for name (10.0.0.5)}
 * names the host, then one {@code 22/tcp open ssh OpenSSH 9.2} line per port. The report's other lines (latency,
 * "Not shown", script output) are prose: skipped, not counted as unreadable.
 */
final class NmapNormal implements LineParser {
    private static final String REPORT = "Nmap scan report for ";
    private String host = "?";

    @Override
    public Line read(String line, Consumer<Listener> rows) {
        if (line.startsWith(REPORT)) {
            String rest = line.substring(REPORT.length()).strip();
            int open = rest.lastIndexOf('(');
            host = open >= 0 && rest.endsWith(")") ? rest.substring(open + 1, rest.length() - 1) : rest;
            return Line.SKIPPED;
        }
        if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
            return Line.SKIPPED;
        }
        int slash = line.indexOf('/');
        List<String> w = Words.of(line);
        if (slash < 0 || w.size() < 2) {
            return Line.UNREADABLE;
        }
        int port = Endpoint.port(line.substring(0, slash));
        var transport = Transport.of(w.get(0).substring(slash + 1));
        if (port < 0 || transport.isEmpty()) {
            return Line.UNREADABLE;
        }
        if (!w.get(1).equals("open")) {
            return Line.SKIPPED;
        }
        rows.accept(Listener.at(port, transport.get(), host, null, Words.rest(w, 3)));
        return Line.USED;
    }
}
