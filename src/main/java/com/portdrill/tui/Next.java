package com.portdrill.tui;

import java.util.List;

/** A screen's state after a message, and the commands it asks the driver to run. */
public record Next(Screen screen, List<Cmd> cmds) {
    public Next {
        cmds = List.copyOf(cmds);
    }

    public static Next stay(Screen screen) {
        return new Next(screen, List.of());
    }

    public static Next of(Screen screen, Cmd... cmds) {
        return new Next(screen, List.of(cmds));
    }
}
