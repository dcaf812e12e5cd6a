package com.portdrill.knowledge;

import com.portdrill.text.Coded;

import java.util.Optional;

/** What a service is for; cards are taught, and wrong options drawn, family by family. */
public enum Family implements Coded {
    WEB, MAIL, FILE, REMOTE, NAMING, MANAGEMENT, DIRECTORY, VPN, DATABASE, CONTAINER, ROUTING, VOICE, PRINTING;

    public static Optional<Family> of(String code) {
        return Coded.of(values(), code);
    }
}
