package com.portdrill.deck;

import com.portdrill.catalogue.Verdict;
import com.portdrill.knowledge.InClear;
import com.portdrill.knowledge.IpProtocol;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.Scenario;
import com.portdrill.knowledge.ScenarioKind;
import com.portdrill.knowledge.Tier;
import com.portdrill.knowledge.Transport;
import com.portdrill.port.Port;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the exam-style kinds of card (issue 15) a tier asks: transport, secure counterpart both ways, in clear,
 * the range of a taught port and IP protocol numbers, worded by code from the knowledge base; jobs, scenarios,
 * lines to read and ranges from the reviewed stems of {@code knowledge/scenarios.tsv}. A card's content depends on
 * the facts it asks only, so the same id is the same card in every tier that holds it. Wrong options are the real
 * confusions (the other transports, the other ranges, neighbouring protocol numbers, the other half of a pair).
 */
final class KindCards {
    /** Ports a multi-select shows: two that answer it, two that do not. */
    private static final int PICKS = 2;
    /** Neighbouring protocol numbers offered as wrong options. */
    private static final int NEAR_NUMBERS = 3;
    /** Wrong counterparts offered: the service asked and its nearest neighbours, so a choice shows the mix-ups. */
    private static final int WRONG_NAMES = 4;

    private final PortKnowledge knowledge;

    KindCards(PortKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Every exam-style card the tier asks, kind by kind, in the knowledge base's order. */
    List<Card> forTier(Tier tier) {
        List<PortFact> facts = knowledge.data().facts().stream().filter(f -> f.teachesIn(tier)).toList();
        Map<String, Card> cards = new LinkedHashMap<>();
        facts.forEach(f -> put(cards, transport(f)));
        udpPicks(facts).forEach(c -> put(cards, c));
        facts.forEach(f -> secureCounterpart(f, tier).ifPresent(c -> put(cards, c)));
        facts.forEach(f -> secureFormOf(f, tier).ifPresent(c -> put(cards, c)));
        inClear(facts, tier).forEach(c -> put(cards, c));
        facts.stream().filter(f -> !Port.Range.WELL_KNOWN.holds(f.ports().get(0))).forEach(f -> put(cards, range(f)));
        knowledge.data().knowledge().protocols().stream().filter(p -> p.tiers().contains(tier))
                .forEach(p -> put(cards, protocolNumber(p)));
        knowledge.data().scenarios().stream().filter(s -> s.asksIn(tier)).forEach(s -> put(cards, scenario(s)));
        return List.copyOf(cards.values());
    }

    Card transport(PortFact f) {
        String right = transportLabel(f.transport());
        List<String> wrong = new ArrayList<>();
        for (Transport t : Transport.values()) {
            if (t != f.transport()) {
                wrong.add(transportLabel(t));
            }
        }
        return new Card("transport:" + id(f.ports()), Direction.TRANSPORT,
                f.name() + " (" + join(f.ports()) + ") runs over: TCP, UDP or both?",
                f.name() + "（" + join(f.ports()) + "）使用哪种传输协议：TCP、UDP 还是两者都用？",
                AnswerKind.TRANSPORT, List.of(), List.of(right), wrong,
                why(knowledge.explanation(f.ports()), f.name() + " runs over " + right + ".",
                        f.name() + " 使用 " + transportZh(f.transport()) + "。", f.source()));
    }

    /** "Which of these run over UDP only?": two UDP-only and two TCP-only services of the tier at a time. */
    List<Card> udpPicks(List<PortFact> facts) {
        List<PortFact> udp = singles(facts, f -> f.transport() == Transport.UDP);
        List<PortFact> tcp = singles(facts, f -> f.transport() == Transport.TCP);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i + PICKS <= udp.size() && i + PICKS <= tcp.size(); i += PICKS) {
            List<PortFact> right = udp.subList(i, i + PICKS);
            List<PortFact> other = tcp.subList(i, i + PICKS);
            List<Integer> answer = portsOf(right);
            List<Integer> shown = sortedUnion(answer, portsOf(other));
            String because = right.stream().map(f -> f.name() + " " + join(f.ports()) + "/udp")
                    .collect(Collectors.joining(", ")) + "; " + other.stream().map(f -> f.name() + " "
                    + join(f.ports()) + "/tcp").collect(Collectors.joining(", ")) + ".";
            cards.add(new Card("transport:udp:" + id(shown), Direction.TRANSPORT,
                    "Which of these ports run over UDP only: " + join(shown) + "?",
                    "下列端口中哪些只使用 UDP：" + joinZh(shown) + "？", AnswerKind.PORT_SET, answer, List.of(),
                    List.of(join(portsOf(other)), join(List.of(answer.get(0), portsOf(other).get(0))),
                            join(List.of(answer.get(0))), join(shown)),
                    why(overview(shown), because, because, sources(right, other))));
        }
        return cards;
    }

