package com.portdrill.scan;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * The running count of one scan: rows, flags, the lines read and the lines that could not be read, and which
 * ports were open. It is all a summary needs, and its size does not grow with the scan.
 */
public final class ScanTally {
    private long rows;
    private long flagged;
    private long unreadable;
    private long firstUnreadable = -1;
    private final long[] byFlag = new long[Flag.values().length];
    private final BitSet ports = new BitSet(65536);

    public void row(ScanRow row) {
        rows++;
        ports.set(row.listener().port());
        if (!row.flags().isEmpty()) {
            flagged++;
            Flag previous = null;
            for (FlagNote n : row.flags()) {
                if (n.flag() != previous) {
                    byFlag[n.flag().ordinal()]++;
                }
                previous = n.flag();
            }
        }
    }

    /** Counts a line that could not be read; {@code lineNumber} counts from 1. */
    public void unreadable(long lineNumber) {
        if (unreadable++ == 0) {
            firstUnreadable = lineNumber;
        }
    }

    public long rows() {
        return rows;
    }

    public long flagged() {
        return flagged;
    }

    public long unreadable() {
        return unreadable;
    }

    /** The number of the first line that could not be read, or -1. */
    public long firstUnreadable() {
        return firstUnreadable;
    }

    /** How many rows carry each flag, only flags that occurred, in {@link Flag} order. */
    public Map<Flag, Long> byFlag() {
        EnumMap<Flag, Long> counts = new EnumMap<>(Flag.class);
        for (Flag f : Flag.values()) {
            if (byFlag[f.ordinal()] > 0) {
                counts.put(f, byFlag[f.ordinal()]);
            }
        }
        return counts;
    }

    /** The distinct ports found open, ascending. */
    public int[] ports() {
        return ports.stream().toArray();
    }
}
