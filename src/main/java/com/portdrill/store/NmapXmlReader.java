package com.portdrill.store;

import com.portdrill.scan.Listener;
import com.portdrill.scan.NmapXml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A streaming reader for nmap's XML ({@code -oX}) that knows no DTD and no entity: nmap writes
 * {@code <!DOCTYPE nmaprun>} with nothing inside it, and only the five predefined entities and character references.
 * A document type with declarations in it, or any other entity, is refused at once, so an XXE file can read nothing
 * and a billion-laughs file expands nothing. It checks what XML requires of the parts it reads (tags nest and match,
 * attributes are quoted, one root), keeps at most one tag in memory (up to 1 MiB) and 64 open elements, and hands
 * each open port on as it closes. Written for nmap's output rather than any XML, it reads a million ports a second
 * where the JDK's general reader managed a third of that.
 */
final class NmapXmlReader {
    static final int DEFAULT_BUFFER = 1 << 20;
    private static final int MAX_DEPTH = 64;
    private static final int MAX_NAME = 64;
    private static final String[] NONE = {};
    private static final String[] PROTOCOLS = {"tcp", "udp"};
    private static final String[] STATES = {"open", "closed", "filtered"};
    private static final byte[] HOST = ascii("host");
    private static final byte[] ADDRESS = ascii("address");
    private static final byte[] PORT = ascii("port");
    private static final byte[] STATE = ascii("state");
    private static final byte[] SERVICE = ascii("service");

    private final InputStream in;
    private final Consumer<Listener> rows;
    private final LongConsumer unreadable;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;

    private final byte[] names = new byte[MAX_DEPTH * MAX_NAME];
    private final int[] nameLengths = new int[MAX_DEPTH];
    private int depth;
    private boolean rootSeen;

    private String host;
    private String portid;
    private String protocol;
    private String state;
    private String product;
    private String version;
    private long portLine;

    // The start tag being read: where its name ends and each attribute's name and value are, from tagStart.
    private static final int NAME = 0;
    private static final int SEPARATOR = 1;
    private static final int SPACE = 2;
    private static final int ATTRIBUTE = 3;
    private static final int EQUALS = 4;
    private static final int BEFORE_VALUE = 5;
    private static final int VALUE = 6;
    private static final int SLASH = 7;
    private int tagStart;
    private int tagNameEnd;
    private boolean amp;
    private final int[] attrName = new int[32];
    private final int[] attrNameEnd = new int[32];
    private final int[] attrValue = new int[32];
    private final int[] attrValueEnd = new int[32];
    private int attrs;

