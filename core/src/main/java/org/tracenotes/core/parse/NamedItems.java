package org.tracenotes.core.parse;

import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * List items that name a function and nothing more ({@code - dev_probe}, {@code - dev_open()},
 * {@code - dev_phase 3}, {@code - dev_read.}): in an outline of such names, an item in words under one is
 * what that function does, a step in words, not a remark on a step that already said something
 * ({@link ItemRemarks}): the outline has no other place to write its steps.
 * <pre>
 * - dev_open_ports
 *   - create and bind the port      (a step in words of dev_open_ports)
 * - `ring_init` registers the rings
 *   - these are not the queues      (a remark: the item above says what ring_init does)
 * </pre>
 */
final class NamedItems {

    private NamedItems() {
    }

    /**
     * Whether {@code l} is a call that is a name alone: no arrow, no trailing note, its text a name with an
     * argument list perhaps, then a full stop or a number (an index the author counts with) perhaps.
     */
    static boolean bareName(TraceLine l) {
        StepReader.Reading r = l.reading();
        if (r == null || l.arrow() != Arrow.NONE || !l.comments().isEmpty() || r.kind() != StepKind.CALL) {
            return false;
        }
        String s = r.text();
        int e = 0;
        while (e < s.length() && PlainTextCalls.isNamePart(s.charAt(e))) {
            e++;
        }
        if (e == 0 || !PlainTextCalls.isNameStart(s.charAt(0))) {
            return false;
        }
        if (e < s.length() && s.charAt(e) == '(') {
            int close = s.indexOf(')', e);
            if (close < 0 || close != s.lastIndexOf(')')) {
                return false;
            }
            e = close + 1;
        }
        if (e < s.length() && s.charAt(e) == '.') {
            e++;
        }
        while (e < s.length() && (s.charAt(e) == ' ' || Character.isDigit(s.charAt(e)))) {
            e++;
        }
        return e == s.length();
    }
}
