package com.portdrill.tui.term;

import com.portdrill.tui.App;
import com.portdrill.tui.Cmd;
import com.portdrill.tui.Frame;
import com.portdrill.tui.Key;
import com.portdrill.tui.MenuScreen;
import com.portdrill.tui.Msg;
import com.portdrill.tui.Screen;
import com.portdrill.tui.Services;
import com.portdrill.tui.Settings;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The full-screen loop: read a key or time out (a tick), turn it into a {@link Msg}, let {@link App#update}
 * decide, run the commands through {@link Services}, draw {@link App#view} with JLine's {@link Display}.
 * Signals only set flags that the loop reads; the terminal is restored in {@code finally} and on shutdown.
 */
public final class TerminalUi {
    /** Countdowns tick five times a second; the peek's timeout is the tick. */
    private static final long TICK_MS = 200;
    private static final int FALLBACK_COLS = 80;
    private static final int FALLBACK_ROWS = 24;

    private final Terminal terminal;
    private final Services services;
    private final BindingReader reader;
    private final KeyMap<Key> keys;
    private final Display display;
    private final AtomicBoolean resized = new AtomicBoolean();
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private boolean cursorVisible = true;

    private TerminalUi(Terminal terminal, Services services) {
        this.terminal = terminal;
        this.services = services;
        this.reader = new BindingReader(terminal.reader());
        this.keys = KeyBindings.of(terminal);
        this.display = new Display(terminal, true);
    }

    /** Why the full screen cannot run here (then use plain mode), or empty when it can. */
    public static Optional<String> unavailable() {
        return Terminals.unavailable();
    }

    /**
     * Runs the interface from {@code first} until the user leaves; returns when the terminal is restored.
     *
     * @return whether the user left with Ctrl-C
     * @throws IOException when the terminal cannot be opened or written
     */
    public static boolean run(Screen first, Settings settings, Services services) throws IOException {
        try (Terminal terminal = Terminals.open()) {
            return new TerminalUi(terminal, services).loop(first, settings, false);
        }
    }

    /**
     * Runs the interface from {@code first} on the terminal {@code early} opened while the command loaded its
     * first screen; returns when the terminal is restored.
     *
     * @return whether the user left with Ctrl-C
     * @throws IOException when the terminal could not be opened or cannot be written
     */
    public static boolean run(EarlyTerminal early, Screen first, Settings settings, Services services) throws IOException {
        // The menu's counts (cards due, new, missed) read the deck and the store: asked for once the terminal is
        // set up and just before the first frame, they overlap the terminal's opening and the setting up (the
        // services may count them on a thread of their own), and the menu's first frame has them.
        try (Terminal terminal = early.take()) {
            return new TerminalUi(terminal, services).loop(first, settings, first instanceof MenuScreen);
        }
    }

    /** @param countsFirst whether the menu's first frame waits for its counts, else they come after it is drawn */
    private boolean loop(Screen first, Settings settings, boolean countsFirst) {
        Attributes saved = terminal.enterRawMode();
        AtomicBoolean restored = new AtomicBoolean();
        Runnable restore = () -> {
            if (restored.compareAndSet(false, true)) {
                restore(saved);
            }
        };
        Thread hook = new Thread(restore, "portdrill-terminal-restore");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            // Ctrl-C and Ctrl-Z arrive as keys, not signals: Ctrl-C leaves through the loop, Ctrl-Z is ignored
            // rather than leaving a stopped program in the alternate screen.
            Attributes raw = terminal.getAttributes();
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            terminal.setAttributes(raw);
            terminal.handle(Terminal.Signal.WINCH, s -> resized.set(true));
            terminal.handle(Terminal.Signal.INT, s -> interrupted.set(true));
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.keypad_xmit);
            terminal.flush();
            Size size = size();
            display.resize(size.getRows(), size.getColumns());
            return run(App.start(first, settings, size.getColumns(), size.getRows()), countsFirst);
        } finally {
            restore.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: the terminal is restored either way.
            }
        }
    }

    /** The loop; true when it ended with Ctrl-C. */
    private boolean run(App start, boolean countsFirst) {
        App app = start;
        if (app.top() instanceof MenuScreen) {
            if (!countsFirst) {
                draw(app);
            }
            app = App.update(app, services.waiting(start.settings())).app();
            draw(app);
        }
        while (true) {
            Deque<Msg> inbox = new ArrayDeque<>();
            if (interrupted.getAndSet(false)) {
                inbox.add(new Msg.Interrupted());
            }
            if (resized.getAndSet(false)) {
                Size size = size();
                display.clear();
                display.resize(size.getRows(), size.getColumns());
                inbox.add(new Msg.Resized(size.getColumns(), size.getRows()));
            }
            if (inbox.isEmpty()) {
                draw(app);
                int c = reader.peekCharacter(TICK_MS);
                Instant now = services.clock().instant();
                if (c == NonBlockingReader.EOF) {
                    return false;
                }
                // A tick before every key too: screens time answers and deadlines by the last tick.
                inbox.add(new Msg.Tick(now));
                if (c >= 0) {
                    Key key = reader.readBinding(keys, null, true);
                    inbox.add(new Msg.Press(key == null ? Key.NONE : key, key == Key.CHAR ? reader.getLastBinding() : ""));
                }
            }
            while (!inbox.isEmpty()) {
                App.Step step = App.update(app, inbox.poll());
                app = step.app();
                for (Cmd cmd : step.cmds()) {
                    if (cmd instanceof Cmd.Exit || cmd instanceof Cmd.Interrupt) {
                        return cmd instanceof Cmd.Interrupt;
                    }
                    draw(app);
                    inbox.add(perform(cmd, app));
                }
            }
        }
    }

    /** Runs one command the app passed on; the answer goes back in as a message. */
    private Msg perform(Cmd cmd, App app) {
        if (cmd instanceof Cmd.RecordAnswer) {
            return services.record(((Cmd.RecordAnswer) cmd).review());
        }
        if (cmd instanceof Cmd.Open) {
            return services.open(((Cmd.Open) cmd).destination(), app.settings());
        }
        if (cmd instanceof Cmd.CountWaiting) {
            return services.waiting(app.settings());
        }
        if (cmd instanceof Cmd.ApplySettings) {
            return services.keep(((Cmd.ApplySettings) cmd).settings()).<Msg>map(Msg.Notice::new)
                    .orElse(new Msg.Notice(""));
        }
        if (cmd instanceof Cmd.KeepQuizResult) {
            return services.keep(((Cmd.KeepQuizResult) cmd).result()).<Msg>map(Msg.Notice::new)
                    .orElse(new Msg.Notice(""));
        }
        throw new IllegalStateException("the app passed on a command the driver does not run: " + cmd);
    }

    private void draw(App app) {
        Frame frame = app.view();
        boolean showCursor = frame.cursorShown();
        Size size = new Size(app.cols(), app.rows());
        int pos = showCursor ? size.cursorPos(frame.cursorRow(), frame.cursorCol()) : size.cursorPos(Math.max(0, app.rows() - 1), 0);
        if (!showCursor && cursorVisible) {
            terminal.puts(Capability.cursor_invisible);
            cursorVisible = false;
        }
        display.update(new ArrayList<>(frame.lines()), pos); // Display edits the list it is given
        if (showCursor && !cursorVisible) {
            terminal.puts(Capability.cursor_visible);
            cursorVisible = true;
        }
        terminal.flush();
    }

    private Size size() {
        Size s = terminal.getSize();
        if (s == null || s.getColumns() <= 0 || s.getRows() <= 0) {
            return new Size(FALLBACK_COLS, FALLBACK_ROWS);
        }
        return s;
    }

    private void restore(Attributes saved) {
        try {
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.setAttributes(saved);
        } catch (RuntimeException gone) {
            // The terminal may already be gone (hang-up); there is nothing left to restore then.
        }
    }
}
