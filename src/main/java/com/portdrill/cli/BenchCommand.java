package com.portdrill.cli;

/** {@code portdrill bench}: the benchmarks; each is a subcommand. */
public final class BenchCommand {
    PortdrillCommand root;

    /** The options given to {@code portdrill} itself, such as {@code --seed}. */
    GlobalOptions global() {
        return root.global;
    }
}
