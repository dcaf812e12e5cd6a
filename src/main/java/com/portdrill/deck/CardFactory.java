package com.portdrill.deck;

import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.catalogue.Verdict;
import com.portdrill.knowledge.InClear;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.TrojanClaim;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes each kind of card from what {@link PortKnowledge} knows; the same question always gives the same card. */
final class CardFactory {
    /** A description with fewer clues than this left after masking cannot be answered. */
    private static final int MIN_CLUES = 4;
    /** A counterpart's other name this short is an abbreviation a learner may type ({@code IMAP4}). */
    private static final int SHORT_NAME = 6;

    private final PortKnowledge knowledge;
    private final Distractors distractors;

    CardFactory(PortKnowledge knowledge, Distractors distractors) {
        this.knowledge = knowledge;
        this.distractors = distractors;
    }

    Optional<Card> portToService(int port) {
        Optional<String> shown = knowledge.shownName(port);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        String id = CardIds.portToService(port);
        List<String> accepted = knowledge.acceptedNames(port);
        return Optional.of(new Card(id, Direction.PORT_TO_SERVICE,
                "Port " + port + ": which service?", "端口 " + port + " 是什么服务？",
                AnswerKind.SERVICE, List.of(), accepted,
                distractors.services(id, port, accepted, kin(List.of(port)), counterpartNames(port)),
                knowledge.explanation(List.of(port))));
    }

    /** What the knowledge base says about the ports, to rank wrong options by; nothing for ports no tier teaches. */
    private Distractors.Kin kin(List<Integer> ports) {
        return knowledge.facts(ports.get(0)).stream().findFirst()
                .map(f -> new Distractors.Kin(f.family(), f.inClear() == InClear.ENCRYPTED, f.counterpart()))
                .orElse(Distractors.Kin.NONE);
    }

    /**
     * The counterpart's shown name and its short names ({@code IMAP}, {@code IMAP4} for 993): the mix-ups a learner
     * makes, which a judge must call wrong and not a typo.
     */
    private List<String> counterpartNames(int port) {
        List<String> names = new ArrayList<>();
        for (PortFact f : knowledge.facts(port)) {
            for (int other : f.counterpart()) {
                for (PortFact c : knowledge.facts(other)) {
                    names.add(c.name());
                    c.otherNames().stream().filter(n -> n.indexOf(' ') < 0 && Fold.compact(n).length() <= SHORT_NAME)
                            .limit(2).forEach(names::add);
                }
            }
        }
        return names;
    }

    /**
     * The name a service→port question about exactly these ports uses: an exam objective's name for the
     * group, the port's shown name, or for a document group the document's own name where it is true.
     */
    Optional<String> nameOf(List<Integer> ports) {
        for (PortFact f : knowledge.data().facts()) {
            if (f.ports().equals(ports)) {
                return Optional.of(f.askedAs());
            }
        }
        if (ports.size() == 1) {
            return knowledge.shownName(ports.get(0));
        }
        List<String> services = new ArrayList<>();
        for (int port : ports) {
            Optional<CataloguePort> c = knowledge.catalogued(port).filter(PortKnowledge::documentNameIsTrue);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            services.add(c.get().record().service().strip());
        }
        boolean same = services.stream().map(Fold::compact).distinct().count() == 1;
        return same ? Optional.of(services.get(0)) : Optional.empty();
    }

    Card serviceToPort(List<Integer> ports, String name) {
        String id = CardIds.serviceToPort(ports);
        String en = ports.size() == 1 ? "Which port does " + name + " use?"
                : "Which ports does " + name + " use? (all " + ports.size() + ")";
        String zh = ports.size() == 1 ? name + " 使用哪个端口？" : name + " 使用哪些端口？（共 " + ports.size() + " 个）";
        return new Card(id, Direction.SERVICE_TO_PORT, en, zh, AnswerKind.PORTS, ports, List.of(),
                distractors.ports(id, ports, name, kin(ports)), knowledge.explanation(ports));
    }

