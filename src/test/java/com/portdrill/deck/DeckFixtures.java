package com.portdrill.deck;

import com.portdrill.catalogue.Aliases;
import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.IanaRegistry;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.catalogue.Verdict;
import com.portdrill.knowledge.Family;
import com.portdrill.knowledge.InClear;
import com.portdrill.knowledge.KnowledgeBase;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.Tier;
import com.portdrill.knowledge.Transport;
import com.portdrill.knowledge.TrojanClaim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A small hand-made catalogue with the documents' awkward cases, a fake IANA registry and deck data. */
public final class DeckFixtures {
    private DeckFixtures() {
    }

    public static final Aliases ALIASES = Aliases.parse("domain|DNS|Domain Name System|域名系统\n"
            + "bootps|DHCP server|DHCP\nbootpc|DHCP client\n");

    public static final IanaRegistry IANA = new IanaRegistry() {
        private final List<IanaAssignment> rows = List.of(
                new IanaAssignment(0, "tcp", "", "Reserved"),
                new IanaAssignment(20, "tcp", "ftp-data", "File Transfer [Default Data]"),
                new IanaAssignment(21, "tcp", "ftp", "File Transfer Protocol [Control]"),
                new IanaAssignment(53, "tcp", "domain", "Domain Name Server"),
                new IanaAssignment(53, "udp", "domain", "Domain Name Server"),
                new IanaAssignment(67, "udp", "bootps", "Bootstrap Protocol Server"),
                new IanaAssignment(68, "udp", "bootpc", "Bootstrap Protocol Client"),
                new IanaAssignment(110, "tcp", "pop3", "Post Office Protocol - Version 3"),
                new IanaAssignment(137, "udp", "netbios-ns", "NETBIOS Name Service"),
                new IanaAssignment(138, "udp", "netbios-dgm", "NETBIOS Datagram Service"),
                new IanaAssignment(139, "tcp", "netbios-ssn", "NETBIOS Session Service"),
                new IanaAssignment(143, "tcp", "imap", "Internet Message Access Protocol"),
                new IanaAssignment(636, "tcp", "ldaps", "ldap protocol over TLS/SSL"),
                new IanaAssignment(993, "tcp", "imaps", "IMAP over TLS protocol"),
                new IanaAssignment(1024, "tcp", "", "Reserved"),
                new IanaAssignment(1025, "tcp", "blackjack", "network blackjack"),
                new IanaAssignment(1033, "tcp", "netinfo-local", "local netinfo port"),
                new IanaAssignment(3389, "tcp", "ms-wbt-server", "MS WBT Server"));

        @Override
        public List<IanaAssignment> byPort(int port) {
            return rows.stream().filter(r -> r.port() == port).toList();
        }

        @Override
        public List<IanaAssignment> byName(String name) {
            return rows.stream().filter(r -> r.name().equalsIgnoreCase(name.toLowerCase(Locale.ROOT))).toList();
        }
    };

    public static List<CataloguePort> catalogue() {
        List<CataloguePort> ports = new ArrayList<>();
        ports.add(port(0, "Reserved", List.of(0), "Typically used for analyzing operating systems and fingerprinting them.",
                "通常用于分析操作系统。", Verdict.AGREES));
        ports.add(port(21, "FTP", List.of(21), "The port opened by the FTP server for uploading and downloading. "
                + "Trojan programs like Doly Trojan, Fore, Invisible FTP and WebEx open this port.",
                "FTP服务器所开放的端口，用于上传、下载。木马Doly Trojan、Fore开放此端口。", Verdict.AGREES));
        ports.add(port(53, "Domain Name Server (DNS)", List.of(53), "The port opened by the DNS server. Intruders may "
                + "attempt zone transfers (TCP), DNS spoofing (UDP), or hide other communications.",
                "DNS服务器所开放的端口，入侵者可能是试图进行区域传递（TCP）。", Verdict.AGREES));
        ports.add(port(67, "Bootstrap Protocol Server", List.of(67), "These machines are requesting an address from the "
                + "DHCP server; clients broadcast to port 68 and the server answers on 67.", null, Verdict.ALIAS));
        ports.add(disagreeing(110, "SUN’s RPC services all ports", "Common RPC services include rpc.mountd, NFS, "
                + "rpc.statd, rpc.csmd, rpc.ttybd, amd, etc."));
        for (int p : List.of(137, 138, 139)) {
            ports.add(port(p, "NETBIOS Name Service", List.of(137, 138, 139), "Among them, 137 and 138 are UDP ports, used "
                    + "when transferring files through Network Neighborhood. Port 139: connections attempt NetBIOS/SMB.",
                    "其中137、138是UDP端口，当通过网上邻居传输文件时用这个端口。", Verdict.AGREES));
        }
        ports.add(port(636, "LDAP", List.of(636), "SSL (Secure Sockets layer) for the secure directory.", null, Verdict.ALIAS));
        ports.add(port(993, "IMAP", List.of(993), "SSL (Secure Sockets layer) for the secure directory.", null, Verdict.ALIAS));
        ports.add(port(1001, null, List.of(1001, 1011), "Trojan programs like Silencer, WebEx open port 1001. "
                + "Trojan Doly Trojan opens port 1011.", null, Verdict.UNOFFICIAL));
        ports.add(port(1011, null, List.of(1001, 1011), "Trojan programs like Silencer, WebEx open port 1001. "
                + "Trojan Doly Trojan opens port 1011.", null, Verdict.UNOFFICIAL));
        ports.add(port(1024, "Reserved", List.of(1024), "It is the beginning of dynamic ports for programs that do not care.",
                null, Verdict.AGREES));
        ports.add(port(1025, "network blackjack", List.of(1025, 1033), "The netspy Trojan opens these two ports.",
                "木马netspy开放这2个端口。", Verdict.AGREES));
        ports.add(port(1033, null, List.of(1025, 1033), "The netspy Trojan opens these two ports.",
                "木马netspy开放这2个端口。", Verdict.UNOFFICIAL));
        return ports;
    }

