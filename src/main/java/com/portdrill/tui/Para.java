package com.portdrill.tui;

import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A paragraph of one role, wrapped to the window when drawn. */
public record Para(Role role, String text) {
    public Para {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
    }

    public static List<AttributedString> draw(Theme theme, List<Para> paras, int cols) {
        List<AttributedString> out = new ArrayList<>();
        for (Para p : paras) {
            out.addAll(Lines.paragraph(theme, p.role(), p.text(), cols, "  "));
        }
        return out;
    }
}
