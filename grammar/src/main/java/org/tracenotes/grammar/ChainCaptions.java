package org.tracenotes.grammar;

/**
 * A call chain on one line after a short caption that says it is one, the caption ending in a colon:
 * <pre>
 * 函数调用：start_x()→setup_x()→init_x()
 * 调用链: open_x() -&gt; lookup_x() -&gt; fill_x()
 * Call path: read_x() =&gt; fetch_x()
 * **调用路径**：`a_x()` --&gt; `b_x()`
 * </pre>
 * Authors who write their notes as prose state where a function is reached from this way, one chain a
 * line, a paragraph of words about the last link after it. The caption names what follows (调用, 路径, 流程,
 * 过程; the whole English words call or chain, or a flow, path or trace of code: {@code Code flow}; a bare
 * {@code Data flow} or {@code Startup path} captions phases, no calls), is at most
 * {@value #MAX_CAPTION} characters and holds no code; the chain after it must be one by
 * {@link OneLineChains#links}' strict rule (every link a call or a code span, nothing after the last), so a
 * sentence that merely mentions a call after a colon ({@code Note: call open() first}) is none. The caption is
 * the line's margin; the chain is a root of its own, as a chain alone in a paragraph is. Its last link is no
 * member call ({@code client.get()}): the core names the root after the last link, and a member's name is not
 * the function it lands in ({@code ChainRoots}), so such a chain would be a root of words.
 */
final class ChainCaptions {

    /** Characters a caption has at most before its colon. */
    static final int MAX_CAPTION = 16;

    /** The Chinese words one of which a caption holds (调用 call, 路径 path, 流程 flow, 过程 course). */
    private static final String[] CJK_WORDS = {"\u8C03\u7528", "\u8DEF\u5F84", "\u6D41\u7A0B", "\u8FC7\u7A0B"};
    /** The English words, whole and in any case, one of which a caption holds alone. */
    private static final java.util.Set<String> CALL_WORDS = java.util.Set.of("call", "calls", "chain", "callchain",
        "callpath", "calltrace", "callstack", "backtrace");
    /** The English words a {@link #SEQUENCE_WORDS} word must follow in a caption: a flow or path of code. */
    private static final java.util.Set<String> CODE_WORDS = java.util.Set.of("code", "control", "execution");
    /** Words that name a sequence only after one of {@link #CODE_WORDS}: bare, they caption phases or pages. */
    private static final java.util.Set<String> SEQUENCE_WORDS = java.util.Set.of("flow", "path", "trace");

    /** The Chinese words one of which a flow's title holds (流程 flow, 调用链 call chain, 调用路径 call path, 调用过程). */
    private static final String[] CJK_FLOW_WORDS = {"\u6D41\u7A0B", "\u8C03\u7528\u94FE", "\u8C03\u7528\u8DEF\u5F84",
        "\u8C03\u7528\u8FC7\u7A0B"};
    /** The English words, whole and in any case, one of which a flow's title may hold alone. */
    private static final java.util.Set<String> FLOW_NAMES = java.util.Set.of("callchain", "callpath", "calltrace",
        "callflow", "callstack", "backtrace");
    /** The English words a {@link #FLOW_WORDS} word must follow in a flow's title. */
    private static final java.util.Set<String> FLOW_LEADS = java.util.Set.of("call", "calls", "code", "control", "execution");
    /** Words that name a flow after one of {@link #FLOW_LEADS}: {@code call flow}, {@code call sequence}. */
    private static final java.util.Set<String> FLOW_WORDS = java.util.Set.of("flow", "chain", "path", "sequence", "trace");

    private ChainCaptions() {
    }