    public static DeckData data() {
        return new DeckData(new KnowledgeBase(
                List.of(fact(List.of(20, 21), "FTP", Family.FILE, Tier.ESSENTIALS, Tier.NETWORK_PLUS),
                        fact(List.of(67, 68), "DHCP", Family.NAMING, Tier.ESSENTIALS, Tier.NETWORK_PLUS),
                        fact(List.of(110), "POP3", Family.MAIL, Tier.ESSENTIALS, Tier.SECURITY_PLUS),
                        fact(List.of(137, 138, 139), "NetBIOS", Family.FILE, Tier.A_PLUS, Tier.SECURITY_PLUS),
                        fact(List.of(3389), "RDP", Family.REMOTE, Tier.ESSENTIALS, Tier.NETWORK_PLUS)),
                List.of(),
                Map.of(20, List.of("FTP data", "FTP"), 21, List.of("FTP", "File Transfer Protocol"),
                        67, List.of("DHCP server", "BOOTP server"), 68, List.of("DHCP client", "BOOTP client"),
                        110, List.of("POP3", "Post Office Protocol 3"),
                        137, List.of("NetBIOS name service", "NetBIOS"), 138, List.of("NetBIOS datagram service", "NetBIOS"),
                        139, List.of("NetBIOS session service", "NetBIOS"), 3389, List.of("RDP", "Remote Desktop Protocol")),
                Set.of(),
                List.of(new TrojanClaim("Doly Trojan", List.of(21, 1011), "test", "Doly Trojan"),
                        new TrojanClaim("WebEx", List.of(21, 1001), "test", "WebEx"),
                        new TrojanClaim("netspy", List.of(1025, 1033), "test", "netspy"),
                        new TrojanClaim("Not Named Anywhere", List.of(21), "test", "Not Named Anywhere"))));
    }

    private static PortFact fact(List<Integer> ports, String name, Family family, Tier... tiers) {
        return new PortFact(ports, name, name, name + " in full", name.equals("DHCP") ? List.of("BOOTP") : List.of(),
                List.of(), Transport.TCP, true, List.of(), InClear.CLEAR, family, Set.of(tiers), name + " note.",
                name + " 说明。", "test", null, null);
    }

    private static CataloguePort port(int port, String service, List<Integer> entry, String en, String zh, Verdict verdict) {
        Set<Document> sources = zh == null ? Set.of(Document.EN) : Set.of(Document.EN, Document.ZH);
        return new CataloguePort(new PortRecord(port, service, service, entry, sources, en, zh),
                new Assessment(verdict, null, "test", null, null, "test"));
    }

    private static CataloguePort disagreeing(int port, String service, String en) {
        return new CataloguePort(new PortRecord(port, service, service, List.of(port), Set.of(Document.EN), en, null),
                new Assessment(Verdict.DISAGREES, "pop3", "IANA assigns 110 to pop3",
                        "The documents say 110 is Sun RPC; IANA assigns 110 to POP3 (Sun RPC is 111).",
                        "文档说 110 是 Sun RPC；IANA 把 110 分配给 POP3（Sun RPC 是 111）。", "IANA"));
    }
}
