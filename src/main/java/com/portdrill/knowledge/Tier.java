package com.portdrill.knowledge;

import com.portdrill.text.Coded;

import java.util.Optional;

/**
 * The decks a learner climbs, in the order they are climbed. The first six are lists the knowledge base's rows
 * name; the documents' catalogue and the folklore are built from the two documents instead.
 */
public enum Tier implements Coded {
    ESSENTIALS("Essentials: the twenty ports every learner must know", "基础：每位学习者必知的二十个端口", true),
    A_PLUS("CompTIA A+ 220-1201 objective 2.1", "CompTIA A+ 220-1201 目标 2.1", true),
    NETWORK_PLUS("CompTIA Network+ N10-009 objectives 1.4 and 3.4", "CompTIA Network+ N10-009 目标 1.4 与 3.4", true),
    SECURITY_PLUS("CompTIA Security+ SY0-701: the ports its secure protocols use", "CompTIA Security+ SY0-701：安全协议使用的端口", true),
    CCNA("Cisco CCNA 200-301", "Cisco CCNA 200-301", true),
    INTERVIEW("Interview & pentest: Active Directory, data stores, containers, remote access", "面试与渗透测试：Active Directory、数据存储、容器、远程访问", true),
    DOCUMENTS("The documents: every port of the two port tables", "文档：两份端口表中的全部端口", false),
    FOLKLORE("History & folklore: trojans and IANA oddities (only when chosen)", "历史与传说：木马和 IANA 冷门端口（仅在选择时）", false);

    private final String titleEn;
    private final String titleZh;
    private final boolean listed;

    Tier(String titleEn, String titleZh, boolean listed) {
        this.titleEn = titleEn;
        this.titleZh = titleZh;
        this.listed = listed;
    }

    public String titleEn() {
        return titleEn;
    }

    public String titleZh() {
        return titleZh;
    }

    /** Whether rows of the knowledge base name this tier (the documents and the folklore come from the catalogue). */
    public boolean listed() {
        return listed;
    }

    public static Optional<Tier> of(String code) {
        return Coded.of(values(), code);
    }
}
