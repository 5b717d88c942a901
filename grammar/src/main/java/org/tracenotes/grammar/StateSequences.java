package org.tracenotes.grammar;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A chain of plain names in a comment that tells how a state goes, not who calls whom: a state machine's
 * states written above the code that holds them.
 * <pre>
 * // conn_idle -&gt; conn_open -&gt; conn_closed
 * enum conn_state { CONN_IDLE, CONN_OPEN, CONN_CLOSED };
 *
 * // st_idle -&gt; st_busy -&gt; st_idle          (back where it began: a cycle)
 * </pre>
 * Only a chain with no call-shaped link can be one ({@code f()} names a call). It is a sequence of states when
 * a link comes back (a path of calls never returns to a caller it is still inside), or when the code around it
 * names a link as a value, the link itself or written in capitals as an enum constant ({@code conn_idle},
 * {@code CONN_IDLE}), and calls none of them: a chain of calls is followed by the definition of its last link
 * ({@code widget_lookup(struct widget *w)}), a chain of states by the constants and assignments that hold them.
 */
final class StateSequences {

    private StateSequences() {
    }

    /**
     * Whether the chain {@code text} on fence line {@code chainLine} is a sequence of states, the fence's other
     * lines being {@code first}..{@code last}.
     */
    static boolean isStateChain(String text, NoteLayout layout, int chainLine, int first, int last) {
        List<String> links = ChainLinkTexts.split(text);
        Set<String> names = new HashSet<>();
        for (String link : links) {
            if (link.indexOf('(') >= 0) {
                return false;   // a call: the chain is one of calls
            }
            if (!names.add(link)) {
                return true;   // back to a link already passed: a cycle of states
            }
        }
        Set<String> capitals = new HashSet<>();
        for (String link : names) {
            capitals.add(link.toUpperCase(Locale.ROOT));
        }
        boolean named = false;
        for (int j = first; j <= last; j++) {
            if (j == chainLine || layout.blank(j)) {
                continue;
            }
            int use = uses(layout.lineText(j), names, capitals);
            if (use < 0) {
                return false;
            }
            named |= use > 0;
        }
        return named;
    }

    /** 1 when {@code line} names a link as a value, -1 when it calls or defines one ({@code link(}), else 0. */
    private static int uses(String line, Set<String> names, Set<String> capitals) {
        int result = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (!Character.isJavaIdentifierStart(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && Character.isJavaIdentifierPart(line.charAt(end))) {
                end++;
            }
            String word = line.substring(i, end);
            if (names.contains(word)) {
                int next = LineScan.skipBlanks(line, end);
                if (next < n && line.charAt(next) == '(') {
                    return -1;
                }
                result = 1;
            } else if (capitals.contains(word)) {
                result = 1;
            }
            i = end;
        }
        return result;
    }
}
