package org.tracenotes.grammar;

/**
 * Whether the text of a code span is one whole assignment in code: a target (a name, members after
 * {@code ->} or {@code .}, indexes {@code [i]}), {@code =} (not {@code ==}), a value. A setting is no
 * code: a target that is one name in capitals ({@code CONFIG_X = y}, {@code MAX = 4}) or a value of
 * {@code y}, {@code n} or {@code m} (a build option's answer). The layout ({@link FlowCaptionLists})
 * and core's step kinds ask this one place.
 */
public final class CodeAssignments {

    private CodeAssignments() {
    }

    /** Whether {@code s} (a code span's text, without its backquotes) is such an assignment. */
    public static boolean isAssignment(CharSequence s) {
        int[] t = s.codePoints().toArray();
        return isAssignment(t, 0, t.length);
    }

    /** Whether [p, q) of {@code t} is such an assignment. */
    static boolean isAssignment(int[] t, int p, int q) {
        p = LineScan.stripStart(t, p, q);
        q = LineScan.stripEnd(t, p, q);
        if (p >= q || !LineScan.isIdentStart(t[p])) {
            return false;   // the cheap test: a name first
        }
        int k = p;
        boolean capitals = true;
        boolean members = false;
        while (true) {
            int nameStart = k;
            while (k < q && LineScan.isIdentPart(t[k])) {
                capitals &= !(t[k] >= 'a' && t[k] <= 'z');
                k++;
            }
            if (k == nameStart) {
                return false;
            }
            while (k < q && t[k] == '[') {
                int close = k + 1;
                while (close < q && t[close] != ']') {
                    close++;
                }
                if (close >= q) {
                    return false;
                }
                members = true;
                k = close + 1;
            }
            if (k + 1 < q && t[k] == '-' && t[k + 1] == '>') {
                k += 2;
            } else if (k < q && t[k] == '.') {
                k++;
            } else {
                break;
            }
            members = true;
            if (k >= q || !LineScan.isIdentStart(t[k])) {
                return false;
            }
        }
        k = LineScan.stripStart(t, k, q);
        if (k >= q || t[k] != '=' || k + 1 < q && t[k + 1] == '=') {
            return false;
        }
        int value = LineScan.stripStart(t, k + 1, q);
        if (value >= q) {
            return false;
        }
        if (capitals && !members) {
            return false;   // CONFIG_X = ...: a setting
        }
        return !(value + 1 == q && (t[value] == 'y' || t[value] == 'n' || t[value] == 'm'));
    }
}
