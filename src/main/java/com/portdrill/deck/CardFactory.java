package com.portdrill.deck;

import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.catalogue.Verdict;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes each kind of card from what {@link PortKnowledge} knows; the same question always gives the same card. */
final class CardFactory {
    /** A description with fewer clues than this left after masking cannot be answered. */
    private static final int MIN_CLUES = 4;

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
                AnswerKind.SERVICE, List.of(), accepted, distractors.services(id, port, accepted),
                knowledge.explanation(List.of(port))));
    }

    /**
     * The name a service→port question about exactly these ports uses: an exam objective's name for the
     * group, the port's shown name, or for a document group the document's own name where it is true.
     */
    Optional<String> nameOf(List<Integer> ports) {
        for (ExamEntry e : knowledge.data().exam()) {
            if (e.ports().equals(ports)) {
                return Optional.of(e.name());
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
                distractors.ports(id, ports, name), knowledge.explanation(ports));
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
            if (c.isEmpty() || c.get().assessment().verdict() == Verdict.DISAGREES) {
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
        String promptZh = "这段说明讲的是哪个端口" + countZh + "？\u201C" + (zh != null ? zh : en) + "\u201D";
        String name = nameOf(entry).orElse("");
        return Optional.of(new Card(id, Direction.DESCRIPTION_TO_PORT, promptEn, promptZh, AnswerKind.PORTS, entry,
                List.of(), distractors.ports(id, entry, name), knowledge.explanation(entry)));
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
        String en = ports.size() == 1 ? "Which port does the trojan " + claim.program() + " open?"
                : "Which ports does the trojan " + claim.program() + " open? (all " + ports.size() + ")";
        String zh = ports.size() == 1 ? "木马 " + claim.program() + " 开放哪个端口？"
                : "木马 " + claim.program() + " 开放哪些端口？（共 " + ports.size() + " 个）";
        Explanation e = knowledge.explanation(ports);
        Explanation trojan = new Explanation(e.ports(), e.service(), e.descriptionEn(), e.descriptionZh(),
                e.sources(), e.iana(), Verdict.UNOFFICIAL, e.correctionEn(), e.correctionZh(),
                "An unofficial use the documents claim (" + claim.source() + "): IANA records no trojan ports.",
                "这是文档所说的非官方用途：IANA 不登记木马端口。");
        return Optional.of(new Card(id, Direction.TROJAN_TO_PORT, en, zh, AnswerKind.PORTS, ports, List.of(),
                distractors.ports(id, ports, claim.program()), trojan));
    }
}
