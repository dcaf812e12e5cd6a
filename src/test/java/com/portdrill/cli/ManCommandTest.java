package com.portdrill.cli;

import com.portdrill.testing.Installed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code portdrill man}: troff source made from the command tree, checked as source and, where installed, as rendered. */
class ManCommandTest {
    private static final List<String> SECTIONS = List.of(".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS",
            ".SH GLOBAL OPTIONS", ".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES", ".SH SEE ALSO");

    @TempDir
    Path tmp;

    private static String page() {
        CommandRunner r = CommandRunner.run("man");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void theSectionsComeInManOrderAfterTheTitle() {
        String page = page();
        assertThat(page).startsWith(".TH PORTDRILL 1 \"\" \"portdrill ");
        int at = 0;
        for (String section : SECTIONS) {
            int found = page.indexOf("\n" + section + "\n", at);
            assertThat(found).as(section + " after the one before").isGreaterThan(at);
            at = found;
        }
    }

    @Test
    void exitStatusAndFilesSayWhatTheREADMESays() {
        String page = page();
        String exit = between(page, ".SH EXIT STATUS", ".SH ENVIRONMENT");
        for (String code : List.of("0", "1", "2", "130")) {
            assertThat(exit).contains(".TP\n\\fB" + code + "\\fR\n");
        }
        assertThat(exit).contains("Ctrl").contains("usage error");
        String files = between(page, ".SH FILES", ".SH SEE ALSO");
        assertThat(files).contains("\\fIprogress/\\fR").contains("\\fIdecks/\\fR").contains("journal.jsonl")
                .contains("\\-\\-data\\-dir").contains("\\-\\-decks\\-dir");
    }

    /** Every command of picocli's tree has its section, with its synopsis, its own options and its arguments. */
    @Test
    void everyCommandAndOptionOfTheTreeIsInThePage() {
        String page = page();
        List<CommandLine> all = new ArrayList<>();
        collect(Grammar.tree(), all);
        List<String> names = all.stream().map(c -> c.getCommandSpec().qualifiedName()).toList();
        assertThat(names).contains("portdrill scan", "portdrill optimize", "portdrill bench scan",
                "portdrill bench optimize", "portdrill completion", "portdrill man", "portdrill export anki");
        for (CommandLine command : all.subList(1, all.size())) {
            CommandSpec spec = command.getCommandSpec();
            String head = ".SS \"" + ManPage.text(spec.qualifiedName()) + "\"\n";
            assertThat(page).as("a section for " + spec.qualifiedName()).contains(head);
            String section = page.substring(page.indexOf(head));
            section = section.substring(0, nextSection(section));
            assertThat(section).as(spec.qualifiedName()).contains(".B " + ManPage.text(spec.qualifiedName()) + "\n");
            for (OptionSpec o : spec.options()) {
                if (!o.inherited() && !o.usageHelp() && !o.versionHelp()) {
                    assertThat(section).as(spec.qualifiedName() + " " + o.longestName())
                            .contains(".TP\n\\fB" + ManPage.text(o.longestName()) + "\\fR");
                }
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                assertThat(section).as(spec.qualifiedName() + " " + p.paramLabel())
                        .contains(".TP\n\\fI" + ManPage.text(p.paramLabel()) + "\\fR\n");
            }
            for (String sub : command.getSubcommands().keySet()) {
                assertThat(section).as(spec.qualifiedName() + " names " + sub).contains(sub);
            }
        }
        String global = between(page, ".SH GLOBAL OPTIONS", ".SH EXIT STATUS");
        for (OptionSpec o : Grammar.tree().getCommandSpec().options()) {
            for (String name : o.names()) {
                assertThat(global).as("global option " + name).contains("\\fB" + ManPage.text(name) + "\\fR");
            }
        }
    }

    @Test
    void theSourceIsAsciiAndNoTextBecomesARequest() {
        String page = page();
        assertThat(page.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).as("ASCII only").isTrue();
        List<String> requests = List.of(".TH ", ".SH ", ".SS ", ".B ", ".PP", ".TP");
        for (String line : page.split("\n")) {
            if (line.startsWith(".") || line.startsWith("'")) {
                assertThat(requests).as(line).anyMatch(line::startsWith);
            }
        }
    }

    @Test
    void textIsEscapedForTroff() {
        assertThat(ManPage.text("--deck D")).isEqualTo("\\-\\-deck D");
        assertThat(ManPage.text("a\\b")).isEqualTo("a\\eb");
        assertThat(ManPage.text(".SH evil")).isEqualTo("\\&.SH evil");
        assertThat(ManPage.text("'quoted")).isEqualTo("\\&'quoted");
        assertThat(ManPage.text("远程")).isEqualTo("\\[u8FDC]\\[u7A0B]");
        assertThat(ManPage.text("x\u001b[31my\nz")).as("control characters shown, never sent")
                .isEqualTo("x\\[u241B][31my z");
    }

    @Test
    void groffRendersItWithoutAWarning() throws Exception {
        assumeTrue(Installed.runs("groff", "--version"), "groff is not installed here");
        Path file = Files.writeString(tmp.resolve("portdrill.1"), page());
        Run warnings = run(List.of("groff", "-man", "-Tutf8", "-ww", "-z", file.toString()));
        assertThat(warnings.code()).isZero();
        assertThat(warnings.err()).as("groff's warnings").isEmpty();
        Run text = run(List.of("groff", "-man", "-Tutf8", "-P-cbou", file.toString()));
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("EXIT STATUS", "GLOBAL OPTIONS", "portdrill bench scan", "--decks-dir DIR",
                "--mode typed|choice|flip", "远程桌面", "130");
    }

    @Test
    void manReadsIt() throws Exception {
        assumeTrue(Installed.runs("man", "--version"), "man is not installed here");
        Path file = Files.writeString(tmp.resolve("portdrill.1"), page());
        Run man = run(List.of("env", "MANPAGER=cat", "MANWIDTH=100", "man", "-l", file.toString()));
        assertThat(man.code()).as(man.err()).isZero();
        assertThat(man.out()).contains("PORTDRILL(1)").contains("EXIT STATUS").contains("portdrill completion");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("portdrill-man", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return new Run(p.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static int nextSection(String fromHead) {
        int ss = fromHead.indexOf("\n.SS ", 1);
        int sh = fromHead.indexOf("\n.SH ", 1);
        return Math.min(ss < 0 ? fromHead.length() : ss, sh < 0 ? fromHead.length() : sh);
    }

    private static String between(String page, String from, String to) {
        int a = page.indexOf(from);
        int b = page.indexOf(to, a);
        assertThat(a).isNotNegative();
        assertThat(b).isGreaterThan(a);
        return page.substring(a, b);
    }

    private static void collect(CommandLine command, List<CommandLine> out) {
        out.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, out));
    }
}
