package com.portdrill.tui;

import org.jline.utils.AttributedStyle;

/**
 * Styles by role. Colours are the eight basic ones that terminals adapt to their own palette, and never
 * white or black text, so they read on dark and light backgrounds; without colour only bold, underline and
 * inverse are used, which every terminal shows and {@code NO_COLOR} allows.
 */
public record Theme(boolean colour) {
    public static Theme of(boolean colour) {
        return new Theme(colour);
    }

    public AttributedStyle style(Role role) {
        AttributedStyle s = AttributedStyle.DEFAULT;
        switch (role) {
            case TITLE:
                return colour ? s.bold().foreground(AttributedStyle.BLUE) : s.bold();
            case MUTED:
                return colour ? s.foreground(AttributedStyle.CYAN) : s;
            case ACCENT:
                return colour ? s.bold().foreground(AttributedStyle.MAGENTA) : s.bold();
            case SELECTED:
                return s.inverse();
            case CORRECT:
                return colour ? s.bold().foreground(AttributedStyle.GREEN) : s.bold();
            case CLOSE:
                return colour ? s.bold().foreground(AttributedStyle.YELLOW) : s.bold();
            case WRONG:
            case URGENT:
                return colour ? s.bold().foreground(AttributedStyle.RED) : s.bold().underline();
            case WARN:
                return colour ? s.foreground(AttributedStyle.MAGENTA) : s.underline();
            case INPUT:
                return s.underline();
            default:
                return s;
        }
    }
}
