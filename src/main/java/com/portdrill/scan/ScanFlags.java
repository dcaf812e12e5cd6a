package com.portdrill.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of {@code scan/flags.tsv}: which ports send credentials in clear, which are databases or admin services. */
public final class ScanFlags {
    private final Map<Integer, List<FlagNote>> byPort;

    private ScanFlags(Map<Integer, List<FlagNote>> byPort) {
        this.byPort = byPort;
    }

    /**
     * Reads the file: {@code #} comments, then port, transport, flag, source, English note, Chinese note.
     *
     * @throws IllegalArgumentException naming the line that is not of that form
     */
    public static ScanFlags parse(String tsv) {
        Map<Integer, List<FlagNote>> byPort = new HashMap<>();
        String[] lines = tsv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            int port = f.length == 6 ? Endpoint.port(f[0]) : -1;
            var transport = f.length == 6 ? Transport.of(f[1]) : java.util.Optional.<Transport>empty();
            var flag = f.length == 6 ? Flag.ofCode(f[2]) : java.util.Optional.<Flag>empty();
            if (port < 0 || transport.isEmpty() || flag.isEmpty() || flag.get() == Flag.TROJAN
                    || flag.get() == Flag.UNREGISTERED || f[3].isBlank()) {
                throw new IllegalArgumentException("scan/flags.tsv line " + (i + 1)
                        + ": expected port, tcp|udp, cleartext|exposed, source, English note, Chinese note");
            }
            byPort.computeIfAbsent(key(port, transport.get()), k -> new ArrayList<>())
                    .add(new FlagNote(flag.get(), f[4].strip(), f[5].strip(), f[3].strip()));
        }
        byPort.replaceAll((k, v) -> List.copyOf(v));
        return new ScanFlags(Map.copyOf(byPort));
    }

    /** The file's flags for a port and transport, in file order. */
    public List<FlagNote> of(int port, Transport transport) {
        return byPort.getOrDefault(key(port, transport), List.of());
    }

    private static int key(int port, Transport transport) {
        return port * 2 + transport.ordinal();
    }
}