    /** "Replace Telnet (23) with?": where every counterpart of a service sent in clear is encrypted. */
    Optional<Card> secureCounterpart(PortFact f, Tier tier) {
        List<PortFact> counterparts = counterparts(f);
        if (f.inClear() == InClear.ENCRYPTED || counterparts.isEmpty() || !allIn(counterparts, tier)
                || !counterparts.stream().allMatch(c -> c.inClear() == InClear.ENCRYPTED)) {
            return Optional.empty();
        }
        String answer = counterparts.stream().map(KindCards::nameAndPorts).collect(Collectors.joining(" or "));
        String answerZh = counterparts.stream().map(KindCards::nameAndPorts).collect(Collectors.joining(" 或 "));
        return Optional.of(new Card("secure-for:" + id(f.ports()), Direction.COUNTERPART,
                "Replace " + f.name() + " (" + join(f.ports()) + ") with its secure counterpart: which protocol, on which port?",
                "用哪个安全协议替代 " + f.name() + "（" + join(f.ports()) + "）？它用哪个端口？",
                AnswerKind.NAME, portsOf(counterparts), accepted(answer, counterparts),
                wrongNames(f, counterparts, InClear.ENCRYPTED),
                why(knowledge.explanation(portsOf(counterparts)), f.name() + " → " + answer + ".",
                        f.name() + " → " + answerZh + "。", sources(List.of(f), counterparts))));
    }

    /** "LDAPS (636) is the secure form of?": an encrypted service whose counterparts send in clear. */
    Optional<Card> secureFormOf(PortFact f, Tier tier) {
        List<PortFact> counterparts = counterparts(f);
        if (f.inClear() != InClear.ENCRYPTED || counterparts.isEmpty() || !allIn(counterparts, tier)
                || counterparts.stream().anyMatch(c -> c.inClear() == InClear.ENCRYPTED)) {
            return Optional.empty();
        }
        String answer = counterparts.stream().map(KindCards::nameAndPorts).collect(Collectors.joining(" or "));
        return Optional.of(new Card("secure-form:" + id(f.ports()), Direction.COUNTERPART,
                f.name() + " (" + join(f.ports()) + ") is the secure form of which protocol, on which port?",
                f.name() + "（" + join(f.ports()) + "）是哪个协议的安全形式？那个协议用哪个端口？",
                AnswerKind.NAME, portsOf(counterparts), accepted(answer, counterparts),
                wrongNames(f, counterparts, InClear.CLEAR),
                why(knowledge.explanation(f.ports()), f.name() + " secures " + answer + ".",
                        f.name() + " 是 " + answer + " 的安全形式。", sources(List.of(f), counterparts))));
    }

    /** "Which of these send in clear?": two pairs of a clear service and its encrypted counterpart. */
    List<Card> inClear(List<PortFact> facts, Tier tier) {
        List<PortFact[]> pairs = new ArrayList<>();
        for (PortFact f : facts) {
            List<PortFact> c = counterparts(f);
            if (f.inClear() == InClear.CLEAR && f.ports().size() == 1 && c.size() == 1 && c.get(0).ports().size() == 1
                    && c.get(0).inClear() == InClear.ENCRYPTED && allIn(c, tier)) {
                pairs.add(new PortFact[] {f, c.get(0)});
            }
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i + PICKS <= pairs.size(); i += PICKS) {
            List<PortFact> clear = List.of(pairs.get(i)[0], pairs.get(i + 1)[0]);
            List<PortFact> secure = List.of(pairs.get(i)[1], pairs.get(i + 1)[1]);
            List<Integer> answer = portsOf(clear);
            List<Integer> shown = sortedUnion(answer, portsOf(secure));
            String because = clear.stream().map(f -> f.name() + " (" + join(f.ports()) + ")")
                    .collect(Collectors.joining(" and ")) + " send in clear; "
                    + secure.stream().map(f -> f.name() + " (" + join(f.ports()) + ")")
                    .collect(Collectors.joining(" and ")) + " encrypt.";
            String becauseZh = clear.stream().map(f -> f.name() + "（" + join(f.ports()) + "）")
                    .collect(Collectors.joining("和")) + "以明文传输；"
                    + secure.stream().map(f -> f.name() + "（" + join(f.ports()) + "）")
                    .collect(Collectors.joining("和")) + "会加密。";
            cards.add(new Card("in-clear:" + id(shown), Direction.IN_CLEAR,
                    "Which of these send logins or data in clear, unencrypted: " + join(shown) + "?",
                    "下列哪些端口以明文（不加密）传输登录信息或数据：" + joinZh(shown) + "？", AnswerKind.PORT_SET, answer, List.of(),
                    List.of(join(portsOf(secure)), join(List.of(answer.get(0))), join(List.of(answer.get(1))),
                            join(sortedUnion(answer, List.of(portsOf(secure).get(0))))),
                    why(overview(shown), because, becauseZh, sources(clear, secure))));
        }
        return cards;
    }

