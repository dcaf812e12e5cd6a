package com.portdrill.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line shown by {@code --version} on every command. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"portdrill " + (v == null ? "0.1.0" : v)};
    }
}
