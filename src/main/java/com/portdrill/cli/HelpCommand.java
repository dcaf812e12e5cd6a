package com.portdrill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code portdrill help [COMMAND]}: the same help as {@code portdrill [COMMAND] --help}. */
@Command(name = "help", mixinStandardHelpOptions = true,
        description = "Show how to use portdrill, or one of its commands (help study, help export anki).")
public final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand if it has one.")
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
