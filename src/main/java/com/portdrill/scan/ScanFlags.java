package com.portdrill.scan;

import com.portdrill.text.TsvRow;

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
        for (TsvRow row : TsvRow.read(tsv)) {
            List<String> f = row.cells();
            int port = f.size() == 6 ? Endpoint.port(f.get(0)) : -1;
            var transport = f.size() == 6 ? Transport.of(f.get(1)) : java.util.Optional.<Transport>empty();
            var flag = f.size() == 6 ? Flag.ofCode(f.get(2)) : java.util.Optional.<Flag>empty();
            if (port < 0 || transport.isEmpty() || flag.isEmpty() || flag.get() == Flag.TROJAN
                    || flag.get() == Flag.UNREGISTERED || row.cell(3).isEmpty()) {
                throw new IllegalArgumentException("scan/flags.tsv line " + row.line()
                        + ": expected port, tcp|udp, cleartext|exposed, source, English note, Chinese note");
            }
            byPort.computeIfAbsent(key(port, transport.get()), k -> new ArrayList<>())
                    .add(new FlagNote(flag.get(), row.cell(4), row.cell(5), row.cell(3)));
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
