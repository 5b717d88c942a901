package org.tracenotes.grammar;

/**
 * The stricter bar an HTML {@code <pre>} block ({@link HtmlPreBlocks}) meets before {@link HtmlPreText} shows
 * its lines decoded, so that its content may decide it is a trace. An author who opens a Markdown fence chose to; an HTML exporter wraps every listing, REPL
 * example and program output in {@code <pre>}, so such a block is a trace only when it reads like one:
 * <ul>
 * <li>at least half of its non-blank lines name a call, a name directly followed by {@code (}
 *     ({@code f()}, {@code -> ns::g(x)}, {@code obj.m(}) — program output (a heap profile's table and
 *     {@code 0x804841A: main (a.c:20)} tree, a build log's {@code -> checking for gcc... yes}) names none;</li>
 * <li>no line is a REPL's result, {@code =>} then a literal value ({@code => [5, 4]}, {@code => 42},
 *     {@code => "a"}, {@code => true}): there {@code =>} reads "evaluates to", not a step.</li>
 * </ul>
 * Cost: one scan of the block's lines.
 */
final class PreformattedTraceBar {

    private static final String[] LITERAL_WORDS = {"true", "false", "null", "nil", "undefined", "NaN", "None"};

    private PreformattedTraceBar() {
    }

    /** Whether [from, to) of {@code t}, a {@code <pre>} block's lines as shown, may hold a trace. */
    static boolean mayHoldTrace(char[] t, int from, int to) {
        int lines = 0;
        int calls = 0;
        for (int s = from; s < to; ) {
            int e = s;
            while (e < to && t[e] != '\n') {
                e++;
            }
            int p = s;
            while (p < e && Character.isWhitespace(t[p])) {
                p++;
            }
            if (p < e) {
                if (isResult(t, p, e)) {
                    return false;
                }
                lines++;
                calls += namesCall(t, p, e) ? 1 : 0;
            }
            s = e + 1;
        }
        return lines > 0 && calls * 2 >= lines;
    }

    /** Whether the stripped line [p, e) is {@code =>} and a literal value. */
    private static boolean isResult(char[] t, int p, int e) {
        if (p + 1 >= e || t[p] != '=' || t[p + 1] != '>') {
            return false;
        }
        int q = p + 2;
        while (q < e && t[q] == ' ') {
            q++;
        }
        if (q == e) {
            return false;
        }
        char c = t[q] == '-' && q + 1 < e ? t[q + 1] : t[q];
        if (c == '[' || c == '{' || c == '"' || c == '\'' || LineScan.isDigit(c)) {
            return true;
        }
        for (String word : LITERAL_WORDS) {
            int w = q + word.length();
            if (w <= e && new String(t, q, word.length()).equals(word) && (w == e || !LineScan.isIdentPart(t[w]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether [p, e) holds a name directly followed by {@code (}. */
    private static boolean namesCall(char[] t, int p, int e) {
        for (int i = p + 1; i < e; i++) {
            if (t[i] == '(' && LineScan.isIdentPart(t[i - 1])) {
                int s = i - 1;
                while (s > p && LineScan.isIdentPart(t[s - 1])) {
                    s--;
                }
                if (LineScan.isIdentStart(t[s])) {
                    return true;
                }
            }
        }
        return false;
    }
}
