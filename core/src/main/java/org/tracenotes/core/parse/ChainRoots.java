package org.tracenotes.core.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.tracenotes.core.model.RootKind;

/**
 * A root written as a chain on one line, {@code a --> b} (links joined by {@code -->}, {@code ==>},
 * {@code =>} or a spaced {@code ->}, each a function name or call, in backticks or not): each link is the
 * callee of the one before it, so the steps under the line are the body of the last link, and the root is
 * named after it ({@code b}); the chain stays the root's text. A line whose links are not all names or
 * calls ({@code (或) f --> g}, {@code file->f_op}, words) keeps the head {@link RootLines#head} read.
 * <pre>
 * fault_x-->handle_x          root handle_x
 *  |-->do_fault_x             handle_x's callee
 * </pre>
 */
final class ChainRoots {

    private ChainRoots() {
    }

    private static final Pattern LINK = Pattern.compile("`?([A-Za-z_]\\w*)(\\(.*\\))?`?");

    /** {@code head}, or the head of the chain's last link when {@code line}'s text is a chain on one line. */
    static RootLines.Head lastLink(RootLines.Head head, TraceLine line) {
        String t = line.reading() == null ? null : line.reading().text();
        if (t == null || t.indexOf('>') < 0) {
            return head;   // the cheap test: no arrow head
        }
        List<String> links = new java.util.ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < t.length()) {
            int end = arrowEnd(t, i);
            if (end > i) {
                links.add(t.substring(from, i).strip());
                from = end;
                i = end;
            } else {
                i++;
            }
        }
        links.add(t.substring(from).strip());
        if (links.size() < 2) {
            return head;
        }
        java.util.regex.Matcher last = null;
        for (String l : links) {
            last = LINK.matcher(l);
            if (!last.matches()) {
                return head;
            }
        }
        boolean call = last.group(2) != null;
        return new RootLines.Head(call ? RootKind.CALL : RootKind.NAME, last.group(1), List.of());
    }

    /** Where an arrow joining links that starts at {@code i} ends, or {@code i} when none starts there. */
    private static int arrowEnd(String t, int i) {
        char c = t.charAt(i);
        if (c == '=' && t.startsWith("=>", i)) {
            return i + 2;
        }
        if (c == '=' && t.startsWith("==>", i)) {
            return i + 3;
        }
        if (c != '-') {
            return i;
        }
        int j = i;
        while (j < t.length() && t.charAt(j) == '-') {
            j++;
        }
        if (j >= t.length() || t.charAt(j) != '>') {
            return i;
        }
        if (j - i >= 2) {
            return j + 1;   // -->, --->
        }
        char before = i > 0 ? t.charAt(i - 1) : ' ';
        return before == ' ' || before == '\t' || before == ')' || before == '`' ? j + 1 : i;   // a spaced ->, not p->f
    }
}
