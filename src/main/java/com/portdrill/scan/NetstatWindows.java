package com.portdrill.scan;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code netstat -ano} (and {@code -an}) from Windows: {@code TCP 0.0.0.0:135 0.0.0.0:0 LISTENING 1032},
 * {@code TCP [::]:135 [::]:0 LISTENING 1032}, and UDP lines without a state ({@code UDP 0.0.0.0:500 *:* 4321}):
 * Windows lists a UDP socket only while it is bound, so each is a listener.
 */
final class NetstatWindows extends ColumnParser {
    @Override
    Line readColumns(String line, List<String> w, Consumer<Listener> rows) {
        if (w.get(0).equals("Active") || w.get(0).equals("Proto") || w.get(0).startsWith("[")
                || line.contains("ownership information")) {
            return Line.SKIPPED;
        }
        Optional<Transport> transport = Transport.of(w.get(0));
        if (transport.isEmpty() || w.size() < 3) {
            return Line.UNREADABLE;
        }
        Endpoint local = Endpoint.afterColon(w.get(1));
        if (local == null || Endpoint.afterColon(w.get(2)) == null) {
            return Line.UNREADABLE;
        }
        int pidAt = 3;
        if (transport.get() == Transport.TCP) {
            if (w.size() < 4 || !w.get(3).equals("LISTENING")) {
                return w.size() < 4 ? Line.UNREADABLE : Line.SKIPPED;
            }
            pidAt = 4;
        }
        if (local.port() == Endpoint.ANY) {
            return Line.SKIPPED;
        }
        String pid = w.size() > pidAt ? "pid " + w.get(pidAt) : null;
        rows.accept(Listener.at(local.port(), transport.get(), local.address(), pid, null));
        return Line.USED;
    }
}
