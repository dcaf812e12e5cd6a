package com.portdrill.tui;

import com.portdrill.text.DisplayWidth;

import java.util.List;
import java.util.Optional;

/**
 * The text of an input line and its cursor, counted in code points so that a CJK character or an emoji
 * moves and deletes as one. Every edit returns a new value.
 */
public record LineEditor(String text, int cursor) {
    /** Long enough for any answer or query; more is a paste gone wrong. */
    static final int MAX_CODE_POINTS = 200;

    public LineEditor {
        text = text == null ? "" : text;
        int n = text.codePointCount(0, text.length());
        cursor = Math.max(0, Math.min(cursor, n));
    }

    /** The keys {@link #edit} takes: typing and the editing keys. */
    static final List<KeyTable.Chord> KEYS = List.of(KeyTable.Chord.anyText(), KeyTable.Chord.of(Key.BACKSPACE),
            KeyTable.Chord.of(Key.DELETE), KeyTable.Chord.of(Key.LEFT), KeyTable.Chord.of(Key.RIGHT),
            KeyTable.Chord.of(Key.HOME), KeyTable.Chord.of(Key.END), KeyTable.Chord.of(Key.CTRL_U),
            KeyTable.Chord.of(Key.CTRL_W));

    public static LineEditor empty() {
        return new LineEditor("", 0);
    }

    private int length() {
        return text.codePointCount(0, text.length());
    }

    private int offset(int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }

    /** Inserts typed text at the cursor; control characters are dropped, never stored. */
    public LineEditor insert(String typed) {
        StringBuilder clean = new StringBuilder();
        typed.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(clean::appendCodePoint);
        int room = MAX_CODE_POINTS - length();
        String add = clean.toString();
        if (add.codePointCount(0, add.length()) > room) {
            add = add.substring(0, add.offsetByCodePoints(0, Math.max(0, room)));
        }
        int at = offset(cursor);
        return new LineEditor(text.substring(0, at) + add + text.substring(at), cursor + add.codePointCount(0, add.length()));
    }

    public LineEditor backspace() {
        if (cursor == 0) {
            return this;
        }
        return new LineEditor(text.substring(0, offset(cursor - 1)) + text.substring(offset(cursor)), cursor - 1);
    }

    public LineEditor delete() {
        if (cursor == length()) {
            return this;
        }
        return new LineEditor(text.substring(0, offset(cursor)) + text.substring(offset(cursor + 1)), cursor);
    }

    public LineEditor left() {
        return new LineEditor(text, cursor - 1);
    }

    public LineEditor right() {
        return new LineEditor(text, cursor + 1);
    }

    public LineEditor home() {
        return new LineEditor(text, 0);
    }

    public LineEditor end() {
        return new LineEditor(text, length());
    }

    public LineEditor clear() {
        return empty();
    }

    /** Deletes the word before the cursor and the spaces after it, as a shell's Ctrl-W does. */
    public LineEditor deleteWord() {
        int[] cps = text.codePoints().toArray();
        int from = cursor;
        while (from > 0 && Character.isWhitespace(cps[from - 1])) {
            from--;
        }
        while (from > 0 && !Character.isWhitespace(cps[from - 1])) {
            from--;
        }
        return new LineEditor(text.substring(0, offset(from)) + text.substring(offset(cursor)), from);
    }

    /** The display column of the cursor: wide characters before it count two. */
    public int cursorColumn() {
        return DisplayWidth.of(text.substring(0, offset(cursor)));
    }

    /** Applies an editing key; empty when the key is not an edit (the screen handles it). */
    public Optional<LineEditor> edit(Msg.Press press) {
        return Optional.ofNullable(apply(press));
    }

    private LineEditor apply(Msg.Press press) {
        return switch (press.key()) {
            case CHAR -> insert(press.text());
            case BACKSPACE -> backspace();
            case DELETE -> delete();
            case LEFT -> left();
            case RIGHT -> right();
            case HOME -> home();
            case END -> end();
            case CTRL_U -> clear();
            case CTRL_W -> deleteWord();
            default -> null;
        };
    }
}