    /**
     * Where the chain after a caption starts on the code points [p, e) (p the line's text, past any bullet),
     * or -1 when no caption naming a path leads them or no strict chain follows it.
     */
    static int chainStart(int[] t, int p, int e) {
        int limit = Math.min(e, p + MAX_CAPTION + 1);
        int colon = -1;
        for (int k = p; k < limit && colon < 0; k++) {
            int c = t[k];
            if (c == ':' || c == '\uFF1A') {
                colon = k;
            } else if (c == '(' || c == '`' || c == '>' || c == '=' || c == '\u2192') {
                return -1;   // code or an arrow before any colon: no caption
            }
        }
        if (colon <= p || !namesPath(t, p, colon)) {
            return -1;
        }
        int q = LineScan.skipBlanks(t, colon + 1, e);
        if (q == e || t[q] == '/' && q + 1 < e && t[q + 1] == '/') {
            return -1;   // `proto: //` and the like: nothing, or a URL's rest
        }
        String chain = new String(t, q, LineScan.stripEnd(t, q, e) - q);
        if (OneLineChains.links(chain, true) < OneLineChains.MIN_LINKS) {
            return -1;
        }
        int last = OneLineChains.lastLinkStart(chain);
        return last >= 0 && !isMemberCall(chain, last) ? q : -1;
    }

    /** Whether the link at {@code start} of {@code chain} names a member before its parenthesis ({@code a.b()}). */
    private static boolean isMemberCall(String chain, int start) {
        for (int k = start + 1; k < chain.length() && "(` \t".indexOf(chain.charAt(k)) < 0; k++) {
            if (chain.charAt(k) == '.' || chain.startsWith("->", k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code caption}, a caption's words before its colon, names a call chain ({@link #namesPath(int[], int, int)}). */
    static boolean namesPath(String caption) {
        int[] t = caption.codePoints().toArray();
        return namesPath(t, 0, t.length);
    }

    /**
     * Whether the caption [p, colon) names a call chain: a Chinese word of {@link #CJK_WORDS}, or an English
     * word of {@link #CALL_WORDS} or a {@link #SEQUENCE_WORDS} one after a {@link #CODE_WORDS} one, each a whole
     * word ({@code Callback}, {@code Workflow}, {@code Traceback}, {@code Data flow} name none).
     */
    static boolean namesPath(int[] t, int p, int colon) {
        return names(t, p, colon, CJK_WORDS, CALL_WORDS, SEQUENCE_WORDS, CODE_WORDS);
    }

    /**
     * Whether the title [p, e) names a flow of calls, more than a bare call: a Chinese word of
     * {@link #CJK_FLOW_WORDS} ({@code 调用流程}, {@code 调用链}), or {@code call}, {@code code}, … followed by a
     * {@link #FLOW_WORDS} word ({@code Call flow}, {@code call sequence}); {@code 调用方式} (how to call) or
     * {@code Call order of the hooks} names none.
     */
    static boolean namesFlow(int[] t, int p, int e) {
        return names(t, p, e, CJK_FLOW_WORDS, FLOW_NAMES, FLOW_WORDS, FLOW_LEADS);
    }

    /**
     * Whether [p, e) holds one of {@code cjk}, a whole English word of {@code single}, or a {@code follows}
     * word right after a {@code leads} word.
     */
    private static boolean names(int[] t, int p, int colon, String[] cjk, java.util.Set<String> single,
            java.util.Set<String> follows, java.util.Set<String> leads) {
        for (String w : cjk) {
            for (int k = p; k + w.length() <= colon; k++) {
                if (wordAt(t, k, w)) {
                    return true;
                }
            }
        }
        String previous = "";
        for (int k = p; k < colon; ) {
            if (!isAsciiLetter(t[k])) {
                k++;
                continue;
            }
            int end = k;
            while (end < colon && isAsciiLetter(t[end])) {
                end++;
            }
            String word = new String(t, k, end - k).toLowerCase(java.util.Locale.ROOT);
            if (single.contains(word) || follows.contains(word) && leads.contains(previous)) {
                return true;
            }
            previous = word;
            k = end;
        }
        return false;
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether {@code w} stands at {@code k} (ASCII letters in any case). */
    private static boolean wordAt(int[] t, int k, String w) {
        for (int i = 0; i < w.length(); i++) {
            int c = t[k + i];
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
