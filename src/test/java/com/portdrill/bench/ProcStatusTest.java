package com.portdrill.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStatusTest {
    private static final String STATUS = """
            Name:\tjava
            Umask:\t0022
            State:\tS (sleeping)
            VmPeak:\t 7440460 kB
            VmSize:\t 7374924 kB
            VmHWM:\t   65232 kB
            VmRSS:\t   64980 kB
            Threads:\t14
            """;

    @Test
    void readsTheHighWaterMarkNotThePeakVirtualSizeOrCurrentResidentSet() {
        assertThat(ProcStatus.peakResidentKib(STATUS)).hasValue(65_232);
    }

    @Test
    void aStatusWithoutItHasNoFigure() {
        assertThat(ProcStatus.peakResidentKib("Name:\tzombie\nState:\tZ (zombie)\n")).isEmpty();
    }

    @Test
    void aGarbledLineHasNoFigure() {
        assertThat(ProcStatus.peakResidentKib("VmHWM:\t lots kB\n")).isEmpty();
        assertThat(ProcStatus.peakResidentKib("VmHWM:\t 123 MB\n")).isEmpty();
    }
}
