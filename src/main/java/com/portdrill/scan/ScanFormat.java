package com.portdrill.scan;

import com.portdrill.text.Coded;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The outputs {@code portdrill scan} reads, each named as {@code --format} takes it. */
public enum ScanFormat implements Coded {
    NMAP_XML,
    NMAP_GREPABLE,
    NMAP_NORMAL,
    SS,
    NETSTAT_LINUX,
    NETSTAT_MACOS,
    NETSTAT_WINDOWS,
    PROC_NET;

    /** Every code, for help and for a usage error: {@code nmap-xml, nmap-grepable, …}. */
    public static String codes() {
        return Arrays.stream(values()).map(ScanFormat::code).collect(Collectors.joining(", "));
    }

    public static Optional<ScanFormat> ofCode(String code) {
        return Coded.of(values(), code);
    }

    /** Whether the shell must read it with its XML parser rather than line by line. */
    public boolean xml() {
        return this == NMAP_XML;
    }

    /** A fresh parser for one input of a line format; nmap XML has none (see {@link NmapXml}). */
    public LineParser parser() {
        return switch (this) {
            case NMAP_GREPABLE -> new NmapGrepable();
            case NMAP_NORMAL -> new NmapNormal();
            case SS -> new SsOutput();
            case NETSTAT_LINUX -> Netstat.linux();
            case NETSTAT_MACOS -> Netstat.macos();
            case NETSTAT_WINDOWS -> new NetstatWindows();
            case PROC_NET -> new ProcNet(Transport.TCP);
            case NMAP_XML -> throw new IllegalStateException(code() + " is read as XML, not line by line");
        };
    }

    /** A parser for one of Linux's socket tables, whose transport is known from the file's name. */
    public static LineParser procNet(Transport transport) {
        return new ProcNet(transport);
    }
}
