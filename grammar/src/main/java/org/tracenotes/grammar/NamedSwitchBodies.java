package org.tracenotes.grammar;

import java.util.regex.Pattern;

/**
 * Pseudo-C traces written flush left in a plain note, outside any fence, marked before the other unfenced rules
 * (before {@link UnfencedNests}, whose {@code f() {} runs they resemble, and the call trees that would take their indented lines): a paragraph
 * that opens with one bare function name or more (no parentheses, no {@code ;}, a {@code //} remark perhaps), the
 * last of them over a bare {@code {}, whose body, down to the {@code }} that closes it, is a loop of calls written
 * without {@code ;} around a {@code switch} whose {@code case} labels hang under it by indentation, with no braces,
 * a statement after a label perhaps, and the lines indented under a label its body:
 * <pre>
 * send_data //BC_SEND
 * wait_reply
 * {
 *     while (1) {
 *         talk_to_driver()
 *         switch (cmd)
 *             case R_DONE:
 *             case R_FAIL:  goto finish;
 *             default: run_command() //go on
 *                 obj.handle(&amp;reply)
 *     }
 * }
 * </pre>
 * Each name is shaped like code ({@code _}, a digit, {@code ::}, {@code .}, {@code ()}, camelCase): a heading word
 * over a brace ({@code Usage}, {@code Example}) is no function's name, and the paragraph is left to the other rules.
 * The names above the brace are the paragraph's first steps, the last one heading the braced body (a paragraph of
 * that one name over the brace reads it as the root). C pasted unfenced ({@code int f(void)} / {@code {} with
 * statements ending in {@code ;}) and braced switches are no such body: a line ending in {@code ;} other than a
 * case label's, or no braceless {@code switch} over an indented label, leaves the paragraph to the other rules.
 */
final class NamedSwitchBodies {

    /** A bare name of code at the margin, a {@code //} remark after it perhaps: {@code wait_reply //BC_X}. */
    private static final Pattern NAME = Pattern.compile(
            "[A-Za-z_]\\w*(?:(?:::|\\.)[A-Za-z_]\\w*)*(?:\\s*\\(\\))?(?:\\s+//.*)?");
    /** A braceless switch's head: {@code switch (cmd)}. */
    private static final Pattern SWITCH = Pattern.compile("switch\\s*\\(.*\\)");
    /** A label's line, a statement after it perhaps: {@code case R_DONE:  goto finish;}. */
    private static final Pattern LABEL = Pattern.compile("(?:case\\s+[^:]+|default\\s*):(?!:).*");

    /** Lines such a paragraph spans at most. */
    private static final int MAX_LINES = 200;

    private NamedSwitchBodies() {
    }

    /** Marks such paragraphs among the text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        for (int i = 0; i < layout.lineCount(); i++) {
            int end = closingLine(layout, i);
            if (end >= 0) {
                layout.markTrace(i, end, blockId++);
                i = end;
            }
        }
        return blockId;
    }

    /**
     * The line of the {@code }} closing the paragraph that starts on text line {@code i} when it is such a
     * pseudo-C trace (bare names over a bare {@code {}, a braceless switch in the body); -1 otherwise.
     */
    static int closingLine(NoteLayout layout, int i) {
        int n = layout.lineCount();
        if (layout.role(i) != NoteLayout.Role.TEXT || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT
                || layout.indentOf(i) != 0) {
            return -1;   // the paragraph's first line, flush left
        }
        int k = i;
        while (k < n && layout.role(k) == NoteLayout.Role.TEXT && layout.indentOf(k) == 0
                && NAME.matcher(layout.lineText(k).strip()).matches() && codeShaped(code(layout.lineText(k)))) {
            k++;
        }
        if (k == i || k >= n || layout.role(k) != NoteLayout.Role.TEXT || !layout.lineText(k).strip().equals("{")) {
            return -1;
        }
        int depth = 1;
        boolean braceless = false;
        for (int j = k + 1; j < Math.min(n, k + MAX_LINES); j++) {
            NoteLayout.Role r = layout.role(j);
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            if (r != NoteLayout.Role.TEXT) {
                return -1;
            }
            String s = code(layout.lineText(j));
            if (s.startsWith("}")) {
                depth -= s.chars().filter(c -> c == '}').count();
                if (depth <= 0) {
                    return braceless && s.replace("}", "").isBlank() ? j : -1;
                }
                continue;
            }
            if (s.endsWith(";") && !LABEL.matcher(s).matches()) {
                return -1;   // a C statement: code pasted, not the pseudo-trace
            }
            depth += s.endsWith("{") ? 1 : 0;
            braceless |= SWITCH.matcher(s).matches() && labelBelow(layout, j);
        }
        return -1;
    }

    /** Whether the next text line under the braceless {@code switch} on line {@code j} is a label indented deeper. */
    private static boolean labelBelow(NoteLayout layout, int j) {
        for (int m = j + 1; m < layout.lineCount(); m++) {
            if (layout.role(m) == NoteLayout.Role.BLANK) {
                continue;
            }
            return layout.role(m) == NoteLayout.Role.TEXT && layout.indentOf(m) > layout.indentOf(j)
                    && LABEL.matcher(code(layout.lineText(m))).matches();
        }
        return false;
    }

    /**
     * Whether a name line's code ({@code wait_reply}, {@code Conn::run}, {@code talkToDriver()}) is shaped like code,
     * not a heading word ({@code Usage}, {@code Example}, {@code output}): an underscore, a digit, a {@code ::} or
     * {@code .}, a call's parentheses, or camelCase from a lower-case start.
     */
    private static boolean codeShaped(String name) {
        if (name.endsWith(")") || name.indexOf('_') >= 0 || name.indexOf(':') >= 0 || name.indexOf('.') >= 0) {
            return true;
        }
        if (!Character.isLowerCase(name.charAt(0))) {
            return name.chars().anyMatch(LineScan::isDigit);
        }
        return name.chars().anyMatch(c -> LineScan.isDigit(c) || Character.isUpperCase(c));
    }

    /** The line's code: stripped, its {@code //} remark cut off ({@link BraceHeads#codeBeforeRemark}, not one in a string). */
    private static String code(String line) {
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        int p = LineScan.stripStart(t, 0, e);
        return new String(t, p, BraceHeads.codeBeforeRemark(t, p, e) - p);
    }
}
