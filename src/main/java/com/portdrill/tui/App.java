package com.portdrill.tui;

import com.portdrill.i18n.Message;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole interface as a value: a stack of screens, the settings, the window's size, whether the key
 * help is open, and a one-line notice. {@link #update} is the one dispatcher; {@link #view} draws the top
 * screen fitted to the window.
 */
public record App(List<Screen> stack, Settings settings, int cols, int rows, boolean help, String notice) {
    public static final int MIN_COLS = 60;
    public static final int MIN_ROWS = 18;

    public App {
        stack = List.copyOf(stack);
        Objects.requireNonNull(settings, "settings");
        notice = notice == null ? "" : notice;
    }

    public static App start(Screen first, Settings settings, int cols, int rows) {
        return new App(List.of(first), settings, cols, rows, false, "");
    }

    /** The app after a message, and the commands for the driver: RecordAnswer, Open, ApplySettings, Exit. */
    public record Step(App app, List<Cmd> cmds) {
        public Step {
            cmds = List.copyOf(cmds);
        }

        /** Whether the driver should leave the loop. */
        public boolean exits() {
            return cmds.stream().anyMatch(c -> c instanceof Cmd.Exit || c instanceof Cmd.Interrupt);
        }
    }

    public Screen top() {
        return stack.get(stack.size() - 1);
    }

    public static Step update(App app, Msg msg) {
        if (msg instanceof Msg.Interrupted) {
            return new Step(app, List.of(new Cmd.Interrupt()));
        }
        if (msg instanceof Msg.Resized) {
            Msg.Resized r = (Msg.Resized) msg;
            return new Step(new App(app.stack, app.settings, r.cols(), r.rows(), app.help, app.notice), List.of());
        }
        if (msg instanceof Msg.Opened) {
            return apply(app.withNotice(""), List.of(new Cmd.Push(((Msg.Opened) msg).screen())));
        }
        if (msg instanceof Msg.Waiting && app.stack.get(0) instanceof MenuScreen menu) {
            List<Screen> stack = new ArrayList<>(app.stack);
            stack.set(0, menu.waiting((Msg.Waiting) msg));
            return new Step(new App(stack, app.settings, app.cols, app.rows, app.help, app.notice), List.of());
        }
        if (msg instanceof Msg.Notice) {
            return new Step(app.withNotice(((Msg.Notice) msg).message()), List.of());
        }
        if (msg instanceof Msg.Press) {
            Msg.Press press = (Msg.Press) msg;
            if (press.key() == Key.CTRL_C) {
                return new Step(app, List.of(new Cmd.Interrupt()));
            }
            if (app.help) {
                return new Step(app.withHelp(false), List.of());
            }
            if (press.is("?")) {
                return new Step(app.withHelp(true), List.of());
            }
        }
        Next next = app.top().update(msg);
        List<Screen> stack = new ArrayList<>(app.stack);
        stack.set(stack.size() - 1, next.screen());
        App moved = new App(stack, app.settings, app.cols, app.rows, app.help,
                msg instanceof Msg.Press ? "" : app.notice);
        return apply(moved, next.cmds());
    }

    /** Runs the commands that only change the stack or settings; passes the rest to the driver. */
    private static Step apply(App app, List<Cmd> cmds) {
        App current = app;
        List<Cmd> out = new ArrayList<>();
        for (Cmd cmd : cmds) {
            if (cmd instanceof Cmd.Push) {
                List<Screen> stack = new ArrayList<>(current.stack);
                stack.add(((Cmd.Push) cmd).screen());
                current = new App(stack, current.settings, current.cols, current.rows, false, current.notice);
            } else if (cmd instanceof Cmd.Back) {
                if (current.stack.size() == 1) {
                    out.add(new Cmd.Exit());
                } else {
                    current = new App(current.stack.subList(0, current.stack.size() - 1), current.settings,
                            current.cols, current.rows, false, current.notice);
                    if (current.stack.size() == 1 && current.top() instanceof MenuScreen) {
                        out.add(new Cmd.CountWaiting());
                    }
                }
            } else if (cmd instanceof Cmd.ApplySettings) {
                Settings s = ((Cmd.ApplySettings) cmd).settings();
                current = new App(current.stack, s, current.cols, current.rows, current.help, current.notice);
                out.add(cmd);
                out.add(new Cmd.CountWaiting());
            } else {
                out.add(cmd);
            }
        }
        return new Step(current, out);
    }

    public App withNotice(String text) {
        return new App(stack, settings, cols, rows, help, text);
    }

    private App withHelp(boolean open) {
        return new App(stack, settings, cols, rows, open, notice);
    }

    /** The screen as the window shows it: exactly {@code rows} lines, each clipped to the window's width. */
    public Frame view() {
        Look look = new Look(settings.lang(), Theme.of(settings.colour()), cols, rows, settings.choices());
        if (cols < MIN_COLS || rows < MIN_ROWS) {
            return fit(Frame.of(Lines.paragraph(look.theme(), Role.WARN,
                    Message.WINDOW_TOO_SMALL.in(settings.lang(), cols, rows), Math.max(1, cols - 1), "")));
        }
        Frame body = help ? helpFrame(look) : top().view(look);
        if (!notice.isEmpty()) {
            List<AttributedString> lines = new ArrayList<>(body.lines());
            while (lines.size() < rows) {
                lines.add(AttributedString.EMPTY);
            }
            lines.set(rows - 1, Lines.line(look.theme(), Span.of(Role.WARN, notice)));
            body = new Frame(lines, body.cursorRow(), body.cursorCol());
        }
        return fit(body);
    }

    private Frame helpFrame(Look look) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(Lines.line(look.theme(), Span.of(Role.TITLE, Message.HELP_TITLE.in(look.lang()))));
        lines.add(AttributedString.EMPTY);
        for (Message key : top().keys()) {
            lines.addAll(Lines.paragraph(look.theme(), Role.PLAIN, "  " + key.in(look.lang()), look.cols() - 1, "    "));
        }
        lines.addAll(Lines.paragraph(look.theme(), Role.PLAIN, "  " + Message.HELP_QUIT.in(look.lang()), look.cols() - 1, "    "));
        lines.add(AttributedString.EMPTY);
        lines.add(Lines.line(look.theme(), Span.of(Role.MUTED, Message.HELP_CLOSE.in(look.lang()))));
        return Frame.of(lines);
    }

    /**
     * Exactly the window's rows, each line one column short of the width so that no terminal wraps or
     * scrolls on the last column; a cursor outside the window is hidden.
     */
    private Frame fit(Frame frame) {
        int width = Math.max(0, cols - 1);
        List<AttributedString> lines = new ArrayList<>(rows);
        for (int i = 0; i < Math.max(0, rows); i++) {
            lines.add(i < frame.lines().size() ? Lines.clip(frame.lines().get(i), width) : AttributedString.EMPTY);
        }
        boolean cursorFits = frame.cursorShown() && frame.cursorRow() < rows && frame.cursorCol() <= width;
        return cursorFits ? new Frame(lines, frame.cursorRow(), frame.cursorCol()) : Frame.of(lines);
    }
}
