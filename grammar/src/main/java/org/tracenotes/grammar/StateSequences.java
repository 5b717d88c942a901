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
 * names links as values and calls none of them: one written in capitals as an enum constant ({@code CONN_IDLE}),
 * or two links as they are ({@code if (c->state == conn_idle) c->state = conn_open;}). A chain of calls is
 * followed by the definition of its last link ({@code widget_lookup(struct widget *w)}), or by an ops table
 * that names that one link ({@code .read = widget_read,}); a chain of states by the constants and
 * assignments that hold them.
 */
final class StateSequences {

    /** What {@link #uses} records for a link named in capitals. */
    private static final String CAPITALS = "";
    /** The links written as they are that the code must name as values. */
    private static final int MIN_NAMED_VALUES = 2;

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
        String[] nameArray = names.toArray(new String[0]);   // looked up per identifier: no iterator each time
        String[] capitalArray = capitals.toArray(new String[0]);
        Set<String> named = new HashSet<>();
        for (int j = first; j <= last; j++) {
            if (j == chainLine || layout.blank(j)) {
                continue;
            }
            if (!uses(layout.lineText(j), nameArray, capitalArray, named)) {
                return false;
            }
        }
        return named.contains(CAPITALS) || named.size() >= MIN_NAMED_VALUES;
    }

    /**
     * Adds to {@code named} the links {@code line} names as values ({@link #CAPITALS} for one in capitals); false
     * when it calls or defines one ({@code link(}).
     */
    private static boolean uses(String line, String[] names, String[] capitals, Set<String> named) {
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
            if (i > 0 && (line.charAt(i - 1) == '.' || line.charAt(i - 1) == '>')) {
                i = end;   // `.read`, `->state`: a field, no link
                continue;
            }
            String word = among(names, line, i, end);
            if (word != null) {
                int next = LineScan.skipBlanks(line, end);
                if (next < n && line.charAt(next) == '(') {
                    return false;
                }
                named.add(word);
            } else if (among(capitals, line, i, end) != null) {
                named.add(CAPITALS);
            }
            i = end;
        }
        return true;
    }

    /** The member of {@code words} (a chain's few links) that {@code line}'s chars [from, end) spell, or null: no substring. */
    private static String among(String[] words, String line, int from, int end) {
        for (String w : words) {
            if (w.length() == end - from && line.regionMatches(from, w, 0, w.length())) {
                return w;
            }
        }
        return null;
    }
}
