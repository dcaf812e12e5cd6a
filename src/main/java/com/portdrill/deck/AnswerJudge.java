package com.portdrill.deck;

import com.portdrill.text.EditDistance;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a typed answer as a fair examiner would: on what it names. Case, spacing, punctuation, full-width forms,
 * Chinese punctuation, the words "port", "and" or "or", a transport nobody asked for and parentheses that add a
 * name the card accepts never change the verdict; a range or a list is judged as the set of ports it means.
 * Port numbers get no typo allowance (53 and 35 are different ports), and a group needs every one of its ports.
 * A small typo in a name is close; a name that differs in what tells protocols apart (IMAP4 for IMAPS, POP2 for
 * POP3) is another protocol, so it is wrong. A "+" that ends a name is part of it ({@code TACACS+} is not the older
 * {@code TACACS}). An answer of the other kind (a name where a port is asked) is not judged at all.
 */
public final class AnswerJudge {
    /**
     * Between the ports of a group answer: anything but a letter, a digit or a dash (a dash left after the ranges
     * are written out, as in {@code -53}, makes the answer unreadable rather than vanish).
     */
    private static final Pattern PORT_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\-–—]+");
    /** {@code 137-139}, {@code 137 to 139}, {@code 137～139}, {@code 137至139}: every port from one to the other. */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,5})\\s*(?:-|–|—|~|～|〜|to|through|至|到)\\s*(\\d{1,5})");
    /** A range longer than this is not a port group any card asks for; it is left as it is, and judged wrong. */
    private static final int LONGEST_RANGE = 64;
    /** Chinese words that join or introduce ports: "端口 20 和 21". */
    private static final Pattern CHINESE_PORT_WORDS = Pattern.compile("端口|和|或|及|与|以及");
    /** A word glued to a number it introduces: {@code port22}, {@code tcp53}. */
    private static final Pattern GLUED_WORD = Pattern.compile("(ports?|tcp|udp)(?=\\d)");
    /** Words in a port answer that name no port. */
    private static final Set<String> PORT_WORDS = Set.of("port", "ports", "and", "or", "tcp", "udp", "on", "the");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");
    /** A word, which may end in digits ({@code POP3}); a token that starts with a digit is a number or unreadable. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    /** Brackets whose content adds to a name: {@code SSH (Secure Shell)}; full-width ones are folded to these first. */
    static final Pattern BRACKETED = Pattern.compile("[(\\[【]([^()\\[\\]【】]*)[)\\]】]");
    /** Transports, which a name-answer may mention without being asked: {@code DNS (UDP)}. */
    private static final Set<String> TRANSPORTS = Set.of("tcp", "udp", "tcpudp", "udptcp");
    /** A word at the end of a name that every name could carry: {@code Secure Shell Protocol}, {@code 安全外壳协议}. */
    private static final Pattern PROTOCOL_SUFFIX = Pattern.compile("(protocol|协议)$");
    /** A token that tells protocols apart: capitals ({@code IMAPS}, {@code TLS}) or a digit ({@code POP3}). */
    private static final Pattern DISTINGUISHING = Pattern.compile("(?=.*[0-9])[A-Za-z0-9]+|[A-Z][A-Z0-9]+");
    /**
     * A "+" that ends a word ({@code TACACS+}, {@code TACACS+ 协议}) names another protocol, yet folding drops it as
     * punctuation; it is read as the word "plus", as learners also say it. A "+" between words ({@code tcp+udp},
     * {@code AT+C}) joins them and is left to the fold.
     */
    private static final Pattern TRAILING_PLUS = Pattern.compile("(?<=[A-Za-z0-9])\\s*\\+(?![A-Za-z0-9])");

    private AnswerJudge() {
    }

    public static Judgement judge(Card card, String typed) {
        if (Fold.compact(typed).isEmpty()) {
            return new Judgement.Blank();
        }
        switch (card.answerKind()) {
            case PORTS:
                return judgePorts(card, typed);
            case SERVICE:
                return judgeService(card, typed);
            default:
                return KindJudges.judge(card, typed);
        }
    }

    /**
     * The ports a typed answer names, read the way a person writes them ({@code port 22}, {@code 20 and 21},
     * {@code 137-139}, {@code 端口 20 和 21}, {@code 3389 (RDP)}: words beside the numbers are passed over), and
     * whether any part of it is neither a number nor a word.
     */
    record TypedPorts(Set<Integer> ports, boolean unreadable) {
        /** Words alone: a name where ports are wanted. */
        boolean noneGiven() {
            return ports.isEmpty() && !unreadable;
        }
    }

    static TypedPorts typedPorts(String typed) {
        String text = CHINESE_PORT_WORDS.matcher(Fold.width(typed).toLowerCase(Locale.ROOT)).replaceAll(" ");
        text = GLUED_WORD.matcher(expandRanges(text)).replaceAll("$1 ");
        Set<Integer> given = new TreeSet<>();
        boolean unreadable = false;
        for (String token : PORT_SEPARATORS.split(text.strip())) {
            if (token.isEmpty() || PORT_WORDS.contains(token)) {
                continue;
            }
            if (DIGITS.matcher(token).matches()) {
                given.add(Integer.parseInt(token));
            } else if (!WORD.matcher(token).matches()) {
                unreadable = true;
            }
        }
        return new TypedPorts(given, unreadable);
    }

    private static Judgement judgePorts(Card card, String typed) {
        TypedPorts read = typedPorts(typed);
        if (read.noneGiven()) {
            return new Judgement.WrongKind(AnswerKind.PORTS);
        }
        Set<Integer> given = read.ports();
        boolean unreadable = read.unreadable();
        Set<Integer> expected = new TreeSet<>(card.answerPorts());
        if (!unreadable && given.equals(expected)) {
            return new Judgement.Judged(Outcome.CORRECT, card.displayAnswer());
        }
        return wrongNaming(card, expected, read);
    }

    /**
     * Wrong; when the answer gave some of {@code expected} and nothing else, it says which are missing ("Missing:
     * 21"), for a group's ports and for a set of ports alike.
     */
    static Judgement wrongNaming(Card card, Set<Integer> expected, TypedPorts read) {
        if (!read.unreadable() && expected.containsAll(read.ports())) {
            List<Integer> missing = new ArrayList<>(expected);
            missing.removeAll(read.ports());
            return new Judgement.Judged(Outcome.WRONG, card.displayAnswer(), missing);
        }
        return wrong(card);
    }

    /** Writes every port of each range out: {@code 137-139} becomes {@code 137 138 139}. */
    private static String expandRanges(String text) {
        Matcher m = RANGE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to <= from || to - from > LONGEST_RANGE) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            StringBuilder ports = new StringBuilder(" ");
            for (int p = from; p <= to; p++) {
                ports.append(p).append(' ');
            }
            m.appendReplacement(out, ports.toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Judgement judgeService(Card card, String typed) {
        String text = Fold.width(typed);
        if (isNumberOnly(text)) {
            return new Judgement.WrongKind(AnswerKind.SERVICE);
        }
        String whole = accepted(card, text);
        if (whole != null) {
            return new Judgement.Judged(Outcome.CORRECT, whole);
        }
        String inBrackets = acceptedWithBrackets(card, text);
        if (inBrackets != null) {
            return new Judgement.Judged(Outcome.CORRECT, inBrackets);
        }
        String answer = compactName(text);
        if (isAnotherAnswer(card.distractors(), answer)) {
            return wrong(card);
        }
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String accepted : card.acceptedAnswers()) {
            String target = compactName(accepted);
            int distance = EditDistance.between(answer, target);
            if (distance <= allowedTypos(target) && distance < best && keepsWhatTellsProtocolsApart(card, accepted, text)) {
                best = distance;
                closest = accepted;
            }
        }
        return closest == null ? wrong(card) : new Judgement.Judged(Outcome.CLOSE, closest);
    }

    /** Only a port number, with or without "port" and a transport: {@code 22}, {@code port 22}, {@code 53/udp}. */
    private static boolean isNumberOnly(String text) {
        boolean number = false;
        for (String token : Fold.loose(GLUED_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("$1 ")).split(" ")) {
            if (DIGITS.matcher(token).matches()) {
                number = true;
            } else if (!PORT_WORDS.contains(token) && !token.equals("端口")) {
                return false;
            }
        }
        return number;
    }

    /** The accepted name {@code text} is, or null: compared folded, a trailing "protocol" and a transport ignored. */
    private static String accepted(Card card, String text) {
        String answer = nameKey(text);
        if (answer.isEmpty()) {
            return null;
        }
        for (String accepted : card.acceptedAnswers()) {
            if (nameKey(accepted).equals(answer)) {
                return accepted;
            }
        }
        return null;
    }

    /**
     * For an answer with brackets ({@code SSH (Secure Shell)}, {@code DNS (UDP)}): the accepted name it gives, when
     * every part in and out of the brackets is an accepted name, a transport, or the initials of the words outside
     * ({@code Structured Query Language (SQL) Server}); null otherwise, so {@code SSH (Telnet)} is not right.
     */
    private static String acceptedWithBrackets(Card card, String text) {
        Matcher m = BRACKETED.matcher(text);
        List<String> inside = new ArrayList<>();
        while (m.find()) {
            inside.add(m.group(1));
        }
        if (inside.isEmpty()) {
            return null;
        }
        String outside = BRACKETED.matcher(text).replaceAll(" ");
        String found = accepted(card, outside);
        boolean outsideFine = found != null || Fold.compact(outside).isEmpty() || isTransport(outside);
        if (!outsideFine) {
            return null;
        }
        for (String part : inside) {
            String name = accepted(card, part);
            if (name != null) {
                found = found == null ? name : found;
            } else if (!isTransport(part) && !Fold.compact(part).isEmpty() && !isInitialsOf(part, outside)) {
                return null;
            }
        }
        return found;
    }

    private static boolean isTransport(String text) {
        return TRANSPORTS.contains(Fold.compact(text));
    }

    /** Whether {@code abbreviation} is the initials of consecutive words of {@code words} ({@code SQL}). */
    private static boolean isInitialsOf(String abbreviation, String words) {
        String initials = Arrays.stream(Fold.loose(words).split(" "))
                .filter(w -> !w.isEmpty()).map(w -> w.substring(0, 1)).reduce("", String::concat);
        String a = Fold.compact(abbreviation);
        return a.length() >= 2 && initials.contains(a);
    }

    /** A name folded for comparison, without a transport word or a trailing "protocol". */
    private static String nameKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : Fold.loose(plusAsWord(name)).split(" ")) {
            if (!TRANSPORTS.contains(word)) {
                key.append(word);
            }
        }
        String k = key.toString();
        String stripped = PROTOCOL_SUFFIX.matcher(k).replaceFirst("");
        return stripped.isEmpty() ? k : stripped;
    }

    /** A name folded with {@link Fold#compact}, its trailing "+" kept as "plus". */
    private static String compactName(String name) {
        return Fold.compact(plusAsWord(name));
    }

    private static String plusAsWord(String name) {
        return TRAILING_PLUS.matcher(Fold.width(name)).replaceAll(" plus ");
    }

    /**
     * Whether a typo keeps the distinguishing tokens ({@code IMAPS}, {@code TLS}, {@code POP3}) of the accepted name
     * it is close to: each must be typed as it is, or with two neighbouring letters swapped ({@code IMPA}). Changing
     * one is naming another protocol, not mistyping this one. A token distinguishes when any accepted name writes it
     * so, as {@code imap} is {@code IMAP} in another of the card's names.
     */
    private static boolean keepsWhatTellsProtocolsApart(Card card, String accepted, String typed) {
        Set<String> distinguishing = new HashSet<>();
        for (String name : card.acceptedAnswers()) {
            for (String token : Fold.width(name).split("[^A-Za-z0-9]+")) {
                if (DISTINGUISHING.matcher(token).matches()) {
                    distinguishing.add(token.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> typedTokens = Arrays.asList(Fold.loose(typed).split(" "));
        for (String t : Fold.loose(accepted).split(" ")) {
            if (distinguishing.contains(t) && typedTokens.stream().noneMatch(w -> w.equals(t) || isSwap(w, t))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} is {@code b} with two neighbouring characters swapped. */
    private static boolean isSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        return first >= 0 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /**
     * Typos forgiven in a name of this many letters: none up to three (abbreviations such as {@code SSH} and
     * {@code SMB} differ by one letter), one up to eight, two up to fifteen, three beyond.
     */
    static int allowedTypos(String compactName) {
        int n = compactName.codePointCount(0, compactName.length());
        if (n <= 3) {
            return 0;
        }
        if (n <= 8) {
            return 1;
        }
        return n <= 15 ? 2 : 3;
    }

    /** A typed name that is exactly another service's name is a mix-up, not a typo ({@code IMAPS} for {@code IMAP}). */
    private static boolean isAnotherAnswer(List<String> distractors, String answer) {
        return distractors.stream().map(AnswerJudge::compactName).anyMatch(answer::equals);
    }

    private static Judgement wrong(Card card) {
        return new Judgement.Judged(Outcome.WRONG, card.displayAnswer());
    }
}
