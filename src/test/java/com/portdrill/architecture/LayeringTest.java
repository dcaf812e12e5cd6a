package com.portdrill.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the functional core free of the shell: no terminal, no JSON library, no command line, no file IO. */
class LayeringTest {
    private static final String[] CORE = {
        "com.portdrill.text..", "com.portdrill.catalogue..", "com.portdrill.deck..", "com.portdrill.srs..",
        "com.portdrill.journal..", "com.portdrill.session..", "com.portdrill.i18n..", "com.portdrill.stats..",
        "com.portdrill.chart..", "com.portdrill.scan..", "com.portdrill.knowledge..", "com.portdrill.port..",
        "com.portdrill.launch.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.portdrill");
    }

    /** Every rule below would pass on no classes at all; this makes sure they are checked against real ones. */
    @Test
    void everyCorePackageIsImported() {
        for (String pkg : CORE) {
            String name = pkg.substring(0, pkg.length() - 2);
            assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(name)))
                    .as("classes imported from " + name).isNotEmpty();
        }
    }

    @Test
    void coreUsesNoTerminalJsonCommandLineOrFileIo() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.jline..", "com.fasterxml.jackson..", "picocli..", "java.io..", "java.nio..")
                .because("the core is pure: the shell does files, terminal and command line")
                .check(classes);
    }

    @Test
    void coreDoesNotReachIntoTheShell() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.portdrill.store..", "com.portdrill.tui..", "com.portdrill.plain..", "com.portdrill.cli..")
                .check(classes);
    }

    @Test
    void textDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("com.portdrill.text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.portdrill.catalogue..", "com.portdrill.deck..", "com.portdrill.srs..",
                        "com.portdrill.journal..", "com.portdrill.session..", "com.portdrill.i18n..")
                .check(classes);
    }

    @Test
    void srsIsStandalone() {
        noClasses().that().resideInAPackage("com.portdrill.srs..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.portdrill.catalogue..", "com.portdrill.deck..", "com.portdrill.journal..",
                        "com.portdrill.session..", "com.portdrill.text..")
                .check(classes);
    }

    @Test
    void onlyTheTerminalDriverAndCliTouchJlineTerminals() {
        noClasses().that().resideOutsideOfPackages("com.portdrill.tui.term..", "com.portdrill.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jline.terminal..", "org.jline.keymap..")
                .check(classes);
    }

    @Test
    void screensDoNoFileIo() {
        noClasses().that().resideInAPackage("com.portdrill.tui")
                .should().dependOnClassesThat().resideInAnyPackage("com.portdrill.store..", "java.io..", "java.nio..")
                .because("screens are model, update and view: files are the shell's, through Services")
                .check(classes);
    }

    @Test
    void backgroundWorkKnowsNothingOfWhatItRuns() {
        noClasses().that().resideInAPackage("com.portdrill.background..")
                .should().dependOnClassesThat(resideInAPackage("com.portdrill..")
                        .and(not(resideInAPackage("com.portdrill.background.."))))
                .because("both the command line and the terminal driver use it")
                .check(classes);
    }

    @Test
    void benchmarksMeasureWithoutTheCommandLineOrTheScreens() {
        noClasses().that().resideInAPackage("com.portdrill.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("com.portdrill.cli..", "com.portdrill.tui..",
                        "com.portdrill.plain..")
                .because("the bench commands in cli are thin wrappers over the bench package, not the other way")
                .check(classes);
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("com.portdrill.bench..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("com.portdrill.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .because("the command grammar is the cli package's alone")
                .check(classes);
    }

    @Test
    void cataloguePrecedesDecks() {
        noClasses().that().resideInAnyPackage("com.portdrill.catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("com.portdrill.deck..", "com.portdrill.session..")
                .check(classes);
    }
}
