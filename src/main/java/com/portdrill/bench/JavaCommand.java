package com.portdrill.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The java command line that runs portdrill, split into the JVM's options and what it launches, so that the
 * benchmark can start the application exactly as the launcher does and a hello-world with the same JVM options.
 *
 * @param java     the java executable
 * @param options  the JVM options, in order
 * @param launch   what is launched: {@code -jar JAR} or {@code -cp PATH MAIN}
 */
public record JavaCommand(String java, List<String> options, List<String> launch) {
    /** Options that only make sense for portdrill itself: its archive of classes and its own properties. */
    private static final List<String> APPLICATION_ONLY = List.of("-XX:SharedArchiveFile=", "-XX:AOTCache=",
            "-XX:AOTMode=", "-XX:+AutoCreateSharedArchive", "-XX:ArchiveClassesAtExit=", "-D", "-javaagent:");

    public JavaCommand {
        options = List.copyOf(options);
        launch = List.copyOf(launch);
    }

    /**
     * Splits a java command line (the executable, then its arguments, as {@code /proc/self/cmdline} holds them)
     * at what it launches; the application's own arguments after that are dropped.
     */
    public static JavaCommand parse(List<String> commandLine) {
        if (commandLine.isEmpty()) {
            throw new IllegalArgumentException("an empty command line");
        }
        List<String> options = new ArrayList<>();
        for (int i = 1; i < commandLine.size(); i++) {
            String a = commandLine.get(i);
            if (a.equals("-jar") && i + 1 < commandLine.size()) {
                return new JavaCommand(commandLine.get(0), options, commandLine.subList(i, i + 2));
            }
            if ((a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) && i + 2 < commandLine.size()) {
                return new JavaCommand(commandLine.get(0), options, commandLine.subList(i, i + 3));
            }
            if (!a.startsWith("-")) {
                return new JavaCommand(commandLine.get(0), options, commandLine.subList(i, i + 1));
            }
            options.add(a);
        }
        throw new IllegalArgumentException("the command line launches no jar or class: " + String.join(" ", commandLine));
    }

    /** The whole command that runs portdrill with these arguments. */
    public List<String> application(List<String> arguments) {
        return Stream.of(List.of(java), options, launch, arguments).flatMap(List::stream).toList();
    }

    /** The command that runs a class from {@code classPath} on the same JVM with the same general options. */
    public List<String> sameJvm(String classPath, String mainClass) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        for (String o : options) {
            if (APPLICATION_ONLY.stream().noneMatch(o::startsWith)) {
                cmd.add(o);
            }
        }
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        return cmd;
    }
}
