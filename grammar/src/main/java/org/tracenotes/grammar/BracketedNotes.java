package org.tracenotes.grammar;

/**
 * A remark in brackets written after a step or on a line of its own, without a comment marker: after a call,
 * {@code kobject_add() (add to sysfs)}, {@code device_add() [drivers/base/core.c:3424]},
 * {@code handle_io() [I/O port access] → back to user space}; alone, {@code [the guest runs here]} under a step.
 * C never writes these shapes: a call's result is not called or indexed across a blank, and a statement does not
 * open with a bracket. What is in the brackets is words: it holds a blank or a letter of another script.
 */
final class BracketedNotes {

    private BracketedNotes() {
    }

    /**
     * Whether the brackets at {@code p} of {@code line} close the step before them: a {@code (} or {@code [}
     * whose match holds words or a place, then the line's end or an arrow going on to the next step. After a
     * bare name ({@code called} false) only square brackets count ({@code f (x)} may be a cast or a macro's use).
     */
    static boolean closesStep(String line, int p, boolean called) {
        int n = line.length();
        if (p >= n || line.charAt(p) != '[' && (line.charAt(p) != '(' || !called)) {
            return false;
        }
        int close = match(line, p);
        if (close < 0 || !wordsOrPlace(line, p + 1, close)) {
            return false;
        }
        int q = LineScan.skipBlanks(line, close + 1);
        return q == n || line.charAt(q) == LineMargin.RIGHTWARDS_ARROW || line.startsWith("->", q) || line.startsWith("=>", q)
                || line.startsWith("-->", q);
    }

    /**
     * Whether {@code rest}, a trace line past its margin, is a remark in square brackets alone: words with a blank
     * between them, a letter first ({@code [the guest runs here]}); never {@code [?]}, a number or a dump's stamp.
     */
    static boolean remarkLine(String rest) {
        int n = rest.length();
        while (n > 0 && (rest.charAt(n - 1) == ' ' || rest.charAt(n - 1) == '\t')) {
            n--;
        }
        if (n < 5 || rest.charAt(0) != '[' || rest.charAt(n - 1) != ']' || !Character.isLetter(rest.charAt(1))) {
            return false;
        }
        return match(rest, 0) == n - 1 && rest.indexOf(' ', 1) > 0 && rest.indexOf(' ', 1) < n - 1;
    }

    /** Where the bracket at {@code open} closes (nested ones counted), or -1. */
    private static int match(String line, int open) {
        char o = line.charAt(open);
        char c = o == '(' ? ')' : ']';
        int depth = 0;
        for (int k = open; k < line.length(); k++) {
            char x = line.charAt(k);
            if (x == o) {
                depth++;
            } else if (x == c && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether [from, to) is words: it holds a blank or a letter of another script, and starts with no operator. A
     * place alone ({@code [mm/x.c:12]}) is the lexer's location tag already.
     */
    private static boolean wordsOrPlace(String line, int from, int to) {
        if (to - from < 2 || "=;&|*+-!<>".indexOf(line.charAt(from)) >= 0) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char x = line.charAt(k);
            if (x == ' ' || x > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
