package com.portdrill.scan;

import java.util.Optional;

/**
 * What one {@code <port>} element of nmap's XML ({@code -oX}) says, once the shell's streaming XML reader has
 * picked out its attributes: {@code <port protocol="tcp" portid="22"><state state="open"/><service product=…>}.
 */
public final class NmapXml {
    private NmapXml() {
    }

    /**
     * The listener for a port element, empty where the port is not open (closed, filtered, {@code open|filtered}:
     * nmap could not tell) or the element is not one portdrill reads.
     *
     * @return empty for a port that is not open; null-free
     * @throws IllegalArgumentException when the port number or protocol is not one nmap writes
     */
    public static Optional<Listener> port(String portid, String protocol, String state, String host, String product,
                                          String version) {
        int port = portid == null ? -1 : Endpoint.port(portid);
        Optional<Transport> transport = protocol == null ? Optional.empty() : Transport.of(protocol);
        if (port < 0 || transport.isEmpty()) {
            throw new IllegalArgumentException("a <port> element with portid '" + portid + "' and protocol '" + protocol + "'");
        }
        if (!"open".equals(state)) {
            return Optional.empty();
        }
        String banner = product == null ? version : version == null ? product : product + " " + version;
        return Optional.of(Listener.at(port, transport.get(), host == null ? "?" : host, null, banner));
    }
}
