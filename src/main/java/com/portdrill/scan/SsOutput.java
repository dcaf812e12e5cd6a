package com.portdrill.scan;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code ss -tulpn} (a Netid column, then State) and {@code ss -tan} (State first; tcp, or udp where the state is
 * UNCONN). Keeps listening TCP sockets and unconnected UDP ones; the process comes from {@code users:(("name",pid=N…}.
 */
final class SsOutput extends ColumnParser {
    @Override
    Line readColumns(String line, List<String> w, Consumer<Listener> rows) {
        if (w.get(0).equals("Netid") || w.get(0).equals("State")) {
            return Line.SKIPPED;
        }
        int state = Transport.of(w.get(0)).isPresent() || isOtherNetid(w.get(0)) ? 1 : 0;
        if (state == 1 && Transport.of(w.get(0)).isEmpty()) {
            return Line.SKIPPED;
        }
        if (w.size() < state + 5) {
            return Line.UNREADABLE;
        }
        String stateWord = w.get(state);
        Optional<Transport> transport = state == 1 ? Transport.of(w.get(0))
                : Optional.of(stateWord.equals("UNCONN") ? Transport.UDP : Transport.TCP);
        Endpoint local = Endpoint.afterColon(w.get(state + 3));
        if (local == null || Endpoint.afterColon(w.get(state + 4)) == null) {
            return Line.UNREADABLE;
        }
        boolean listening = transport.get() == Transport.TCP ? stateWord.equals("LISTEN") : stateWord.equals("UNCONN");
        if (!listening || local.port() == Endpoint.ANY) {
            return Line.SKIPPED;
        }
        rows.accept(Listener.at(local.port(), transport.get(), local.address(), process(Words.rest(w, state + 5)), null));
        return Line.USED;
    }

    private static boolean isOtherNetid(String word) {
        return word.equals("raw") || word.equals("u_str") || word.equals("u_dgr") || word.equals("u_seq") || word.equals("nl")
                || word.equals("p_raw") || word.equals("p_dgr") || word.equals("mptcp") || word.equals("sctp")
                || word.equals("tipc") || word.equals("v_str") || word.equals("v_dgr") || word.equals("xdp");
    }

    /** {@code users:(("sshd",pid=812,fd=3),…)} → {@code sshd (pid 812)}; other text as it is. */
    static String process(String users) {
        if (users == null) {
            return null;
        }
        int open = users.indexOf("((\"");
        if (open < 0) {
            return users;
        }
        int close = users.indexOf('"', open + 3);
        if (close < 0) {
            return users;
        }
        String name = users.substring(open + 3, close);
        int pid = users.indexOf("pid=", close);
        if (pid < 0) {
            return name;
        }
        int end = pid + 4;
        while (end < users.length() && Character.isDigit(users.charAt(end))) {
            end++;
        }
        return name + " (pid " + users.substring(pid + 4, end) + ")";
    }
}
