package com.portdrill.scan;

import com.portdrill.port.Port;

import java.util.List;
import java.util.function.Consumer;

/**
 * Linux's socket tables, {@code /proc/net/tcp}, {@code tcp6}, {@code udp} and {@code udp6}:
 * {@code 0: 0100007F:0CEA 00000000:0000 0A …}. An address is hexadecimal 32-bit words in the machine's byte order
 * (little-endian on the machines Linux runs on), the port plain hexadecimal. TCP state {@code 0A} is LISTEN;
 * a UDP socket in state {@code 07} is unconnected, i.e. listening. The header tells TCP from UDP: only UDP's
 * ends with {@code ref pointer drops}.
 */
final class ProcNet extends ColumnParser {
    private static final String LISTEN = "0A";
    private static final String UNCONNECTED = "07";
    private Transport transport;

    ProcNet(Transport transport) {
        this.transport = transport;
    }

    @Override
    Line readColumns(String line, List<String> w, Consumer<Listener> rows) {
        if (w.get(0).equals("sl")) {
            transport = line.contains("drops") ? Transport.UDP : Transport.TCP;
            return Line.SKIPPED;
        }
        if (w.size() < 4 || !w.get(0).endsWith(":")) {
            return Line.UNREADABLE;
        }
        String local = w.get(1);
        int colon = local.indexOf(':');
        if (colon < 0) {
            return Line.UNREADABLE;
        }
        String address = address(local.substring(0, colon));
        long port = hex(local.substring(colon + 1));
        if (address == null || !Port.valid(port)) {
            return Line.UNREADABLE;
        }
        if (!w.get(3).equals(transport == Transport.TCP ? LISTEN : UNCONNECTED)) {
            return Line.SKIPPED;
        }
        rows.accept(Listener.at((int) port, transport, address, null, null));
        return Line.USED;
    }

    /** {@code 0100007F} → {@code 127.0.0.1}; 32 digits → an IPv6 address in its full form, zeros shortened. */
    static String address(String hex) {
        if (hex.length() == 8) {
            long v = hex(hex);
            if (v < 0) {
                return null;
            }
            return (v & 0xFF) + "." + (v >> 8 & 0xFF) + "." + (v >> 16 & 0xFF) + "." + (v >> 24 & 0xFF);
        }
        if (hex.length() != 32) {
            return null;
        }
        int[] groups = new int[8];
        for (int word = 0; word < 4; word++) {
            long v = hex(hex.substring(word * 8, word * 8 + 8));
            if (v < 0) {
                return null;
            }
            long bigEndian = (v & 0xFF) << 24 | (v >> 8 & 0xFF) << 16 | (v >> 16 & 0xFF) << 8 | (v >> 24 & 0xFF);
            groups[word * 2] = (int) (bigEndian >> 16);
            groups[word * 2 + 1] = (int) (bigEndian & 0xFFFF);
        }
        return ipv6(groups);
    }

    /**
     * RFC 5952's text form: lower case, the longest run of two or more zero groups written {@code ::}, and an
     * IPv4-mapped address ({@code ::ffff:127.0.0.1}: an IPv6 socket that took an IPv4 connection) with its IPv4 part.
     */
    private static String ipv6(int[] groups) {
        if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0 && groups[5] == 0xFFFF) {
            return "::ffff:" + (groups[6] >> 8) + "." + (groups[6] & 0xFF) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    /** An unsigned hexadecimal number of at most 8 digits; -1 for anything else. */
    private static long hex(String digits) {
        if (digits.isEmpty() || digits.length() > 8) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
