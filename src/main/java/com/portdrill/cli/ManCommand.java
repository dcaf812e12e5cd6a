package com.portdrill.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code portdrill man}: the manual page as troff source, for {@code man -l -} or to install as portdrill.1. */
public final class ManCommand implements Callable<Integer> {
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ManPage.of(Grammar.tree(), new Version().getVersion()[0]));
        out.flush();
        return ExitCode.OK;
    }
}
