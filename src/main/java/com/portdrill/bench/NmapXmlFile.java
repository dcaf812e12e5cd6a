package com.portdrill.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files behind {@code portdrill bench scan}: a large nmap XML made on disk, and reading it without parsing. */
public final class NmapXmlFile {
    /** The common ports a sweep of a /16 asks each host for, as nmap's top ports begin. */
    private static final int[] COMMON = {21, 22, 23, 25, 53, 80, 110, 135, 139, 143, 443, 445, 3306, 3389, 5900, 8080};
    private static final String[] SERVICES = {"ftp", "ssh", "telnet", "smtp", "domain", "http", "pop3", "msrpc",
        "netbios-ssn", "imap", "https", "microsoft-ds", "mysql", "ms-wbt-server", "vnc", "http-proxy"};

    private NmapXmlFile() {
    }

    /**
     * Writes nmap {@code -oX} output with {@code ports} open {@code <port>} elements: hosts {@code 10.0.0.0/16} in
     * order, each with the common ports, as nmap writes them.
     *
     * @return the file's size in bytes
     */
    public static long writeNmapXml(Path file, int ports) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE nmaprun>\n");
            w.write("<nmaprun scanner=\"nmap\" args=\"nmap -sT -p 21-8080 10.0.0.0/16\" version=\"7.93\" xmloutputversion=\"1.05\">\n");
            int written = 0;
            for (int host = 0; written < ports; host++) {
                w.write("<host starttime=\"1796408472\" endtime=\"1796408472\"><status state=\"up\" reason=\"syn-ack\" reason_ttl=\"0\"/>\n");
                w.write("<address addr=\"10." + (host >> 16 & 0xFF) + "." + (host >> 8 & 0xFF) + "." + (host & 0xFF)
                        + "\" addrtype=\"ipv4\"/>\n<hostnames>\n</hostnames>\n<ports>");
                for (int i = 0; i < COMMON.length && written < ports; i++, written++) {
                    w.write("<port protocol=\"tcp\" portid=\"" + COMMON[i] + "\"><state state=\"open\" reason=\"syn-ack\""
                            + " reason_ttl=\"0\"/><service name=\"" + SERVICES[i] + "\" method=\"table\" conf=\"3\"/></port>\n");
                }
                w.write("</ports>\n<times srtt=\"806\" rttvar=\"1060\" to=\"100000\"/>\n</host>\n");
            }
            w.write("<runstats><finished time=\"1796408472\" exit=\"success\"/></runstats>\n</nmaprun>\n");
        }
        return Files.size(file);
    }

    /** Reads the file's bytes and does nothing with them: the floor any parse stands on. */
    public static long readBytes(Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
            }
        }
        return total;
    }
}
