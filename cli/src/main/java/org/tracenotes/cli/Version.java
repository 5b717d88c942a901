package org.tracenotes.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"tracenotes " + (v == null ? "(development build)" : v)};
    }
}
