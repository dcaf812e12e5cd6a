package com.portdrill.bench;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference a start-up is measured against: a class that prints one line and then, like portdrill waiting
 * for an answer, reads standard input until it ends. Compiled on the fly so that it runs on the very JDK that
 * runs portdrill.
 */
public final class HelloWorld {
    /** The line it prints. */
    public static final String LINE = "hello, world";
    /** Its class name, in the default package. */
    public static final String MAIN = "Hello";

    private static final String SOURCE = """
            public class Hello {
                public static void main(String[] args) throws Exception {
                    System.out.println("hello, world");
                    System.out.flush();
                    while (System.in.read() >= 0) {
                    }
                }
            }
            """;

    private HelloWorld() {
    }

    /** Compiles the class into {@code dir}, which becomes its class path. */
    public static void compileInto(Path dir) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("this Java has no compiler (a JRE, not a JDK), so the hello-world reference "
                    + "cannot be built; run portdrill on a JDK or point PORTDRILL_JAVA at one");
        }
        Path source = dir.resolve(MAIN + ".java");
        Files.writeString(source, SOURCE, StandardCharsets.UTF_8);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int rc = javac.run(null, messages, messages, "-d", dir.toString(), source.toString());
        if (rc != 0) {
            throw new IOException("compiling the hello-world reference failed: "
                    + messages.toString(StandardCharsets.UTF_8).strip());
        }
    }
}
