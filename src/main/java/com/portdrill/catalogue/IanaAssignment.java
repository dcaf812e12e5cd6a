package com.portdrill.catalogue;

/**
 * One row of the IANA Service Name and Transport Protocol Port Number Registry.
 *
 * @param port        the port number
 * @param protocol    {@code tcp}, {@code udp}, {@code sctp} or {@code dccp}
 * @param name        the service name (may be empty for reserved or unassigned rows)
 * @param description IANA's description
 */
public record IanaAssignment(int port, String protocol, String name, String description) {
}
