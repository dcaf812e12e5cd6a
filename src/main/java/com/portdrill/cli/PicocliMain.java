package com.portdrill.cli;

import picocli.CommandLine;

import java.util.HashMap;
import java.util.Map;

/** Every command line {@link QuickStart} declines: parsed, helped and refused by picocli. */
final class PicocliMain {
    private PicocliMain() {
    }

    static int run(String... args) {
        CommandLine cli = CommandTree.of(args);
        cli.setParameterExceptionHandler(Failures::onUsageError);
        cli.setExecutionExceptionHandler(Failures::onFailure);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parsed -> {
            refuseRepeatedGlobalOptions(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli.execute(args);
    }

    /**
     * picocli refuses an option given twice in one place but lets a global option given before and after the
     * subcommand ({@code --lang en catalogue --lang zh}) silently take the last value: refused the same way.
     */
    static void refuseRepeatedGlobalOptions(CommandLine.ParseResult parsed) {
        Map<String, String> seen = new HashMap<>();
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            for (CommandLine.Model.OptionSpec option : level.matchedOptions()) {
                String values = String.join(" ", option.originalStringValues());
                String before = seen.putIfAbsent(option.longestName(), values);
                if (before != null) {
                    throw new CommandLine.ParameterException(level.commandSpec().commandLine(), "option '"
                            + option.longestName() + "' is given twice (" + before + ", then " + values
                            + "); give it once");
                }
            }
        }
    }
}
