package com.portdrill.bench;

import java.util.OptionalLong;

/**
 * One timed start: milliseconds from launch to what the user waits for, and the process's peak resident
 * memory in KiB when it could be read.
 */
public record Sample(double ms, OptionalLong peakKib) {
}
