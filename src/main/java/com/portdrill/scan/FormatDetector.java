package com.portdrill.scan;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
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

    /**
     * The rules in the order they are tried on each line: the first format a line shows is the answer. Each sees the
     * line stripped, and as it came (Windows indents its rows).
     */
    private static final List<Rule> RULES = List.of(
            new Rule(ScanFormat.NMAP_XML, (line, raw) -> line.startsWith("<")),
            new Rule(ScanFormat.NMAP_GREPABLE, (line, raw) -> line.startsWith("Host: ")),
            new Rule(ScanFormat.NMAP_NORMAL, (line, raw) -> line.startsWith("Nmap scan report for ")
                    || NMAP_PORT_LINE.matcher(line).matches()),
            new Rule(ScanFormat.SS, (line, raw) -> line.startsWith("Netid ")
                    || line.startsWith("State ") && line.contains("Local Address:Port")
                    || SS_STATE.matcher(line).matches()),
            new Rule(ScanFormat.PROC_NET, (line, raw) -> line.startsWith("sl ") && line.contains("local_address")),
            new Rule(ScanFormat.NETSTAT_WINDOWS, (line, raw) -> line.equals("Active Connections")
                    || WINDOWS_PROTO.matcher(raw).matches()),
            new Rule(ScanFormat.NETSTAT_MACOS, (line, raw) -> line.contains("(including servers)")
                    || line.startsWith("Proto") && line.endsWith("(state)") || MAC_PROTO.matcher(line).matches()),
            new Rule(ScanFormat.NETSTAT_LINUX, (line, raw) -> line.startsWith("Active Internet connections")
                    || LINUX_PROTO.matcher(line).matches()));

    private FormatDetector() {
    }

    /** The format the lines are in, or empty when none of the rules matches. */
    public static Optional<ScanFormat> detect(List<String> head) {
        for (String raw : head) {
            String line = raw.strip();
            for (Rule rule : RULES) {
                if (rule.shows().test(line, raw)) {
                    return Optional.of(rule.format());
                }
            }
        }
        return Optional.empty();
    }

    /** What tells one format: a test of the stripped line and the line as it came. */
    private record Rule(ScanFormat format, BiPredicate<String, String> shows) {
    }
}
