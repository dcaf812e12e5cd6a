package com.portdrill.scan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The outputs {@code portdrill scan} reads, each named as {@code --format} takes it. */
public enum ScanFormat {
    NMAP_XML("nmap-xml"),
    NMAP_GREPABLE("nmap-grepable"),
    NMAP_NORMAL("nmap-normal"),
    SS("ss"),
    NETSTAT_LINUX("netstat-linux"),
    NETSTAT_MACOS("netstat-macos"),
    NETSTAT_WINDOWS("netstat-windows"),
    PROC_NET("proc-net");

    private final String code;

    ScanFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Every code, for help and for a usage error: {@code nmap-xml, nmap-grepable, …}. */
    public static String codes() {
        return Arrays.stream(values()).map(ScanFormat::code).collect(Collectors.joining(", "));
    }

    public static Optional<ScanFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    /** Whether the shell must read it with its XML parser rather than line by line. */
    public boolean xml() {
        return this == NMAP_XML;
    }

    /** A fresh parser for one input of a line format; nmap XML has none (see {@link NmapXml}). */
    public LineParser parser() {
        switch (this) {
            case NMAP_GREPABLE:
                return new NmapGrepable();
            case NMAP_NORMAL:
                return new NmapNormal();
            case SS:
                return new SsOutput();
            case NETSTAT_LINUX:
                return Netstat.linux();
            case NETSTAT_MACOS:
                return Netstat.macos();
            case NETSTAT_WINDOWS:
                return new NetstatWindows();
            case PROC_NET:
                return new ProcNet(Transport.TCP);
            default:
                throw new IllegalStateException(code + " is read as XML, not line by line");
        }
    }

    /** A parser for one of Linux's socket tables, whose transport is known from the file's name. */
    public static LineParser procNet(Transport transport) {
        return new ProcNet(transport);
    }
}
