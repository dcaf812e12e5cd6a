/**
 * A port number as a value ({@link com.portdrill.port.Port}, 0–65535, with its IANA range) and the one reading of a
 * query that may name one ({@link com.portdrill.port.PortQuery}). Pure: it imports only {@code text}, so the
 * catalogue, the knowledge base, decks, scans and the store can all use it.
 */
package com.portdrill.port;
