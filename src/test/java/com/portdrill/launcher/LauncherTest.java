package com.portdrill.launcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher script, run for real on a copy of itself in a folder of its own, with a stand-in {@code mvn} and
 * a stand-in Java: shell only, no JVM start and no Maven build, so it stays fast. The stand-ins write noise
 * where a real build would, and record how they were called.
 */
@Tag("slow") // runs the launcher script, which runs Java
class LauncherTest {
    private static final String JSON = "{\"reviews\":0}";

    @TempDir
    Path dir;
    private Path home;
    private Path tools;
    private Path log;

    @BeforeEach
    void layOut() throws IOException {
        home = Files.createDirectories(dir.resolve("portdrill"));
        Files.copy(Path.of("portdrill"), home.resolve("portdrill"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.createDirectories(home.resolve("src/main/java"));
        Files.writeString(home.resolve("src/main/java/A.java"), "class A {}");
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/portdrill.jar"), "jar");
        age(home.resolve("src/main/java/A.java"), 3_600);
        age(home.resolve("pom.xml"), 3_600);
        for (String folder : List.of("src/main/java", "src/main", "src")) {
            age(home.resolve(folder), 3_600);
        }
        // Older than anything a test writes now, newer than the sources: file times are coarser than a test's steps.
        age(home.resolve("target/portdrill.jar"), 1_800);
        log = dir.resolve("calls.log");
        tools = Files.createDirectories(dir.resolve("tools"));
        // A build that is as noisy as Maven on standard output, and makes the jar.
        executable(tools.resolve("mvn"), "#!/usr/bin/env bash\n"
                + "echo '[INFO] BUILD SUCCESS'; printf '\\033[0m'\n"
                + "echo jar > target/portdrill.jar\n"
                + "echo mvn \"$@\" >> '" + log + "'\n");
    }

    /** A stand-in Java home: it makes the archive it is asked to, and otherwise prints what a command would. */
    private Path fakeJava(String version) throws IOException {
        Path jdk = Files.createDirectories(dir.resolve("jdk-" + version + "/bin"));
        Files.writeString(jdk.getParent().resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        executable(jdk.resolve("java"), "#!/usr/bin/env bash\n"
                + "echo java \"$@\" >> '" + log + "'\n"
                + "for a in \"$@\"; do case \"$a\" in\n"
                + "  -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) echo archive > \"${a#*=}\"; exit 0;;\n"
                + "esac; done\n"
                + "echo '" + JSON + "'\n");
        return jdk.getParent();
    }

    private record Run(int code, String out, String err) {
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(home.resolve("portdrill").toString()),
                Stream.of(args)).toList()).directory(dir.toFile());
        pb.environment().put("PATH", tools + ":" + System.getenv("PATH"));
        pb.environment().remove("PORTDRILL_JAVA");
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void aRebuildKeepsStandardOutputToTheCommandAlone() throws Exception {
        Path jdk = fakeJava("17.0.9");
        Files.writeString(home.resolve("src/main/java/A.java"), "class A { int changed; }");
        Run r = launch(Map.of("PORTDRILL_JAVA", jdk.toString()), "stats", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(JSON + "\n");
        assertThat(r.err()).contains("building");
        assertThat(calls()).anyMatch(c -> c.startsWith("mvn ") && c.contains("package"));
    }

    @Test
    void portdrillJavaIsUsedAndTheArchiveIsNamedAfterItsVersionAndHome() throws Exception {
        Path jdk = fakeJava("17.0.9");
        Run r = launch(Map.of("PORTDRILL_JAVA", jdk.toString()), "stats", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(JSON + "\n");
        String slug = jdk.toString().replaceAll("[^A-Za-z0-9.]", "_");
        Path archive = home.resolve("target/cds/17.0.9" + slug + ".jsa");
        assertThat(archive).exists();
        assertThat(calls()).noneMatch(c -> c.startsWith("mvn "));
        assertThat(calls().get(calls().size() - 1)).startsWith("java ")
                .contains("-XX:SharedArchiveFile=" + archive)
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .endsWith("-jar " + home.resolve("target/portdrill.jar") + " stats --json");
    }

    @Test
    void scanRunsWithTheOptimisingCompilerAndEveryOtherCommandWithout() throws Exception {
        Map<String, String> env = Map.of("PORTDRILL_JAVA", fakeJava("17.0.9").toString());
        assertThat(launch(env, "--lang", "zh", "scan", "--json").code()).isZero();
        assertThat(calls().get(calls().size() - 1)).doesNotContain("-XX:TieredStopAtLevel=1").contains("-XX:+UseSerialGC")
                .endsWith(" --lang zh scan --json");
        assertThat(launch(env, "explain", "22").code()).isZero();
        assertThat(calls().get(calls().size() - 1)).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theArchiveIsMadeOnceAndAgainWhenTheJarChanges() throws Exception {
        Map<String, String> env = Map.of("PORTDRILL_JAVA", fakeJava("17.0.9").toString());
        launch(env, "stats", "--json");
        launch(env, "stats", "--json");
        assertThat(calls().stream().filter(c -> c.contains("com.portdrill.cli.Training"))).hasSize(1);
        Files.writeString(home.resolve("target/portdrill.jar"), "new jar");
        Files.setLastModifiedTime(home.resolve("target/portdrill.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        launch(env, "stats", "--json");
        assertThat(calls().stream().filter(c -> c.contains("com.portdrill.cli.Training"))).hasSize(2);
    }

    @Test
    void java25GetsAnAotCache() throws Exception {
        Path jdk = fakeJava("25.0.1");
        Run r = launch(Map.of("PORTDRILL_JAVA", jdk.toString()), "stats", "--json");
        assertThat(r.out()).isEqualTo(JSON + "\n");
        assertThat(calls().get(calls().size() - 1)).contains("-XX:AOTCache=" + home.resolve("target/cds"));
    }

    @Test
    void aJavaOlderThan17IsRefusedInOneLine() throws Exception {
        Run r = launch(Map.of("PORTDRILL_JAVA", fakeJava("11.0.2").toString()), "stats", "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains("11.0.2", "17").doesNotContain("\n");
    }

    @Test
    void withoutAnArchiveItStillRuns() throws Exception {
        Path jdk = fakeJava("17.0.9");
        // this Java cannot make archives: it ignores the archive option and just runs
        executable(jdk.resolve("bin/java"), "#!/usr/bin/env bash\necho java \"$@\" >> '" + log + "'\necho '"
                + JSON + "'\n");
        Run r = launch(Map.of("PORTDRILL_JAVA", jdk.toString()), "stats", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(JSON + "\n");
        assertThat(r.err()).contains("running without it");
        assertThat(calls().get(calls().size() - 1)).doesNotContain("SharedArchiveFile").contains("-Xshare:auto");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }
}
