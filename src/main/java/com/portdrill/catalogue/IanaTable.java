package com.portdrill.catalogue;

import com.portdrill.port.Port;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The IANA registry held in memory, read from the compact {@code port<TAB>protocol<TAB>name<TAB>description}
 * text that {@code scripts/regenerate-iana.sh} writes. Rows keep their file order (the registry's order).
 */
public final class IanaTable implements IanaRegistry {
    private static final List<String> PROTOCOL_ORDER = List.of("tcp", "udp", "sctp", "dccp");

    private final Map<Integer, List<IanaAssignment>> byPort;
    private final Map<String, List<IanaAssignment>> byName;

    private IanaTable(Map<Integer, List<IanaAssignment>> byPort, Map<String, List<IanaAssignment>> byName) {
        this.byPort = byPort;
        this.byName = byName;
    }

    /** Reads the table; a line that is not four tab-separated fields with a port 0–65535 is an error. */
    public static IanaTable parse(String text) {
        Map<Integer, List<IanaAssignment>> byPort = new HashMap<>();
        Map<String, List<IanaAssignment>> byName = new HashMap<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4 || !f[0].matches("\\d{1,5}") || !Port.valid(Integer.parseInt(f[0]))) {
                throw new IllegalArgumentException("IANA table line " + lineNo + " is not port, protocol, name, description");
            }
            IanaAssignment a = new IanaAssignment(Integer.parseInt(f[0]), f[1], f[2], f[3]);
            byPort.computeIfAbsent(a.port(), k -> new ArrayList<>()).add(a);
            if (!a.name().isEmpty()) {
                byName.computeIfAbsent(a.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
            }
        }
        Comparator<IanaAssignment> byProtocol = Comparator.comparingInt(a -> protocolRank(a.protocol()));
        byPort.replaceAll((k, v) -> v.stream().sorted(byProtocol).toList());
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new IanaTable(byPort, byName);
    }

    @Override
    public List<IanaAssignment> byPort(int port) {
        return byPort.getOrDefault(port, List.of());
    }

    @Override
    public List<IanaAssignment> byName(String name) {
        return name == null ? List.of() : byName.getOrDefault(name.strip().toLowerCase(Locale.ROOT), List.of());
    }

    private static int protocolRank(String protocol) {
        int i = PROTOCOL_ORDER.indexOf(protocol);
        return i < 0 ? PROTOCOL_ORDER.size() : i;
    }
}
