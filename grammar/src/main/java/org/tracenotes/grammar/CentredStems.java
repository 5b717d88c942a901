package org.tracenotes.grammar;

/**
 * A call tree's stem drawn under the middle of its caller's name: the author centred the {@code |}
 * under the function the branches below it are called from, not under an argument of it.
 * <pre>
 * start_fork()
 *     |
 *     | --&gt; copy_task()
 *                 |
 *                 | --&gt; dup_task()
 * </pre>
 * A stem is centred when the line it hangs from starts with one call (a name and its parentheses, which
 * a note in words may follow: {@code f() if need_resched()}), or is a name alone, a call written bare (a
 * {@code //} comment or the {@code {} opening its body after it at most), and the
 * stem falls on the call's name, before its {@code (}. A diagram of what points to what hangs its branches from inside words or under an
 * argument ({@code register dev(miscdevice) in misc}, {@code fops(vfio_fops(ops))}): those stay
 * hanging ({@link TraceLookAlikes}).
 */
final class CentredStems {

    private CentredStems() {
    }

    /**
     * Whether the stem at column {@code bar} of a line right under {@code above} (no tab before either)
     * stands on the name of the one call that {@code above}'s text is; {@code textStart} is where that
     * text starts, past any arrow and connector.
     */
    static boolean underCallersName(String above, int textStart, int bar) {
        if (textStart >= above.length() || bar < textStart || !LineScan.isIdentStart(above.charAt(textStart))) {
            return false;   // the cheap test: a call's text starts with a name
        }
        int p = textStart;
        while (p < above.length()) {
            char c = above.charAt(p);
            if (LineScan.isIdentPart(c) || c == '.') {
                p++;
            } else if (c == '-' && p + 1 < above.length() && above.charAt(p + 1) == '>') {
                p += 2;   // a member: ops->probe(...)
            } else {
                break;
            }
        }
        if (bar >= p) {   // not on the name: on the empty parentheses of a short one at most (`foo()` over `    |`)
            return bar <= p + 1 && p + 1 < above.length() && above.charAt(p) == '(' && above.charAt(p + 1) == ')'
                    && callEnd(above.substring(p + 2).strip());
        }
        if (p >= above.length() || above.charAt(p) != '(') {
            return callEnd(above.substring(p).strip());   // a name alone: the call written bare
        }
        return closing(above, p) >= 0;   // a call, alone or with a note after it (`f() if x`, `f() from the rq`)
    }

    /** Whether what follows a call is nothing, a {@code //} comment, or the {@code {} opening its body. */
    private static boolean callEnd(String rest) {
        return rest.isEmpty() || rest.startsWith("//") || rest.equals("{");
    }

    /** The index of the {@code )} closing the {@code (} at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }
}
