package org.tracenotes.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"tracenotes " + number()};
    }

    /** The version number, or {@code 0.0.0-dev} outside a built jar. */
    static String number() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.0.0-dev" : v;
    }
}
