package com.portdrill.bench;

import java.util.OptionalLong;

/** Reads figures out of the text of Linux's {@code /proc/<pid>/status}. */
public final class ProcStatus {
    private ProcStatus() {
    }

    /** The resident set's high-water mark ({@code VmHWM}) in KiB, if the text has it. */
    public static OptionalLong peakResidentKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB") && parts[0].matches("\\d{1,15}")) {
                    return OptionalLong.of(Long.parseLong(parts[0]));
                }
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
