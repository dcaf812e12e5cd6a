package com.portdrill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code portdrill completion bash|zsh}: the shell completion script, printed for the user to source or save. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash or zsh: every command and option, answer modes, languages and"
                + " deck names. Load it with: source <(portdrill completion bash).")
public final class CompletionCommand implements Callable<Integer> {
    @ParentCommand
    PortdrillCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "bash|zsh", description = "The shell: ${COMPLETION-CANDIDATES}.")
    CompletionScript.Shell shell;

    @Override
    public Integer call() {
        String script = CompletionScript.of(shell, CommandTree.whole(), parent.global.decksDir());
        PrintWriter out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
        return ExitCode.OK;
    }
}
