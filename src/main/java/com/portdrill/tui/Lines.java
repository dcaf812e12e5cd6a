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
     * Wraps text into lines of at most {@code cols} display columns, breaking between words: at a space, after a
     * slash or a hyphen, and between Chinese characters (Chinese has no spaces, and a break may fall between any two
     * of its characters); a word longer than a line is cut. Continuation lines start with {@code indent}.
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
            int cut = breakPoint(head, rest.codePointAt(head.length()));
            if (cut > 0) {
                head = head.substring(0, cut);
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

    /** Where to end a line that must hold at most {@code head}, followed by {@code next}; 0 when no word ends in it. */
    private static int breakPoint(String head, int next) {
        if (next == ' ' || DisplayWidth.of(next) == 2 || breaksAfter(head.codePointBefore(head.length()))) {
            return head.length();
        }
        for (int i = head.length() - 1; i > 0; i--) {
            int before = head.codePointBefore(i);
            if (head.charAt(i) == ' ' || breaksAfter(before) || DisplayWidth.of(head.codePointAt(i)) == 2) {
                return i;
            }
        }
        return 0;
    }

    /** A line may end after a space, a slash, a hyphen or a wide (Chinese) character. */
    private static boolean breaksAfter(int cp) {
        return cp == ' ' || cp == '/' || cp == '-' || DisplayWidth.of(cp) == 2;
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
