package com.portdrill.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Writers on standard output and error made as picocli makes its own ({@code CommandLine.getOut/getErr}): the
 * encoding {@code sun.stdout/stderr.encoding} names, else the default; buffered, flushed on every line. The
 * commands run without picocli ({@link QuickStart}) write through these, so their bytes are the same.
 */
final class StandardStreams {
    private StandardStreams() {
    }

    static PrintWriter out() {
        return writer(System.out, System.getProperty("sun.stdout.encoding"));
    }

    static PrintWriter err() {
        return writer(System.err, System.getProperty("sun.stderr.encoding"));
    }

    private static PrintWriter writer(OutputStream stream, String encoding) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(encoding))), true);
    }

    private static Charset charset(String encoding) {
        if (encoding == null) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
        } catch (RuntimeException unknown) {
            return Charset.defaultCharset();
        }
    }
}
