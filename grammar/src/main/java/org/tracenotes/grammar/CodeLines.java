package org.tracenotes.grammar;

import java.util.regex.Pattern;

/**
 * What a line of C-like code in a note is, read by its text, one pattern each for the grammar and the core:
 * a case label ({@code case Q_SEL:}), a line that calls ({@code rc = cmd->run(ctx);}), a braceless head
 * ({@code if (rc)}, {@code else}), and where a quoted literal ends. The brace chain paragraphs
 * ({@code BraceChainBodies} and the core's {@code BraceChainDepths}) and the core's layout of a bare
 * {@code if (cond)} read them here.
 * <pre>
 * case Q_SEL:            CASE
 * rc = cmd-&gt;run(ctx);    CALL (its callee {@code cmd->run}, assigned)
 * if (rc &amp;&amp; f(x))        BARE_IF and CONTROL
 * else                   CONTROL
 * </pre>
 */
public final class CodeLines {

    /** A condition in parentheses, parentheses nested in it three deep: {@code (a && f(g(b)))}. */
    private static final String CONDITION = "\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\)";
    /** An {@code if (cond)} written as C, nothing after its condition (match the stripped text). */
    public static final Pattern BARE_IF = Pattern.compile("if\\s*" + CONDITION + "\\s*");
    /**
     * A braceless head, nothing after it: {@code if (x)}, {@code else if (x)}, {@code while (x)}, {@code for (…)},
     * {@code switch (x)}, {@code else}, {@code do} (match the stripped text).
     */
    public static final Pattern CONTROL = Pattern.compile(
            "(?:else\\s+)?" + BARE_IF.pattern() + "|(?:while|for|switch)\\s*" + CONDITION + "\\s*|else|do");
    /** A case label, then anything: {@code case X:}, {@code case A::B:}, {@code default:}; not {@code default::x}. */
    public static final Pattern CASE = Pattern.compile("^(?:case\\s+(?:[^:]|::)+|default\\s*):(?!:).*");
    /**
     * A line that calls: {@code f(x)}, {@code a->b.f(x)}, {@code rc = f(x)}, {@code T v(x)}; group {@code callee}
     * the name called, group {@code assigned} what its result is assigned to (null when none).
     */
    public static final Pattern CALL = Pattern.compile(
            "^(?<assigned>[\\w\\s*\\[\\]&.:>-]*?[\\w\\]]\\s*=\\s*)?"
                    + "(?<callee>[A-Za-z_]\\w*(?:\\s*(?:->|\\.|::)\\s*[A-Za-z_]\\w*)*)\\s*\\(.*");

    private CodeLines() {
    }

    /**
     * Where the string or character literal opened by the quote at {@code k} of {@code t} ({@code "} or {@code '})
     * ends: {@link LineScan#literalEnd}, for a line's characters ({@code line.chars().toArray()}).
     */
    public static int literalEnd(int[] t, int k, int e) {
        return LineScan.literalEnd(t, k, e);
    }
}
