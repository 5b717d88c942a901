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
 * line, a paragraph of words about the last link after it. The caption names what follows (a call, a path,
 * a chain, a flow, a trace: 调用, 路径, 流程, 过程, call, path, chain, flow, trace), is at most
 * {@value #MAX_CAPTION} characters and holds no code; the chain after it must be one by
 * {@link OneLineChains#links}' strict rule (every link a call or a code span, nothing after the last), so a
 * sentence that merely mentions a call after a colon ({@code Note: call open() first}) is none. The caption is
 * the line's margin; the chain is a root of its own, as a chain alone in a paragraph is.
 */
final class ChainCaptions {

    /** Characters a caption has at most before its colon. */
    static final int MAX_CAPTION = 16;

    /** The words one of which a caption holds (ASCII ones in any case). */
    private static final String[] PATH_WORDS = {"\u8C03\u7528", "\u8DEF\u5F84", "\u6D41\u7A0B", "\u8FC7\u7A0B",
        "call", "path", "chain", "flow", "trace"};

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
        return OneLineChains.links(chain, true) >= OneLineChains.MIN_LINKS ? q : -1;
    }

    /** Whether the caption [p, colon) holds one of {@link #PATH_WORDS}. */
    private static boolean namesPath(int[] t, int p, int colon) {
        for (String w : PATH_WORDS) {
            for (int k = p; k + w.length() <= colon; k++) {
                if (wordAt(t, k, w)) {
                    return true;
                }
            }
        }
        return false;
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
