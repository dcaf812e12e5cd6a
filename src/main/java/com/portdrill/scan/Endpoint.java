package com.portdrill.scan;

import com.portdrill.port.Port;

/**
 * An address and port as the tools print them: {@code 127.0.0.1:22}, {@code [::1]:5432}, {@code :::22} (Linux
 * netstat), {@code 127.0.0.53%lo:53} (ss), {@code *.22} and {@code ::1.631} (macOS, port after the last dot).
 *
 * @param address the address as written, brackets removed; {@code *} for any
 * @param port    0–65535, or {@link #ANY} where the tool writes {@code *}
 */
public record Endpoint(String address, int port) {
    public static final int ANY = -1;

    /** Port after the last colon ({@code [addr]:port} too); null when the text is not of that form. */
    public static Endpoint afterColon(String text) {
        int cut;
        String address;
        if (text.startsWith("[")) {
            int close = text.lastIndexOf(']');
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                return null;
            }
            address = text.substring(1, close);
            cut = close + 1;
        } else {
            cut = text.lastIndexOf(':');
            if (cut < 0) {
                return null;
            }
            address = text.substring(0, cut);
        }
        return make(address, text.substring(cut + 1));
    }

    /** Port after the last dot, as macOS and the BSDs print it; null when the text is not of that form. */
    public static Endpoint afterDot(String text) {
        int cut = text.lastIndexOf('.');
        if (cut < 0) {
            return null;
        }
        return make(text.substring(0, cut), text.substring(cut + 1));
    }

    /** A port written in decimal, 0–65535; -1 for anything else. No exception, so a million lines read fast. */
    public static int port(String digits) {
        int n = digits.length();
        if (n == 0 || n > 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return Port.valid(v) ? v : -1;
    }

    private static Endpoint make(String address, String portText) {
        if (address.isEmpty()) {
            return null;
        }
        if (portText.equals("*")) {
            return new Endpoint(address, ANY);
        }
        int port = port(portText);
        return port < 0 ? null : new Endpoint(address, port);
    }
}