    /**
     * A description→port card for a document entry, where the description is of a true claim and enough of
     * it is left once the service's names and the answer's numbers are hidden.
     */
    Optional<Card> descriptionToPort(List<Integer> entry) {
        List<String> hide = new ArrayList<>();
        PortRecord first = null;
        for (int port : entry) {
            Optional<CataloguePort> c = knowledge.catalogued(port);
            // A claim a correction calls wrong or dubious is never asked back.
            if (c.isEmpty() || c.get().assessment().verdict() == Verdict.DISAGREES
                    || knowledge.data().knowledge().unaskedDescriptions().contains(entry.get(0))) {
                return Optional.empty();
            }
            first = first == null ? c.get().record() : first;
            hide.addAll(knowledge.acceptedNames(port));
            hide.addAll(PortKnowledge.documentNameForms(c.get().record().service()));
            hide.addAll(PortKnowledge.documentNameForms(c.get().record().serviceZh()));
            hide.add(String.valueOf(port));
        }
        String en = first.descriptionEn() == null ? null : DescriptionMask.mask(first.descriptionEn(), hide);
        String zh = first.descriptionZh() == null ? null : DescriptionMask.mask(first.descriptionZh(), hide);
        String best = en != null ? en : zh;
        if (best == null || DescriptionMask.clues(best) < MIN_CLUES) {
            return Optional.empty();
        }
        String id = CardIds.descriptionToPort(entry);
        String count = entry.size() == 1 ? "" : " (all " + entry.size() + ")";
        String countZh = entry.size() == 1 ? "" : "（共 " + entry.size() + " 个）";
        String promptEn = "Which port" + (entry.size() == 1 ? "" : "s") + " does this describe" + count + "? \u201C"
                + best + "\u201D";
        String promptZh = zh != null && hasHan(zh) ? "这段说明讲的是哪个端口" + countZh + "？\u201C" + zh + "\u201D"
                : "这段英文说明讲的是哪个端口" + countZh + "？\u201C" + (zh != null ? zh : en) + "\u201D";
        String name = nameOf(entry).orElse("");
        return Optional.of(new Card(id, Direction.DESCRIPTION_TO_PORT, promptEn, promptZh, AnswerKind.PORTS, entry,
                List.of(), distractors.ports(id, entry, name, kin(entry)), knowledge.explanation(entry)));
    }

    /** A trojan→port card, where every port's description in the documents names the program. */
    Optional<Card> trojanToPort(TrojanClaim claim) {
        String program = Fold.compact(claim.program());
        for (int port : claim.ports()) {
            Optional<PortRecord> r = knowledge.catalogued(port).map(CataloguePort::record);
            boolean named = r.isPresent() && (Fold.compact(r.get().descriptionEn()).contains(program)
                    || Fold.compact(r.get().descriptionZh()).contains(program));
            if (!named) {
                return Optional.empty();
            }
        }
        List<Integer> ports = claim.ports();
        String id = CardIds.trojanToPort(claim.program(), ports);
        String shown = claim.shown();
        String en = ports.size() == 1 ? "Which port does the trojan " + shown + " open?"
                : "Which ports does the trojan " + shown + " open? (all " + ports.size() + ")";
        String zh = ports.size() == 1 ? "木马 " + claim.shownZh() + " 开放哪个端口？"
                : "木马 " + claim.shownZh() + " 开放哪些端口？（共 " + ports.size() + " 个）";
        Explanation e = knowledge.explanation(ports);
        Explanation trojan = new Explanation(e.ports(), e.service(), e.descriptionEn(), e.descriptionZh(),
                e.sources(), e.iana(), Verdict.UNOFFICIAL, e.correctionEn(), e.correctionZh(),
                "An unofficial use the documents claim (" + claim.source() + "): IANA records no trojan ports.",
                "这是文档所说的非官方用途：IANA 不登记木马端口。");
        return Optional.of(new Card(id, Direction.TROJAN_TO_PORT, en, zh, AnswerKind.PORTS, ports, List.of(),
                distractors.ports(id, ports, claim.taughtAs(), Distractors.Kin.NONE), trojan));
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
