package org.tracenotes.grammar;

import java.util.Locale;
import java.util.Set;

/**
 * A branch label on a drawn stem: the line a flow or call tree draws between a condition and the branch
 * it takes, naming which outcome the branch is ({@code |yes}, {@code |   no}, {@code :  no},
 * {@code |yes => to kernel}, {@code | Y}, {@code |是}). The label says which way the tree goes; it is no
 * step, and the lexer reads its line as a remark.
 * <p>The line is blanks and stems ({@code |}, {@code :}, a {@code v} between blanks), at least one stem,
 * then one outcome word, then nothing, or an arrow or a colon and a note. A table's row ends with a
 * {@code |} and is never one. An arrow to a call ({@code |yes -> serve_cached(req)}) is the branch's step,
 * not a label.
 */
final class BranchLabels {

    /** The outcome words a branch is labelled with. */
    private static final Set<String> OUTCOMES = Set.of("yes", "no", "ok", "true", "false",
            "fail", "failed", "failure", "success", "succeeded", "error", "err", "hit", "miss",
            "是", "否", "成功", "失败", "真", "假");
    /** The longest outcome word, in chars. */
    private static final int LONGEST = 9;

    private BranchLabels() {
    }

    /** Whether {@code text}, a trace line, is a stem with a branch label ({@link BranchLabels}). */
    static boolean isLabel(String text) {
        int n = text.length();
        int p = 0;
        boolean stem = false;
        while (p < n) {
            char c = text.charAt(p);
            if (c == '|' || c == ':' || c == '\u2502') {
                stem = true;
            } else if (c == 'v' && p > 0 && text.charAt(p - 1) == ' ' && p + 1 < n && text.charAt(p + 1) == ' ') {
                stem = true;   // ` v `: the head of a stem drawn down
            } else if (c != ' ' && c != '\t') {
                break;
            }
            p++;
        }
        if (!stem || p == n || text.charAt(text.length() - 1) == '|') {
            return false;   // the cheap test: a stem, then something, and no table row
        }
        int w = p;
        while (w < n && w - p <= LONGEST && (Character.isLetter(text.charAt(w)))) {
            w++;
        }
        if (w == p || w - p > LONGEST || !OUTCOMES.contains(text.substring(p, w).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int q = LineScan.skipBlanks(text, w);
        if (q == n) {
            return true;
        }
        char c = text.charAt(q);
        if (c == ':' || c == '\uFF1A') {
            return true;
        }
        int arrow = text.startsWith("=>", q) || text.startsWith("->", q) ? 2 : text.startsWith("-->", q) ? 3 : 0;
        return arrow > 0 && !callFollows(text, LineScan.skipBlanks(text, q + arrow));
    }

    /**
     * Whether a call starts at {@code p}: a name, maybe member-qualified ({@code .}, {@code ->}), then {@code (}.
     * After a label's arrow it is the branch's step ({@code |yes -> serve_cached(req)}), not a note in words.
     */
    private static boolean callFollows(String text, int p) {
        int n = text.length();
        int q = p;
        while (q < n && (Character.isLetterOrDigit(text.charAt(q)) || text.charAt(q) == '_' || text.charAt(q) == '.'
                || text.startsWith("->", q) && q > p)) {
            q += text.startsWith("->", q) ? 2 : 1;
        }
        return q > p && q < n && text.charAt(q) == '(';
    }
}
