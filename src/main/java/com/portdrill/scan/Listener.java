package com.portdrill.scan;

import com.portdrill.port.Port;

import java.util.Objects;

/**
 * One open or listening port as a scan output or the socket table shows it.
 *
 * @param port      0–65535
 * @param transport tcp or udp
 * @param address   where it listens (the bound address) or, for a scan, the host scanned; as the input wrote it
 * @param reach     who can reach it, judged from the address
 * @param process   the program the input names for it ({@code sshd}, {@code 1234/python3}), or null where it names none
 * @param banner    what the scanner read from the service (nmap's product and version), or null
 */
public record Listener(int port, Transport transport, String address, Reach reach, String process, String banner) {
    public Listener {
        Port.check(port);
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reach, "reach");
    }

    /** A listener whose reach follows from its address. */
    public static Listener at(int port, Transport transport, String address, String process, String banner) {
        return new Listener(port, transport, address, Reach.of(address), blankToNull(process), blankToNull(banner));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : s.strip();
    }
}
