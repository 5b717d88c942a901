package org.tracenotes.core.parse;

/**
 * Steps written as a Markdown list: a bare root line ({@code init_x()}) and bullets under it, nested
 * two (or four) columns a level, with or without an arrow after the bullet:
 * <pre>
 * init_x()
 *   + -&gt;setup_one()
 *     + -&gt;setup_deep()
 *   + check the flags        (a step in words, the bullets under it its body)
 *     - flag_get()
 * </pre>
 * Each bullet is read as an arrow standing at the bullet's column, so the bullets' columns give the
 * depth: {@code + ->f()} becomes {@code ->  f()}, {@code - f()} becomes {@code ->f()}, {@code + +->f()}
 * (one bullet typed twice) becomes {@code +->  f()}, an empty bullet a blank line. A bullet at the margin
 * that leads its own list ({@code + ->top()} with bullets under it) is the list's root: its name moves to
 * the margin. A list is read so only when two or more of its bullets are calls or arrows and they are
 * at least half of them; other lists stay prose. Outside fences only. The text keeps its length and
 * line breaks.
 */
final class ListedSteps {

    private ListedSteps() {
    }

    /** {@code text} with each list of steps rewritten as arrows; {@code text} itself when there is none. */
    static String rewrite(String text) {
        if (text.indexOf("\n+ ") < 0 && text.indexOf("  + ") < 0 && text.indexOf("  - ") < 0 && text.indexOf("  * ") < 0
                && text.indexOf("\n+ ->") < 0 && text.indexOf("\n- ->") < 0) {
            return text;
        }
        char[] out = null;
        int n = text.length();
        boolean inFence = false;
        int p = 0;
        while (p < n) {
            int eol = lineEnd(text, p);
            if (fence(text, p, eol)) {
                inFence = !inFence;
                p = eol + 1;
                continue;
            }
            boolean rootBullet = bullet(text, p, eol) == p && arrowAfterBullet(text, p, eol) > 0;
            if (inFence || !(rootLine(text, p, eol) || rootBullet)) {
                p = eol + 1;
                continue;
            }
            // the bullets right under the root
            int items = 0;
            int stepLike = 0;
            int q = eol + 1;
            int end = q;   // past the list's last bullet line
            int firstColumn = -1;
            boolean afterBlank = false;
            while (q < n) {
                int e = lineEnd(text, q);
                int b = bullet(text, q, e);
                if (b < 0 && blank(text, q, e) && q > eol + 1 && e + 1 < n) {
                    q = e + 1;   // a blank line inside a loose list
                    afterBlank = true;
                    continue;
                }
                if (b < 0 || rootBullet && b == q || afterBlank && b - q < firstColumn) {
                    break;   // a bullet left of the list's first after a blank line starts a list of its own
                }
                firstColumn = firstColumn < 0 ? b - q : firstColumn;
                afterBlank = false;
                items++;
                stepLike += arrowAfterBullet(text, b, e) > 0 || callLike(text, b + 2, e) ? 1 : 0;
                q = e + 1;
                end = q;
            }
            q = end;
            if (items >= 2 && stepLike >= 2 && stepLike * 2 >= items) {
                out = out == null ? text.toCharArray() : out;
                if (rootBullet) {   // `+ ->top()`: the root, at the margin
                    int a = arrowAfterBullet(text, p, eol);
                    for (int k = p; k < eol; k++) {
                        out[k] = k + (a - p) < eol ? text.charAt(k + (a - p)) : ' ';
                    }
                }
                for (int s = eol + 1; s < q; s = lineEnd(text, s) + 1) {
                    if (bullet(text, s, lineEnd(text, s)) >= 0) {
                        asArrow(text, out, s, lineEnd(text, s));
                    }
                }
            }
            p = Math.max(eol + 1, q);
        }
        return out == null ? text : new String(out);
    }

    /** Rewrites the bullet line [s, e) as an arrow at the bullet's column. */
    private static void asArrow(String text, char[] out, int s, int e) {
        int b = bullet(text, s, e);
        int a = arrowAfterBullet(text, b, e);
        int body = b + 1;
        while (body < e && text.charAt(body) == ' ') {
            body++;
        }
        if (body >= e) {
            out[b] = ' ';   // an empty bullet: no step
        } else if (a > 0) {
            // `+ ->f()`, `+ +->f()`: the arrow moves onto the bullet, blanks after it
            int arrowStart = body;
            int len = a - arrowStart;
            for (int k = 0; k < a - b; k++) {
                out[b + k] = k < len ? text.charAt(arrowStart + k) : ' ';
            }
            int type = returnType(text, a, e);
            for (int k = a; type > a && k < e; k++) {
                out[k] = k + (type - a) < e ? text.charAt(k + (type - a)) : ' ';   // `->int f()`: a call with its return type
            }
        } else {
            out[b] = '-';   // `- f()`, `+ words`: the bullet and its blank become `->`
            out[b + 1] = '>';
        }
    }

