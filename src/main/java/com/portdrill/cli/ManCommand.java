package com.portdrill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code portdrill man}: the manual page as troff source, for {@code man -l -} or to install as portdrill.1. */
@Command(name = "man", mixinStandardHelpOptions = true,
        description = "Print the manual page (troff man(7) source, made from the command tree): read it with"
                + " portdrill man | man -l -")
public final class ManCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ManPage.of(CommandTree.whole(), new Version().getVersion()[0]));
        out.flush();
        return ExitCode.OK;
    }
}
