package com.portdrill.store;

import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.IanaRegistry;
import com.portdrill.catalogue.IanaTable;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The IANA table shipped as {@code iana/ports.tsv}. The catalogue's own ports are answered from a
 * small slice read up front; the full table (about 13,000 rows) is read only when a look-up needs a
 * port outside the slice or a service name.
 */
public final class IanaFiles {
    static final String RESOURCE = "iana/ports.tsv";

    private IanaFiles() {
    }

    /** A registry that answers {@code ports} from a slice and loads the rest on first need. */
    public static IanaRegistry registry(Set<Integer> ports) {
        return new Lazy(ports);
    }

    /** The whole table, read now. */
    public static IanaTable full() {
        return IanaTable.parse(Resources.text(RESOURCE));
    }

    private static final class Lazy implements IanaRegistry {
        private final Set<Integer> sliced;
        private IanaTable slice;
        private IanaTable all;

        Lazy(Set<Integer> ports) {
            this.sliced = Set.copyOf(ports);
        }

        @Override
        public List<IanaAssignment> byPort(int port) {
            return sliced.contains(port) ? slice().byPort(port) : all().byPort(port);
        }

        @Override
        public List<IanaAssignment> byName(String name) {
            return all().byName(name);
        }

        private IanaTable slice() {
            if (all != null) {
                return all;
            }
            if (slice == null) {
                String text = Resources.text(RESOURCE);
                slice = IanaTable.parse(text.lines().filter(this::inSlice).collect(Collectors.joining("\n")));
            }
            return slice;
        }

        private boolean inSlice(String line) {
            int tab = line.indexOf('\t');
            return tab > 0 && sliced.contains(Integer.parseInt(line.substring(0, tab)));
        }

        private IanaTable all() {
            if (all == null) {
                all = full();
                slice = null;
            }
            return all;
        }
    }
}
