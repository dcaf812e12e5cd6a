package com.portdrill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code portdrill help [COMMAND]}: the same help as {@code portdrill [COMMAND] --help}. */
public final class HelpCommand implements Callable<Integer> {
    CommandSpec spec;

    List<String> command;

    @Override
    public Integer call() {
        CommandLine target = spec.parent().commandLine();
        for (String name : command == null ? List.<String>of() : command) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw UserError.usage("'" + name + "' is not a command of " + target.getCommandName()
                        + "; see 'portdrill --help' for the list");
            }
            target = sub;
        }
        target.usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
