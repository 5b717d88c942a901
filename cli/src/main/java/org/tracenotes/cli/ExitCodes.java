package org.tracenotes.cli;

/** Exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
