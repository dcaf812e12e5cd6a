package com.portdrill.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code portdrill completion bash|zsh}: the shell completion script, printed for the user to source or save. */
public final class CompletionCommand implements Callable<Integer> {
    PortdrillCommand parent;

    CommandSpec spec;

    CompletionScript.Shell shell;

    @Override
    public Integer call() {
        String script = CompletionScript.of(shell, Grammar.tree(), parent.global.decksDir());
        PrintWriter out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
        return ExitCode.OK;
    }
}
