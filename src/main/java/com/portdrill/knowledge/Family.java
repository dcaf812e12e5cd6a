package com.portdrill.knowledge;

import java.util.Optional;

/** What a service is for; cards are taught, and wrong options drawn, family by family. */
public enum Family {
    WEB, MAIL, FILE, REMOTE, NAMING, MANAGEMENT, DIRECTORY, VPN, DATABASE, CONTAINER, ROUTING, VOICE, PRINTING;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Family> of(String code) {
        return Words.find(values(), Family::code, code);
    }
}
