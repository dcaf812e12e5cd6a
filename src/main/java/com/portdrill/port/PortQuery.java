package com.portdrill.port;

import com.portdrill.text.Fold;

import java.util.regex.Matcher;

/**
 * What a learner typed to name a port: a port number in any form a person writes one ({@code 22}, {@code 22/tcp},
 * {@code tcp/22}, {@code tcp 22}, {@code port 22}, full-width digits), a number that is no port, or a name. The look-up,
 * {@code explain} and the study feedback all read a query here, so they agree on what is a number.
 */
public sealed interface PortQuery permits PortQuery.Numbered, PortQuery.OutOfRange, PortQuery.Named {
    /** A port number, with its transport dropped: a look-up shows both. */
    record Numbered(Port port) implements PortQuery {
    }

    /** A number outside 0–65535, as typed (width folded and stripped). */
    record OutOfRange(String typed) implements PortQuery {
    }

    /** Anything else: a service name, width folded and stripped (empty for a blank query). */
    record Named(String name) implements PortQuery {
    }

    static PortQuery read(String query) {
        String q = Fold.width(query == null ? "" : query).strip();
        Matcher m = QueryForm.NUMBER.matcher(q);
        if (!m.matches()) {
            return new Named(q);
        }
        String digits = m.group(1);
        // More digits than any long holds is out of range, not an overflow.
        long n = digits.length() > 7 ? Long.MAX_VALUE : Long.parseLong(digits);
        return Port.valid(n) ? new Numbered(new Port((int) n)) : new OutOfRange(q);
    }
}
