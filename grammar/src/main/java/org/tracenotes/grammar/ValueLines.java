package org.tracenotes.grammar;

/**
 * A worked value under an assignment: the author evaluates the step's right-hand side on the lines below
 * it, each deeper and led by a lone {@code =} (no arrow, no {@code ==}):
 * <pre>
 * =&gt; n = (end - start) &gt;&gt; shift;
 *      = (4096 - 0) &gt;&gt; 12
 *      = 1
 * </pre>
 * Such a line is no step of its own but the assignment's continuation. Only a line right under an
 * assignment or under another such value line continues it.
 */
final class ValueLines {

    private ValueLines() {
    }

    /** Whether {@code next}, the line below {@code above}, is a value line continuing it. */
    static boolean continues(String above, String next) {
        if (next.indexOf('=') < 0) {
            return false;   // the cheap test, at every line end: no `=` at all, no value line
        }
        int s = LineMargin.leadingStructure(next);
        if (s + 2 >= next.length() || next.charAt(s) != '=' || next.charAt(s + 1) != ' ' && next.charAt(s + 1) != '\t'
                || LineMargin.arrowEnd(next) >= 0) {
            return false;   // the usual case: any line not led by a lone `=` and a blank (`=>`, `=》` are arrows)
        }
        return next.substring(s + 1).strip().length() > 0 && assigns(above);
    }

    /** Whether a line holds an assignment's lone {@code =} followed by a blank (not {@code ==}, {@code <=}, {@code !=}, {@code =>}). */
    private static boolean assigns(String line) {
        for (int i = line.indexOf('='); i >= 0; i = line.indexOf('=', i + 1)) {
            char before = i > 0 ? line.charAt(i - 1) : ' ';
            char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
            if ("=<>!+-*/|&^%".indexOf(before) < 0 && (after == ' ' || after == '\t')) {
                return true;
            }
            if (after == '=' || after == '>') {
                i++;
            }
        }
        return false;
    }
}
