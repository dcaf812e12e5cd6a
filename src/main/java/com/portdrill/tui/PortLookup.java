package com.portdrill.tui;

import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.session.ExplanationText.Line;
import com.portdrill.session.PortReport;

import java.util.ArrayList;
import java.util.List;

/** The look-up screen's body: {@link PortReport}'s lines for a query, each styled by what it says. */
final class PortLookup {
    private PortLookup() {
    }

    /** The paragraphs for a query; one line that says what is wrong, with the nearest names, when it names nothing. */
    static List<Para> explain(PortKnowledge knowledge, String query, Lang ui, Lang description) {
        PortReport report = PortReport.of(knowledge, query, Messages.of(ui), description);
        List<Para> out = new ArrayList<>();
        for (PortReport.Section s : report.sections()) {
            for (Line line : s.lines()) {
                out.add(new Para(role(line, s.documentsWrong()), line.text()));
            }
        }
        report.problem().ifPresent(line -> out.add(new Para(Role.WRONG, line.text())));
        return out;
    }

    private static Role role(Line line, boolean documentsWrong) {
        switch (line.part()) {
            case HEADING:
                return Role.TITLE;
            case CONVENTION:
            case CORRECTION:
                return Role.WARN;
            case VERDICT:
                return documentsWrong ? Role.WARN : Role.MUTED;
            case FACT:
            case SOURCES:
            case IANA:
                return Role.MUTED;
            default:
                return Role.PLAIN;
        }
    }
}
