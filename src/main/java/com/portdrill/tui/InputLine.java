package com.portdrill.tui;

import com.portdrill.text.DisplayWidth;
import org.jline.utils.AttributedString;

/** Draws a prompt and an input line, scrolled sideways so the cursor stays in the window. */
public record InputLine(AttributedString line, int cursorCol) {
    public static InputLine of(Theme theme, String prompt, LineEditor editor, int cols) {
        String p = Span.plain(prompt).text();
        int promptWidth = DisplayWidth.of(p);
        int room = Math.max(1, cols - promptWidth - 1);
        String text = Span.plain(editor.text()).text();
        int cursor = editor.cursorColumn();
        String shown = text;
        int shownCursor = cursor;
        if (DisplayWidth.of(text) > room || cursor >= room) {
            // Keep the cursor in view: drop whole characters from the left until it fits.
            while (shownCursor >= room && !shown.isEmpty()) {
                int cp = shown.codePointAt(0);
                shownCursor -= DisplayWidth.of(cp);
                shown = shown.substring(Character.charCount(cp));
            }
            shown = DisplayWidth.clip(shown, room);
        }
        AttributedString line = Lines.line(theme, Span.of(Role.ACCENT, p), Span.of(Role.INPUT, shown));
        return new InputLine(line, promptWidth + shownCursor);
    }
}
