package org.tracenotes.cli.lsp;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How long after a change a document is linted. Adaptive by default, as clangd's rebuild debounce is:
 * the pause is as long as the document's recent lints took (the median of the last
 * {@value #HISTORY}), never under {@value #MIN_MS} ms nor over {@value #MAX_MS} ms, and
 * {@value #MAX_MS} ms before the document's first lint is timed. A note that lints in 5 ms gets its
 * findings about 15 ms after a keystroke; one that takes 150 ms waits 150 ms, so that while someone
 * types, lint keeps at most about half of one core busy and changes typed during the pause are linted
 * once. A fixed pause (the system property {@value #PROPERTY}, in ms; {@code 0} lints at once) replaces
 * the policy, for measuring.
 */
final class LintDebounce {

    /** The system property that fixes the pause, in ms: unset or {@code adaptive} for the adaptive one. */
    static final String PROPERTY = "tracenotes.lsp.debounce";
    /** The shortest pause: a burst of changes (a paste, an editor's own edits) is still linted once. */
    static final long MIN_MS = 10;
    /** The longest pause, and the pause before a document's lint has been timed. */
    static final long MAX_MS = 200;
    /** How many of a document's last lints the adaptive pause looks at. */
    static final int HISTORY = 3;

    /** A fixed pause in ms, or -1 for the adaptive one. */
    private final long fixedMs;
    private final Map<String, long[]> recent = new ConcurrentHashMap<>();

    /** @param fixedMs a fixed pause in ms, or a negative number for the adaptive pause */
    LintDebounce(long fixedMs) {
        this.fixedMs = fixedMs < 0 ? -1 : fixedMs;
    }

    /** The policy {@value #PROPERTY} asks for: adaptive when it is unset, {@code adaptive} or not a number. */
    static LintDebounce fromSystemProperty() {
        String v = System.getProperty(PROPERTY, "adaptive").strip();
        try {
            return new LintDebounce(v.equals("adaptive") ? -1 : Long.parseLong(v));
        } catch (NumberFormatException e) {
            return new LintDebounce(-1);
        }
    }

    boolean adaptive() {
        return fixedMs < 0;
    }

    /** How long to wait, from a change of {@code uri}, before linting it. */
    long delayMs(String uri) {
        if (fixedMs >= 0) {
            return fixedMs;
        }
        long[] last = recent.get(uri);
        if (last == null) {
            return MAX_MS;
        }
        long[] sorted = last.clone();
        Arrays.sort(sorted);
        long median = TimeUnit.NANOSECONDS.toMillis(sorted[sorted.length / 2]);
        return Math.max(MIN_MS, Math.min(MAX_MS, median));
    }

    /** Notes that a lint of {@code uri} took {@code nanos}, from its start to its diagnostics sent. */
    void took(String uri, long nanos) {
        recent.compute(uri, (u, before) -> {
            if (before == null) {
                return new long[] {nanos};
            }
            long[] after = Arrays.copyOfRange(before, before.length == HISTORY ? 1 : 0, before.length + 1);
            after[after.length - 1] = nanos;
            return after;
        });
    }

    void forget(String uri) {
        recent.remove(uri);
    }
}