    /** Past a C return type and its blank before a call ({@code int f()}, {@code void *g(x)}) at [p, e), else {@code p}. */
    private static int returnType(String text, int p, int e) {
        int q = p;
        while (q < e && text.charAt(q) == ' ') {
            q++;
        }
        int w = q;
        while (w < e && Character.isLetter(text.charAt(w)) && text.charAt(w) < 0x80) {
            w++;
        }
        String word = text.substring(q, w);
        if (!RETURN_TYPES.contains(word)) {
            return p;
        }
        int r = w;
        while (r < e && (text.charAt(r) == ' ' || text.charAt(r) == '*')) {
            r++;
        }
        int end = name(text, r, e);
        return r > w && end > r && end < e && text.charAt(end) == '(' ? r : p;
    }

    private static final java.util.Set<String> RETURN_TYPES = java.util.Set.of("int", "void", "long", "bool", "char",
            "unsigned", "size_t", "ssize_t", "u32", "u64");

    /** Where a bullet ({@code +}, {@code -} or {@code *} then a blank or the end) stands on line [s, e), else -1. */
    private static int bullet(String text, int s, int e) {
        int p = s;
        while (p < e && text.charAt(p) == ' ') {
            p++;
        }
        if (p >= e || p - s > 16) {
            return -1;
        }
        char c = text.charAt(p);
        return (c == '+' || c == '-' || c == '*') && (p + 1 == e || text.charAt(p + 1) == ' ' || text.charAt(p + 1) == '\r') ? p : -1;
    }

    /** Past an arrow ({@code ->}, {@code -->}, {@code +->}, {@code =>}) right after the bullet at {@code b} and its blanks, else -1. */
    private static int arrowAfterBullet(String text, int b, int e) {
        if (b < 0) {
            return -1;
        }
        int p = b + 1;
        while (p < e && text.charAt(p) == ' ') {
            p++;
        }
        int q = p;
        if (q < e && (text.charAt(q) == '+' || text.charAt(q) == '|')) {
            q++;
        }
        if (q < e && text.charAt(q) == '=') {
            return q + 1 < e && text.charAt(q + 1) == '>' ? q + 2 : -1;
        }
        int dashes = q;
        while (q < e && text.charAt(q) == '-') {
            q++;
        }
        return q > dashes && q < e && text.charAt(q) == '>' ? q + 1 : -1;
    }

    /** A root line: at the margin, a name or member path with maybe one argument list and a {@code ;}, code-like. */
    private static boolean rootLine(String text, int s, int e) {
        if (s >= e || !Character.isJavaIdentifierStart(text.charAt(s)) || text.charAt(s) > 0x7F) {
            return false;
        }
        int q = name(text, s, e);
        boolean code = false;
        for (int k = s; k < q; k++) {
            code |= text.charAt(k) == '_' || text.charAt(k) == '.' || text.charAt(k) == '>';
        }
        if (q < e && text.charAt(q) == '(') {
            int close = text.indexOf(')', q);
            if (close < 0 || close >= e) {
                return false;
            }
            q = close + 1;
            code = true;
        }
        while (q < e && (text.charAt(q) == ' ' || text.charAt(q) == ';' || text.charAt(q) == ':' || text.charAt(q) == '\r')) {
            q++;
        }
        return code && q == e;
    }

    /** Whether [p, e) is a call: a name (maybe after a type word) with an argument list, or a name with {@code _}. */
    private static boolean callLike(String text, int p, int e) {
        while (p < e && text.charAt(p) == ' ') {
            p++;
        }
        if (p >= e || text.charAt(p) > 0x7F || !Character.isJavaIdentifierStart(text.charAt(p))) {
            return false;
        }
        int q = name(text, p, e);
        if (q < e && text.charAt(q) == ' ' && q + 1 < e && Character.isJavaIdentifierStart(text.charAt(q + 1))) {
            int r = name(text, q + 1, e);   // `int f()`: a call with its return type
            if (r < e && text.charAt(r) == '(') {
                return true;
            }
        }
        if (q < e && text.charAt(q) == '(') {
            return true;
        }
        for (int k = p; k < q; k++) {
            if (text.charAt(k) == '_') {
                return q == e || text.charAt(q) == ' ';
            }
        }
        return false;
    }

    private static boolean blank(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t' && text.charAt(k) != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int name(String text, int p, int e) {
        int q = p;
        while (q < e) {
            char c = text.charAt(q);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                q++;
            } else if (c == '-' && q + 1 < e && text.charAt(q + 1) == '>' && q + 2 < e && Character.isLetter(text.charAt(q + 2))) {
                q += 2;
            } else {
                break;
            }
        }
        return q;
    }

    private static boolean fence(String text, int s, int e) {
        int p = s;
        while (p < e && p - s < 3 && text.charAt(p) == ' ') {
            p++;
        }
        return p + 3 <= e && (text.startsWith("```", p) || text.startsWith("~~~", p));
    }

    private static int lineEnd(String text, int p) {
        int e = text.indexOf('\n', p);
        return e < 0 ? text.length() : e;
    }
}
