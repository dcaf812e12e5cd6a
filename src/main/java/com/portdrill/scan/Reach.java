package com.portdrill.scan;

/** Who can reach a listening socket, judged from the address it is bound to. */
public enum Reach {
    /** Bound to every interface ({@code 0.0.0.0}, {@code ::}, {@code *}): anyone who can route to the machine. */
    EVERY_INTERFACE,
    /** Bound to loopback ({@code 127.0.0.0/8}, {@code ::1}): only this machine. */
    LOOPBACK,
    /** Bound to, or scanned on, one other address. */
    ONE_ADDRESS;

    /** The reach of an address as the tools print it, brackets and zone ({@code %lo}) included or not. */
    public static Reach of(String address) {
        String a = address;
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (a.isEmpty() || a.equals("*") || a.equals("0.0.0.0") || a.equals("::") || a.equals("::0")
                || a.equals("0:0:0:0:0:0:0:0")) {
            return EVERY_INTERFACE;
        }
        if (a.startsWith("127.") || a.equals("::1") || a.equals("0:0:0:0:0:0:0:1") || a.equals("localhost")
                || a.startsWith("::ffff:127.")) {
            return LOOPBACK;
        }
        return ONE_ADDRESS;
    }
}
