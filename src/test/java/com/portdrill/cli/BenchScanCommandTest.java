package com.portdrill.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchScanCommandTest {
    @Test
    void timesReadingParsingAndExplainingASmallScanWithItsPeakHeap() {
        CommandRunner r = CommandRunner.run("bench", "scan", "--ports", "5000", "--repeat", "1");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("scan: 5000 open ports in ")
                .containsPattern("read the bytes: median \\d+ ms")
                .containsPattern("parse \\(ports read, not explained\\): median \\d+ ms \\(CPU \\d+ ms\\), [\\d.]+ M ports/s")
                .containsPattern("explain \\(parse, look up, flag, count\\): median \\d+ ms \\(CPU \\d+ ms\\), [\\d.]+ M ports/s")
                .containsPattern("peak heap while explaining: [\\d.]+ MiB")
                .containsPattern("peak resident memory of the whole run \\(VmHWM\\): [\\d.]+ MiB");
    }

    @Test
    void aSizeBelowOneIsAUsageError() {
        CommandRunner r = CommandRunner.run("bench", "scan", "--ports", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("portdrill: --ports and --repeat must be at least 1");
    }
}
