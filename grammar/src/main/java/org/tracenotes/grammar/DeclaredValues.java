package org.tracenotes.grammar;

/**
 * A declaration with an initial value, as a function's body writes it: type words, maybe a pointer's {@code *},
 * the name, {@code =}, the value and {@code ;} ({@code const unsigned char *from = buf_addr(b, tail);},
 * {@code int n = 0;}, {@code struct page *p = first_page(z);}). A statement of its body, complete, as an
 * assignment is: it opens nothing. Read by a scan of code points.
 */
final class DeclaredValues {

    private DeclaredValues() {
    }

    /** Whether the stripped line [p, e) is such a declaration. The first test: it ends with {@code ;}. */
    static boolean at(int[] t, int p, int e) {
        if (e - p < 5 || t[e - 1] != ';' || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int words = 0;
        int q = p;
        while (q < e) {
            if (LineScan.isIdentStart(t[q])) {
                int w = q;
                q = LineScan.skipIdent(t, q, e);
                words++;
                if (CallTreeLine.cStatementWord(t, w, q)) {
                    return false;   // `if (x = f())`, `while …`
                }
            } else if (t[q] == ' ' || t[q] == '\t' || t[q] == '*') {
                q++;
            } else {
                break;
            }
        }
        return words >= 2 && q + 1 < e && t[q] == '=' && t[q + 1] != '=' && LineScan.isWhitespace(t[q - 1]);
    }
}
