package com.portdrill.scan;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code netstat -an} and {@code -tulpn} from Linux ({@code 0.0.0.0:22}, {@code :::22}, a PID/Program column) and
 * {@code netstat -an} from macOS ({@code *.22}, {@code 127.0.0.1.631}: the port after the last dot; {@code tcp4},
 * {@code tcp6}, {@code tcp46}). Only the Internet sections are read: the UNIX-socket and kernel sections that
 * follow them are skipped.
 */
final class Netstat extends ColumnParser {
    private final boolean dotPorts;
    private boolean internet = true;

    private Netstat(boolean dotPorts) {
        this.dotPorts = dotPorts;
    }

    static Netstat linux() {
        return new Netstat(false);
    }

    static Netstat macos() {
        return new Netstat(true);
    }

    @Override
    Line readColumns(String line, List<String> w, Consumer<Listener> rows) {
        if (w.get(0).equals("Active")) {
            internet = line.contains("Internet") && !line.contains("Multipath");
            return Line.SKIPPED;
        }
        if (!internet || w.get(0).equals("Proto")) {
            return Line.SKIPPED;
        }
        Optional<Transport> transport = Transport.of(w.get(0));
        if (transport.isEmpty()) {
            return isOtherProtocol(w.get(0)) ? Line.SKIPPED : Line.UNREADABLE;
        }
        if (w.size() < 5) {
            return Line.UNREADABLE;
        }
        Endpoint local = endpoint(w.get(3));
        Endpoint foreign = endpoint(w.get(4));
        if (local == null || foreign == null) {
            return Line.UNREADABLE;
        }
        // A UDP socket with a peer is connected, not listening: Linux writes ESTABLISHED for it, else nothing or CLOSE.
        String state = w.size() > 5 ? w.get(5) : "";
        int processAt;
        if (transport.get() == Transport.TCP) {
            if (!state.equals("LISTEN")) {
                return Line.SKIPPED;
            }
            processAt = 6;
        } else if (state.equals("ESTABLISHED")) {
            return Line.SKIPPED;
        } else if (state.equals("CLOSE")) {
            processAt = 6;
        } else {
            processAt = 5;
        }
        if (local.port() == Endpoint.ANY) {
            return Line.SKIPPED;
        }
        rows.accept(Listener.at(local.port(), transport.get(), local.address(), program(Words.rest(w, processAt)), null));
        return Line.USED;
    }

    private Endpoint endpoint(String text) {
        return dotPorts ? Endpoint.afterDot(text) : Endpoint.afterColon(text);
    }

    private static boolean isOtherProtocol(String word) {
        return word.startsWith("raw") || word.startsWith("icm") || word.equals("unix") || word.startsWith("kctl")
                || word.startsWith("kevt") || word.startsWith("ip") || word.startsWith("sctp");
    }

    /** Linux's {@code 812/sshd}, or {@code -} where netstat could not see it. */
    private static String program(String column) {
        return column == null || column.equals("-") ? null : column;
    }
}
