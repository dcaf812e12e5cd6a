package com.portdrill.tui;

import com.portdrill.text.DisplayWidth;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

import java.util.ArrayList;
import java.util.List;

/** Turns spans into styled lines: wrapping and clipping by display width (a CJK character is two columns). */
public final class Lines {
    private Lines() {
    }

    public static AttributedString line(Theme theme, Span... spans) {
        return line(theme, List.of(spans));
    }

    public static AttributedString line(Theme theme, List<Span> spans) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (Span s : spans) {
            b.styled(theme.style(s.role()), s.text());
        }
        return b.toAttributedString();
    }

    /** One styled line cut to {@code cols} display columns. */
    public static AttributedString clip(AttributedString line, int cols) {
        return line.columnLength() <= cols ? line : line.columnSubSequence(0, Math.max(0, cols));
    }

    /**
     * Wraps text into lines of at most {@code cols} display columns, breaking at spaces where it can and
     * anywhere in a run without spaces (Chinese has none); continuation lines start with {@code indent}.
     */
    public static List<String> wrap(String text, int cols, String indent) {
        List<String> out = new ArrayList<>();
        String rest = text.strip();
        String prefix = "";
        int width = Math.max(1, cols);
        while (!rest.isEmpty()) {
            int room = Math.max(1, width - DisplayWidth.of(prefix));
            if (DisplayWidth.of(rest) <= room) {
                out.add(prefix + rest);
                break;
            }
            String head = DisplayWidth.clip(rest, room);
            if (head.isEmpty()) {
                head = rest.substring(0, Character.charCount(rest.codePointAt(0)));
            }
            int space = head.lastIndexOf(' ');
            boolean breakAtSpace = space > 0 && rest.length() > head.length() && rest.charAt(head.length()) != ' ';
            if (breakAtSpace && space >= head.length() / 3) {
                head = head.substring(0, space);
            }
            out.add(prefix + head.stripTrailing());
            rest = rest.substring(head.length()).stripLeading();
            prefix = indent;
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /** Wrapped text, every line in one role. */
    public static List<AttributedString> paragraph(Theme theme, Role role, String text, int cols, String indent) {
        List<AttributedString> out = new ArrayList<>();
        for (String l : wrap(Span.of(role, text).text(), cols, indent)) {
            out.add(line(theme, Span.of(role, l)));
        }
        return out;
    }
}
