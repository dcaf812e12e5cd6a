package com.portdrill.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JavaCommandTest {
    private static final List<String> LAUNCHED = List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-XX:AOTCache=/p/target/cds/x.aot", "-Dportdrill.home=/p", "-jar",
            "/p/target/portdrill.jar", "bench", "startup", "--runs", "3");

    @Test
    void splitsTheJvmOptionsFromTheJarAndDropsTheApplicationsArguments() {
        JavaCommand c = JavaCommand.parse(LAUNCHED);
        assertThat(c.java()).isEqualTo("/jdk/bin/java");
        assertThat(c.launch()).containsExactly("-jar", "/p/target/portdrill.jar");
        assertThat(c.application(List.of("study", "--plain"))).containsExactly("/jdk/bin/java",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:AOTCache=/p/target/cds/x.aot",
                "-Dportdrill.home=/p", "-jar", "/p/target/portdrill.jar", "study", "--plain");
    }

    @Test
    void helloWorldGetsTheSameJvmOptionsButNotPortdrillsArchiveOrProperties() {
        assertThat(JavaCommand.parse(LAUNCHED).sameJvm("/tmp/h", "Hello")).containsExactly("/jdk/bin/java",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/tmp/h", "Hello");
    }

    @Test
    void aClassPathLaunchKeepsItsMainClass() {
        JavaCommand c = JavaCommand.parse(List.of("java", "-Xss512k", "-cp", "a.jar:b.jar", "com.x.Main", "arg"));
        assertThat(c.options()).containsExactly("-Xss512k");
        assertThat(c.launch()).containsExactly("-cp", "a.jar:b.jar", "com.x.Main");
    }

    @Test
    void aCommandLineThatLaunchesNothingIsRefused() {
        assertThatThrownBy(() -> JavaCommand.parse(List.of("java", "-version")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
