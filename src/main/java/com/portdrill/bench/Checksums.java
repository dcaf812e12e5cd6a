package com.portdrill.bench;

/**
 * What a simulation run ends with, summed over the cards in order so that any difference in any card shows.
 *
 * @param stabilitySum  the final stabilities, added as plain doubles
 * @param difficultySum the final difficulties, added as plain doubles
 * @param dueMsSum      the final due times in epoch milliseconds, summed exactly
 */
public record Checksums(double stabilitySum, double difficultySum, long dueMsSum) {

    /** The line ts-fsrs-throughput.mjs prints, character for character. */
    public String line() {
        return "checksum stability_sum=" + JsNumbers.format(stabilitySum) + " (0x" + bits(stabilitySum)
                + ") difficulty_sum=" + JsNumbers.format(difficultySum) + " (0x" + bits(difficultySum)
                + ") due_ms_sum=" + dueMsSum;
    }

    private static String bits(double x) {
        String hex = Long.toHexString(Double.doubleToRawLongBits(x));
        return "0".repeat(16 - hex.length()) + hex;
    }
}