    Card range(PortFact f) {
        int port = f.ports().get(0);
        RangeNames r = RangeNames.of(port);
        List<String> wrong = new ArrayList<>();
        for (RangeNames other : RangeNames.ALL) {
            if (!other.equals(r)) {
                wrong.add(other.nameEn());
            }
        }
        return new Card("range:" + port, Direction.RANGE,
                "Port " + port + " is in which IANA range: well-known, registered or dynamic?",
                "端口 " + port + " 属于 IANA 的哪个范围：公认、注册还是动态？", AnswerKind.NAME, List.of(), r.names(), wrong,
                why(knowledge.explanation(List.of(port)), port + " lies in " + r.range().span() + ", the " + r.nameEn() + " ports.",
                        port + " 位于 " + r.range().span() + "，属于" + r.nameZh() + "。", "RFC 6335 section 6"));
    }

    Card protocolNumber(IpProtocol p) {
        List<IpProtocol> all = knowledge.data().knowledge().protocols();
        List<String> near = all.stream().filter(o -> o.number() != p.number())
                .sorted(Comparator.comparingInt((IpProtocol o) -> Math.abs(o.number() - p.number()))
                        .thenComparingInt(IpProtocol::number))
                .limit(NEAR_NUMBERS).map(o -> String.valueOf(o.number())).collect(Collectors.toList());
        String trapEn = "";
        String trapZh = "";
        for (PortFact f : knowledge.data().knowledge().factsAbout(p.number())) {
            trapEn = " Port " + p.number() + " is " + f.name() + ": a port number and an IP protocol number are different fields.";
            trapZh = " 端口 " + p.number() + " 是 " + f.name() + "：端口号和 IP 协议号是不同的字段。";
        }
        String zh = p.namesZh().isEmpty() ? p.name() + " " : p.name() + "（" + p.namesZh().get(0) + "）";
        String whyEn = p.name() + " is IP protocol " + p.number() + ", the IP header's protocol field, not a port. "
                + p.purposeEn() + trapEn + " Source: " + p.source() + ".";
        String whyZh = p.name() + " 的 IP 协议号是 " + p.number() + "（IP 报头的协议字段，不是端口）。" + p.purposeZh()
                + trapZh + " 来源：" + p.source() + "。";
        return new Card("ipproto:" + p.number(), Direction.PROTOCOL_NUMBER,
                p.name() + " (" + p.fullName() + ") is which IP protocol number?",
                zh + "的 IP 协议号是多少？", AnswerKind.PROTOCOL_NUMBER, List.of(), List.of(String.valueOf(p.number())),
                near, new Explanation(List.of(), null, null, null, Set.of(), null, Verdict.AGREES, null, null,
                        whyEn, whyZh));
    }

    Card scenario(Scenario s) {
        Direction direction = switch (s.kind()) {
            case JOB -> Direction.JOB;
            case SCENARIO -> Direction.SCENARIO;
            case READ_LINE -> Direction.READ_LINE;
            case RANGE -> Direction.RANGE;
        };
        boolean named = !s.names().isEmpty();
        List<String> accepted = named ? s.names() : s.alsoRight().stream().map(KindCards::join).toList();
        Explanation base = s.ports().isEmpty() || s.kind() == ScenarioKind.RANGE
                ? new Explanation(List.of(), null, null, null, Set.of(), null, Verdict.AGREES, null, null, null, null)
                : knowledge.explanation(s.ports());
        return new Card(direction.code() + ":" + s.id(), direction, s.promptEn(), s.promptZh(),
                named ? AnswerKind.NAME : AnswerKind.PORT_SET, s.ports(), accepted, s.wrong(),
                why(base, s.whyEn(), s.whyZh(), s.source()));
    }

