package com.portdrill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Arrays;
import java.util.Optional;

/**
 * The picocli tree for one run. picocli reads every command's annotations when the tree is built, which cost
 * the first question more than the question itself; so when the arguments name a subcommand after nothing but
 * global options, the tree holds only that subcommand, and when they are global options alone (the menu), only
 * the root. Anything else ({@code --help} or {@code --version} before a subcommand, a name that is not a
 * command) gets the whole tree, so help and errors are exactly what the annotations on {@link PortdrillCommand}
 * say.
 */
final class CommandTree {
    private CommandTree() {
    }

    static CommandLine of(String... args) {
        PortdrillCommand root = new PortdrillCommand();
        root.global = new GlobalOptions();
        CommandSpec rootSpec = rootWithoutSubcommands(root);
        root.spec = rootSpec;
        Optional<Optional<Class<?>>> target = target(rootSpec, args);
        if (target.isEmpty()) {
            return whole();
        }
        CommandLine cli = new CommandLine(rootSpec);
        target.get().ifPresent(sub -> cli.addSubcommand(new CommandLine(sub, CommandLine.defaultFactory())));
        return cli;
    }

    /** Every command and option, as the annotations on {@link PortdrillCommand} and its subcommands declare them. */
    static CommandLine whole() {
        return new CommandLine(new PortdrillCommand());
    }

    /** The root command as its annotation describes it, with its global options, but no subcommand. */
    private static CommandSpec rootWithoutSubcommands(PortdrillCommand root) {
        Command a = PortdrillCommand.class.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(root);
        spec.name(a.name()).mixinStandardHelpOptions(a.mixinStandardHelpOptions()).scopeType(a.scope());
        spec.usageMessage().description(a.description());
        try {
            spec.versionProvider(CommandLine.defaultFactory().create(a.versionProvider()));
        } catch (Exception e) {
            throw new IllegalStateException("the version provider cannot be made", e);
        }
        spec.addMixin("global", CommandSpec.forAnnotatedObject(root.global));
        return spec;
    }

    /**
     * What the arguments run: a subcommand's class when only global options come before its name, no class when
     * they are global options alone, and nothing when they need the whole tree.
     */
    private static Optional<Optional<Class<?>>> target(CommandSpec root, String... args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            String a = args[i];
            int eq = a.indexOf('=');
            OptionSpec o = root.findOption(eq > 0 ? a.substring(0, eq) : a);
            if (o == null || o.usageHelp() || o.versionHelp()) {
                return Optional.empty();
            }
            i += eq < 0 && o.arity().max() > 0 ? 2 : 1;
        }
        if (i > args.length) {
            return Optional.empty();
        }
        if (i == args.length) {
            return Optional.of(Optional.empty());
        }
        String name = args[i];
        for (Class<?> c : PortdrillCommand.class.getAnnotation(Command.class).subcommands()) {
            Command cmd = c.getAnnotation(Command.class);
            if (cmd != null && (cmd.name().equals(name) || Arrays.asList(cmd.aliases()).contains(name))) {
                // help names the other commands, so it needs them all in the tree
                return c == HelpCommand.class ? Optional.empty() : Optional.of(Optional.of(c));
            }
        }
        return Optional.empty();
    }
}
