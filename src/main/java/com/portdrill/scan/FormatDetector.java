package com.portdrill.scan;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a scan output from its first lines, so the learner need not say what it is. Each rule looks for what
 * only that tool writes: nmap's report and host lines, ss's {@code Local Address:Port}, the macOS {@code (state)}
 * column and {@code tcp4}, Windows' {@code Active Connections} and upper-case {@code TCP}, the socket table's
 * {@code sl local_address}.
 */
public final class FormatDetector {
    private static final Pattern NMAP_PORT_LINE = Pattern.compile("^\\d{1,5}/(tcp|udp|sctp)\\s+(open|closed|filtered|unfiltered|open\\|filtered|closed\\|filtered)\\b.*");
    private static final Pattern SS_STATE = Pattern.compile("^(tcp|udp)\\s+(LISTEN|UNCONN|ESTAB|TIME-WAIT|SYN-SENT|CLOSE-WAIT)\\s.*");
    private static final Pattern MAC_PROTO = Pattern.compile("^(tcp4|tcp46|udp4|udp46)\\s.*");
    private static final Pattern WINDOWS_PROTO = Pattern.compile("^\\s*(TCP|UDP)\\s+\\S+:\\S+\\s.*");
    private static final Pattern LINUX_PROTO = Pattern.compile("^(tcp|udp|tcp6|udp6)\\s+\\d+\\s+\\d+\\s+\\S*:\\S+\\s.*");

    private FormatDetector() {
    }

    /** The format the lines are in, or empty when none of the rules matches. */
    public static Optional<ScanFormat> detect(List<String> head) {
        for (String raw : head) {
            String line = raw.strip();
            if (line.startsWith("<")) {
                return Optional.of(ScanFormat.NMAP_XML);
            }
            if (line.startsWith("Host: ")) {
                return Optional.of(ScanFormat.NMAP_GREPABLE);
            }
            if (line.startsWith("Nmap scan report for ") || NMAP_PORT_LINE.matcher(line).matches()) {
                return Optional.of(ScanFormat.NMAP_NORMAL);
            }
            if (line.startsWith("Netid ") || line.startsWith("State ") && line.contains("Local Address:Port")
                    || SS_STATE.matcher(line).matches()) {
                return Optional.of(ScanFormat.SS);
            }
            if (line.startsWith("sl ") && line.contains("local_address")) {
                return Optional.of(ScanFormat.PROC_NET);
            }
            if (line.equals("Active Connections") || WINDOWS_PROTO.matcher(raw).matches()) {
                return Optional.of(ScanFormat.NETSTAT_WINDOWS);
            }
            if (line.contains("(including servers)") || line.startsWith("Proto") && line.endsWith("(state)")
                    || MAC_PROTO.matcher(line).matches()) {
                return Optional.of(ScanFormat.NETSTAT_MACOS);
            }
            if (line.startsWith("Active Internet connections") || LINUX_PROTO.matcher(line).matches()) {
                return Optional.of(ScanFormat.NETSTAT_LINUX);
            }
        }
        return Optional.empty();
    }
}