    /**
     * What is shown after a question about several unrelated ports: IANA's line for each, without the documents'
     * descriptions of the first, which would answer another question.
     */
    private Explanation overview(List<Integer> ports) {
        return new Explanation(List.of(), null, null, null, Set.of(), knowledge.ianaLine(ports), Verdict.AGREES, null,
                null, null, null);
    }

    /** The rows whose ports are all among the row's counterpart ports, in file order. */
    private List<PortFact> counterparts(PortFact f) {
        if (f.counterpart().isEmpty()) {
            return List.of();
        }
        return knowledge.data().facts().stream().filter(c -> f.counterpart().containsAll(c.ports())).toList();
    }

    /** Names of the tier's other services on the same side as the answer: the mix-ups, never a right answer. */
    private List<String> wrongNames(PortFact asked, List<PortFact> right, InClear side) {
        List<String> wrong = new ArrayList<>();
        wrong.add(nameAndPorts(asked));
        List<PortFact> pool = knowledge.data().facts().stream()
                .filter(o -> !right.contains(o) && o != asked && o.inClear() == side).toList();
        pool.stream().filter(o -> o.family() == asked.family()).map(KindCards::nameAndPorts).forEach(wrong::add);
        pool.stream().filter(o -> o.family() != asked.family()).map(KindCards::nameAndPorts).forEach(wrong::add);
        return List.copyOf(wrong.subList(0, Math.min(wrong.size(), WRONG_NAMES)));
    }

    private static List<String> accepted(String shown, List<PortFact> counterparts) {
        List<String> names = new ArrayList<>();
        names.add(shown);
        counterparts.forEach(c -> names.addAll(c.names()));
        return names;
    }

    private static boolean allIn(List<PortFact> facts, Tier tier) {
        return facts.stream().allMatch(f -> f.teachesIn(tier));
    }

    private static List<PortFact> singles(List<PortFact> facts, Predicate<PortFact> which) {
        return facts.stream().filter(f -> f.ports().size() == 1).filter(which).toList();
    }

    private static List<Integer> portsOf(List<PortFact> facts) {
        return facts.stream().flatMap(f -> f.ports().stream()).sorted().distinct().toList();
    }

    private static List<Integer> sortedUnion(List<Integer> a, List<Integer> b) {
        return Stream.concat(a.stream(), b.stream()).sorted().distinct().toList();
    }

    /** Both facts' sources, each named once: two ports often share an RFC or an objective. */
    private static String sources(List<PortFact> a, List<PortFact> b) {
        return Stream.concat(a.stream(), b.stream()).flatMap(f -> Stream.of(f.source().split("; "))).distinct()
                .collect(Collectors.joining("; "));
    }

    /** {@code SSH, 22/tcp}; no transport where both are used. */
    static String nameAndPorts(PortFact f) {
        String suffix = f.transport() == Transport.TCP_UDP ? "" : "/" + f.transport().code();
        return f.name() + ", " + join(f.ports()) + suffix;
    }

    static String transportLabel(Transport t) {
        return switch (t) {
            case TCP -> "TCP";
            case UDP -> "UDP";
            case TCP_UDP -> "both TCP and UDP";
        };
    }

    private static String transportZh(Transport t) {
        return t == Transport.TCP_UDP ? "TCP 和 UDP 两者" : transportLabel(t);
    }

    /** The card's explanation with why the answer is right, and its source, put first. */
    private static Explanation why(Explanation e, String en, String zh, String source) {
        String noteEn = en + " Source: " + source + "." + (e.noteEn() == null ? "" : " " + e.noteEn());
        String noteZh = zh + "来源：" + source + "。" + (e.noteZh() == null ? "" : e.noteZh());
        return new Explanation(e.ports(), e.service(), e.descriptionEn(), e.descriptionZh(), e.sources(), e.iana(),
                e.verdict(), e.correctionEn(), e.correctionZh(), noteEn, noteZh);
    }

    private static String join(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The ports in a card id: ascending, commas and no spaces, as {@link CardIds} writes them. */
    private static String id(List<Integer> ports) {
        return ports.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String joinZh(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    private static void put(Map<String, Card> cards, Card card) {
        cards.putIfAbsent(card.id(), card);
    }
}