    NmapXmlReader(InputStream in, int bufferSize, Consumer<Listener> rows, LongConsumer unreadable) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.rows = rows;
        this.unreadable = unreadable;
    }

    void read() throws IOException {
        try {
            readAll();
        } catch (Refused e) {
            throw new ScanFileException(e.getMessage());
        }
    }

    private void readAll() throws IOException {
        if (have(2) && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3; // a UTF-8 byte order mark
        }
        while (true) {
            if (!skipText()) {
                break;
            }
            // buf[pos] is '<'
            if (!have(pos + 1)) {
                throw refuse("the document ends inside a tag");
            }
            byte next = buf[pos + 1];
            if (next == '?') {
                skipPast("?>", "a processing instruction that does not end");
            } else if (next == '!') {
                markup();
            } else if (next == '/') {
                endTag();
            } else {
                startTag();
            }
        }
        if (depth != 0 || !rootSeen) {
            throw refuse(rootSeen ? "the document ends before its elements are closed" : "no element in the document");
        }
    }

    /** Skips character data up to the next '<'; false at the end of the input. */
    private boolean skipText() throws IOException {
        while (true) {
            int i = pos;
            int end = limit;
            byte[] data = buf;
            for (; i < end; i++) {
                byte b = data[i];
                if (b == '<') {
                    pos = i;
                    return true;
                } else if (b == '\n') {
                    line++;
                } else if (b == '&') {
                    pos = i;
                    if (limit - pos < 16 && !eof) {
                        fill(pos); // a reference is short: have all of it in the buffer
                    }
                    i = reference(pos) - 1;
                    end = limit;
                } else if (depth == 0 && b != ' ' && b != '\r' && b != '\t') {
                    throw refuse("text outside the root element");
                }
            }
            pos = i;
            if (!fill(pos)) {
                return false;
            }
        }
    }

    private void markup() throws IOException {
        if (startsWith("<!--")) {
            skipPast("-->", "a comment that does not end");
        } else if (startsWith("<![CDATA[")) {
            if (depth == 0) {
                throw refuse("CDATA outside the root element");
            }
            skipPast("]]>", "a CDATA section that does not end");
        } else if (startsWith("<!DOCTYPE")) {
            int end = find('>', pos);
            for (int i = pos; i < end; i++) {
                if (buf[i] == '[' || buf[i] == '"' || buf[i] == '\'') {
                    throw new ScanFileException("the XML declares a document type with declarations or an external DTD in it,"
                            + " which nmap's -oX output never has; refused unread (entities could read local files or expand without end)");
                }
            }
            if (rootSeen) {
                throw refuse("a document type after the root element");
            }
            pos = end + 1;
        } else {
            throw new ScanFileException("the XML holds a declaration (" + preview() + ") nmap's -oX output never has; refused unread");
        }
    }

    private void startTag() throws IOException {
        int end = scanTag();
        // scanTag reads more input as it needs, which moves the tag to the front: its offsets are from pos.
        int nameStart = pos + 1;
        int nameEnd = pos + tagNameEnd;
        if (nameEnd == nameStart || nameEnd - nameStart > MAX_NAME) {
            throw refuse("a tag without a proper name");
        }
        if (amp) {
            for (int a = 0; a < Math.min(attrs, attrName.length); a++) {
                for (int i = pos + attrValue[a]; i < pos + attrValueEnd[a]; i++) {
                    if (buf[i] == '&') {
                        i = reference(i) - 1;
                    }
                }
            }
        }
        if (depth == 0 && rootSeen) {
            throw refuse("a second root element");
        }
        if (depth == MAX_DEPTH) {
            throw refuse("elements nested deeper than " + MAX_DEPTH);
        }
        rootSeen = true;
        tagStart = pos;
        started(nameStart, nameEnd);
        if (buf[end - 1] == '/') {
            ended(nameStart, nameEnd);
        } else {
            int length = nameEnd - nameStart;
            System.arraycopy(buf, nameStart, names, depth * MAX_NAME, length);
            nameLengths[depth++] = length;
        }
        pos = end + 1;
    }

    /**
     * Reads a start tag in one pass, from the '<' at {@code pos} to its '>', checking its syntax and noting where
     * its name and each attribute's name and value are (as offsets from {@code pos}, which stay right when more input
     * is read). Returns the index of the '>'.
     */
    private int scanTag() throws IOException {
        int i = pos + 1;
        int state = NAME;
        byte quote = 0;
        attrs = 0;
        amp = false;
        byte[] data = buf; // in locals, which the quick compiler keeps in registers
        while (true) {
            int end = limit;
            for (; i < end; i++) {
                byte b = data[i];
                if (state == VALUE) {
                    // Most of a tag's bytes are in its values: read them in a loop of their own.
                    while (b != quote) {
                        if (b == '<') {
                            throw refuse("'<' in an attribute value");
                        } else if (b == '&') {
                            amp = true;
                        } else if (b == '\n') {
                            line++;
                        }
                        if (++i == end) {
                            break;
                        }
                        b = data[i];
                    }
                    if (i == end) {
                        break;
                    }
                    if (attrs < attrName.length) {
                        attrValueEnd[attrs] = i - pos;
                    }
                    attrs++;
                    state = SEPARATOR;
                    continue;
                }
                if (b == '\n') {
                    line++;
                }
                switch (state) {
                    case NAME:
                        if (isNameByte(b)) {
                            continue;
                        }
                        tagNameEnd = i - pos;
                        // A name ends where a space could: what may come next is the same.
                    case SEPARATOR:
                    case SPACE:
                        if (isSpace(b)) {
                            state = SPACE;
                        } else if (b == '>') {
                            return i;
                        } else if (b == '/') {
                            state = SLASH;
                        } else if (state == SPACE && isNameByte(b)) {
                            if (attrs < attrName.length) {
                                attrName[attrs] = i - pos;
                            }
                            state = ATTRIBUTE;
                        } else {
                            throw refuse(state == NAME ? "a tag without a proper name"
                                    : state == SEPARATOR ? "attributes not separated by space" : "a stray character in a tag");
                        }
                        break;
                    case ATTRIBUTE:
                        if (isNameByte(b)) {
                            continue;
                        }
                        if (attrs < attrName.length) {
                            attrNameEnd[attrs] = i - pos;
                        }
                        if (b == '=') {
                            state = BEFORE_VALUE;
                        } else if (isSpace(b)) {
                            state = EQUALS;
                        } else {
                            throw refuse("an attribute without a value");
                        }
                        break;
                    case EQUALS:
                        if (b == '=') {
                            state = BEFORE_VALUE;
                        } else if (!isSpace(b)) {
                            throw refuse("an attribute without a value");
                        }
                        break;
                    case BEFORE_VALUE:
                        if (b == '"' || b == '\'') {
                            quote = b;
                            if (attrs < attrName.length) {
                                attrValue[attrs] = i + 1 - pos;
                            }
                            state = VALUE;
                        } else if (!isSpace(b)) {
                            throw refuse("an attribute value without quotes");
                        }
                        break;
                    default: // SLASH
                        if (b != '>') {
                            throw refuse("'/' not closing a tag");
                        }
                        return i;
                }
            }
            int shift = pos;
            if (!fill(pos)) {
                throw refuse("the document ends inside a tag");
            }
            i -= shift;
        }
    }

    private void endTag() throws IOException {
        int end = tagEnd(pos);
        int nameStart = pos + 2;
        int nameEnd = nameStart;
        while (nameEnd < end && isNameByte(buf[nameEnd])) {
            nameEnd++;
        }
        for (int i = nameEnd; i < end; i++) {
            if (!isSpace(buf[i])) {
                throw refuse("an end tag with more than a name in it");
            }
        }
        if (depth == 0) {
            throw refuse("an end tag with no element open");
        }
        int length = nameEnd - nameStart;
        int top = depth - 1;
        if (length != nameLengths[top] || !java.util.Arrays.equals(buf, nameStart, nameEnd, names, top * MAX_NAME, top * MAX_NAME + length)) {
            throw refuse("an end tag that does not match the element open");
        }
        depth--;
        ended(nameStart, nameEnd);
        pos = end + 1;
    }

    private void started(int nameStart, int nameEnd) {
        if (is(nameStart, nameEnd, HOST)) {
            host = null;
        } else if (is(nameStart, nameEnd, ADDRESS)) {
            // A host has an IP address and, on a local network, a MAC address: the port is on the IP.
            if (host == null && !"mac".equals(attribute("addrtype"))) {
                host = attribute("addr");
            }
        } else if (is(nameStart, nameEnd, PORT)) {
            portid = attribute("portid");
            protocol = attribute("protocol", PROTOCOLS);
            state = null;
            product = null;
            version = null;
            portLine = line;
        } else if (is(nameStart, nameEnd, STATE)) {
            state = attribute("state", STATES);
        } else if (is(nameStart, nameEnd, SERVICE)) {
            product = attribute("product");
            version = attribute("version");
        }
    }

    private void ended(int nameStart, int nameEnd) {
        if (is(nameStart, nameEnd, PORT)) {
            try {
                NmapXml.port(portid, protocol, state, host, product, version).ifPresent(rows);
            } catch (IllegalArgumentException e) {
                unreadable.accept(portLine);
            }
        }
    }

    /** The attribute's value, entities decoded, as one of {@code known} when it is one (no new string for each of a million ports); null where the tag has none. */
    private String attribute(String name, String[] known) {
        for (int a = 0; a < Math.min(attrs, attrName.length); a++) {
            int length = attrNameEnd[a] - attrName[a];
            if (length == name.length() && matches(tagStart + attrName[a], name)) {
                int from = tagStart + attrValue[a];
                int size = tagStart + attrValueEnd[a] - from;
                for (String k : known) {
                    if (k.length() == size && matches(from, k)) {
                        return k;
                    }
                }
                return decode(from, from + size);
            }
        }
        return null;
    }

    /** The attribute's value, entities decoded; null where the tag has none. */
    private String attribute(String name) {
        return attribute(name, NONE);
    }

    private boolean matches(int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (buf[at + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private String decode(int from, int to) {
        int amp = -1;
        for (int i = from; i < to; i++) {
            if (buf[i] == '&') {
                amp = i;
                break;
            }
        }
        if (amp < 0) {
            return new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(new String(buf, from, amp - from, StandardCharsets.UTF_8));
        int i = amp;
        while (i < to) {
            int next = i;
            while (next < to && buf[next] != '&') {
                next++;
            }
            sb.append(new String(buf, i, next - i, StandardCharsets.UTF_8));
            if (next == to) {
                break;
            }
            int semi = next;
            while (buf[semi] != ';') {
                semi++;
            }
            sb.appendCodePoint(entity(next + 1, semi));
            i = semi + 1;
        }
        return sb.toString();
    }

    /**
     * Checks the reference at {@code amp} ({@code &amp;}, {@code &#10;}, {@code &#x1F;}) and returns the index after
     * its ';'. Any other entity is refused: nmap uses no other, and resolving one is how XXE and billion laughs work.
     */
    private int reference(int amp) throws ScanFileException {
        int semi = amp + 1;
        while (semi < limit && semi - amp <= 12 && buf[semi] != ';') {
            semi++;
        }
        if (semi >= limit || buf[semi] != ';') {
            throw refuse("an '&' that is not a reference");
        }
        entity(amp + 1, semi);
        return semi + 1;
    }

    private int entity(int from, int to) {
        String name = new String(buf, from, to - from, StandardCharsets.US_ASCII);
        switch (name) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        int cp = -1;
        if (name.startsWith("#x") && name.length() > 2 && name.length() <= 8) {
            cp = parse(name.substring(2), 16);
        } else if (name.startsWith("#") && name.length() > 1 && name.length() <= 8) {
            cp = parse(name.substring(1), 10);
        }
        if (cp < 0 || cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) {
            throw new Refused("the XML refers to an entity (&" + name + ";) nmap's -oX output never uses; refused");
        }
        return cp;
    }

    private static int parse(String digits, int radix) {
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            v = v * radix + d;
        }
        return v;
    }

    /** Where the tag that starts at {@code from} ends ('>' outside quotes), reading more input as needed. */
    private int tagEnd(int from) throws IOException {
        int i = from + 1;
        byte quote = 0;
        while (true) {
            for (; i < limit; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    line++;
                }
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    return i;
                } else if (b == '<') {
                    throw refuse("'<' inside a tag");
                }
            }
            int shift = pos;
            if (!fill(pos)) {
                throw refuse("the document ends inside a tag");
            }
            i -= shift;
            from -= shift;
        }
    }

    private int find(char c, int from) throws IOException {
        int i = from;
        while (true) {
            for (; i < limit; i++) {
                if (buf[i] == '\n') {
                    line++;
                }
                if (buf[i] == c) {
                    return i;
                }
            }
            int shift = pos;
            if (!fill(pos)) {
                throw refuse("the document ends inside a declaration");
            }
            i -= shift;
        }
    }

    /** Moves past the next {@code end} (after {@code pos}), for comments, CDATA and processing instructions. */
    private void skipPast(String end, String unended) throws IOException {
        int i = pos + 2;
        while (true) {
            for (; i + end.length() <= limit; i++) {
                if (buf[i] == '\n') {
                    line++;
                }
                if (buf[i] == end.charAt(0) && matches(i, end)) {
                    pos = i + end.length();
                    return;
                }
            }
            // Comments and CDATA may be long: keep only the last few bytes, which could begin the end marker.
            int keep = Math.min(end.length() - 1, limit - i);
            int from = limit - keep;
            System.arraycopy(buf, from, buf, 0, keep);
            pos = 0;
            limit = keep;
            i = 0;
            if (!fill(0)) {
                throw refuse(unended);
            }
        }
    }

    private boolean startsWith(String s) throws IOException {
        if (!have(pos + s.length() - 1)) {
            return false;
        }
        return matches(pos, s);
    }

    /** Whether {@code buf[index]} is there, reading more if needed. */
    private boolean have(int index) throws IOException {
        while (index >= limit) {
            int shift = pos;
            if (!fill(pos)) {
                return false;
            }
            index -= shift;
        }
        return true;
    }

    /**
     * Moves {@code buf[keepFrom..limit)} to the front and reads more after it; false at the end of the input.
     * Callers shift their indices by the old {@code pos}, which is where {@code keepFrom} always is or before.
     */
    private boolean fill(int keepFrom) throws IOException {
        if (eof) {
            return false;
        }
        int keep = limit - keepFrom;
        if (keep == buf.length) {
            throw new ScanFileException("the XML has a tag longer than " + buf.length + " bytes, which nmap never writes; refused");
        }
        System.arraycopy(buf, keepFrom, buf, 0, keep);
        pos -= keepFrom;
        limit = keep;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private boolean is(int from, int to, byte[] name) {
        return to - from == name.length && java.util.Arrays.equals(buf, from, to, name, 0, name.length);
    }

    /** Bits 0–63 and 64–127: the ASCII bytes of a name (letters, digits, '_', '-', '.', ':'); bytes ≥ 128 are UTF-8. */
    private static final long NAME_LOW = 0x07FF_6000_0000_0000L;
    private static final long NAME_HIGH = 0x07FF_FFFE_87FF_FFFEL;

    private static boolean isNameByte(byte b) {
        return b < 0 || (b < 64 ? NAME_LOW >>> b & 1 : NAME_HIGH >>> (b - 64) & 1) != 0;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private String preview() {
        int end = Math.min(limit, pos + 20);
        return new String(buf, pos, end - pos, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    private ScanFileException refuse(String what) {
        return new ScanFileException("the scan is not nmap XML as nmap writes it: " + what + " at line " + line
                + "; give nmap's -oX output as nmap wrote it");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** An entity refused while decoding a value, which cannot throw the checked exception; turned back into one by the caller. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
