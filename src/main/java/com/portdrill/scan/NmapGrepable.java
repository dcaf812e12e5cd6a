package com.portdrill.scan;

import java.util.function.Consumer;

/**
 * nmap's grepable output ({@code -oG}): {@code Host: 10.0.0.5 (name)<TAB>Ports: 22/open/tcp//ssh//OpenSSH 9.2/, …}.
 * Each port is {@code port/state/protocol/owner/service/rpc/version/}; only {@code open} ports are kept.
 */
final class NmapGrepable implements LineParser {
    @Override
    public Line read(String line, Consumer<Listener> rows) {
        if (line.isBlank() || line.startsWith("#")) {
            return Line.SKIPPED;
        }
        if (!line.startsWith("Host: ")) {
            return Line.UNREADABLE;
        }
        int ports = line.indexOf("Ports: ");
        if (ports < 0) {
            return Line.SKIPPED;
        }
        int space = line.indexOf(' ', 6);
        int tab = line.indexOf('\t', 6);
        int end = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
        if (end < 0) {
            return Line.UNREADABLE;
        }
        String host = line.substring(6, end);
        int stop = line.indexOf('\t', ports);
        String list = line.substring(ports + 7, stop < 0 ? line.length() : stop);
        boolean read = false;
        for (String item : list.split(", ")) {
            String[] f = item.strip().split("/", -1);
            if (f.length < 7) {
                return Line.UNREADABLE;
            }
            int port = Endpoint.port(f[0]);
            var transport = Transport.of(f[2]);
            if (port < 0 || transport.isEmpty()) {
                return Line.UNREADABLE;
            }
            if (f[1].equals("open")) {
                rows.accept(Listener.at(port, transport.get(), host, f[3], f[6]));
                read = true;
            }
        }
        return read ? Line.USED : Line.SKIPPED;
    }
}
