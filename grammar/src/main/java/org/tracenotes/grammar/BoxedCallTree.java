package org.tracenotes.grammar;

/**
 * A call tree whose names stand in boxes hung on stems: {@code +------+} / {@code | name | note} /
 * {@code +--|---+} above {@code |--> | callee | note}. The box's edges are drawing (a comment), its
 * walls are structure: the name inside is the step and what follows the closing wall is its note.
 * Each test is a scan of the line's characters.
 */
final class BoxedCallTree {

    private BoxedCallTree() {
    }

    /** Whether {@code rest} (a line past its margin) is a box's edge: {@code +}, {@code -} and {@code |} only, with a {@code +---}. */
    static boolean edge(String rest) {
        int n = rest.length();
        while (n > 0 && (rest.charAt(n - 1) == ' ' || rest.charAt(n - 1) == '\t')) {
            n--;
        }
        if (n < 4 || rest.charAt(0) != '+' || rest.charAt(n - 1) != '+' || rest.charAt(1) != '-') {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = rest.charAt(k);
            if (c != '+' && c != '-' && c != '|') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the name starts when {@code line} at {@code p} opens a box wall around a name
     * ({@code | name | note}, {@code | name |}); else -1.
     */
    static int afterOpeningWall(CharSequence line, int p) {
        int n = line.length();
        if (p + 2 >= n || line.charAt(p) != '|' || line.charAt(p + 1) != ' ') {
            return -1;
        }
        int q = p + 1;
        while (q < n && line.charAt(q) == ' ') {
            q++;
        }
        return closingWall(line, q) >= 0 ? q : -1;
    }

    /**
     * Where the closing wall is when {@code line} at {@code p} holds a name (a C identifier, maybe a
     * member path) then blanks then a {@code |} followed by a blank or the end; else -1.
     */
    static int closingWall(CharSequence line, int p) {
        int n = line.length();
        int q = p;
        while (q < n) {   // a name or member path: identifier characters, `.`, `->`
            char c = line.charAt(q);
            if (LineScan.isIdentPart(c) || c == '.') {
                q++;
            } else if (c == '-' && q + 1 < n && line.charAt(q + 1) == '>') {
                q += 2;
            } else {
                break;
            }
        }
        if (q == p || !LineScan.isIdentStart(line.charAt(p))) {
            return -1;
        }
        int blanks = q;
        while (q < n && line.charAt(q) == ' ') {
            q++;
        }
        return q > blanks && q < n && line.charAt(q) == '|' && (q + 1 == n || line.charAt(q + 1) == ' ') ? q : -1;
    }

    /** Whether a wall stands right before {@code p} (blanks between): the name at {@code p} is boxed. */
    static boolean wallBefore(CharSequence line, int p) {
        int k = p - 1;
        while (k >= 0 && line.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && k < p - 1 && line.charAt(k) == '|';
    }

    /** Whether the text of an arrow line (code points from {@code p} to {@code e}) is a boxed name: {@code | name | note}. */
    static boolean boxedStep(int[] t, int p, int e) {
        if (p + 3 >= e || t[p] != '|' || t[p + 1] != ' ') {
            return false;
        }
        int q = p + 1;
        while (q < e && t[q] == ' ') {
            q++;
        }
        int name = q;
        while (q < e) {   // the same name as closingWall's, over code points
            if (LineScan.isIdentPart(t[q]) || t[q] == '.') {
                q++;
            } else if (t[q] == '-' && q + 1 < e && t[q + 1] == '>') {
                q += 2;
            } else {
                break;
            }
        }
        if (q == name || !LineScan.isIdentStart(t[name])) {
            return false;
        }
        int blanks = q;
        while (q < e && t[q] == ' ') {
            q++;
        }
        return q > blanks && q < e && t[q] == '|' && (q + 1 == e || t[q + 1] == ' ');
    }
}
