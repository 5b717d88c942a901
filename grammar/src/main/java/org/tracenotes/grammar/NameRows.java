package org.tracenotes.grammar;

/**
 * One row of a column of function names ({@link NameColumns}): a name, decorated as its author decorates
 * every row, and nothing else.
 * <pre>
 * pump_prime()                     a name or a call (parentheses, arguments without {@code ;} or {@code =})
 * [Pump::prime][primeLink]         a Markdown link to the source, two trailing blanks (a hard break)
 * fs/pump.c/pump_prime             a source path ending in the function
 * pump_prime      fs/pump.c        the function, then its file
 * |     pump_prime   fs/pump.c     a row led by the shaft of an arrow drawn beside the column
 * pump_prime（valve_prime）          a remark in full-width parentheses, or in a script other than Latin
 * </pre>
 * A shell command ({@code make install}), a file ({@code README.md}), a statement ({@code x = fork();}), a
 * config key ({@code vm.max_ratio}: a dotted name is a row only as a call) and a chapter's link
 * ({@code [Getting started][gs]}: no sign of code, {@link CodeLinks#linkedName}) are no rows.
 */
public final class NameRows {

    private NameRows() {
    }

    /**
     * The function named by row {@code line} of a column ({@code pump_prime} of {@code |   pump_prime   fs/pump.c},
     * {@code Pump::prime} of {@code [Pump::prime][l]}, {@code prime} of {@code fs/pump.c/prime}, {@code f()} of
     * {@code f()}), or null when the line is no such row.
     */
    static String rowName(String line) {
        String s = strip(line);
        if (s.startsWith("|")) {
            if (s.length() < 2 || s.charAt(1) != ' ' && s.charAt(1) != '\t') {
                return null;
            }
            s = s.substring(1).strip();
        }
        return s.isEmpty() ? null : name(s);
    }

    /** Whether {@code line} is a row led by a {@code |} shaft. */
    static boolean shafted(String line) {
        String s = strip(line);
        return s.length() > 1 && s.charAt(0) == '|' && (s.charAt(1) == ' ' || s.charAt(1) == '\t');
    }

    /** Whether {@code line} is a {@code |} shaft and a rule of dashes: a break between two chains of a drawn column. */
    static boolean isBreak(String line) {
        String s = strip(line);
        if (!shafted(s)) {
            return false;
        }
        String rule = s.substring(1).strip();
        return rule.length() >= 3 && rule.chars().allMatch(c -> c == '-' || c == '=');
    }

    /** Whether {@code line} is an arrow head alone pointing up ({@code ^}, {@code ↑}). */
    static boolean upArrow(String line) {
        String s = line.strip();
        return s.equals("^") || s.equals("\u2191");
    }

    /** Whether {@code line} is an arrow head alone pointing down ({@code V}, {@code v}, {@code ↓}). */
    static boolean downArrow(String line) {
        String s = line.strip();
        return s.equals("V") || s.equals("v") || s.equals("\u2193");
    }

    /** Whether {@code name} is a system call's entry ({@code sys_read}, {@code __x64_sys_read}): no kernel function calls it. */
    static boolean syscallEntry(String name) {
        return name.startsWith("sys_") || name.startsWith("SyS_") || name.matches("__[a-z0-9]+_sys_\\w+");
    }

    /** {@code line} without its trailing blanks and hard-break backslash. */
    private static String strip(String line) {
        String s = line.strip();
        return s.endsWith("\\") && !s.endsWith("\\\\") ? s.substring(0, s.length() - 1).stripTrailing() : s;
    }

    /** The name row {@code s} (stripped, past its shaft) holds, or null. */
    private static String name(String s) {
        if (s.charAt(0) == '[') {
            String linked = CodeLinks.linkedName(s);
            if (linked == null) {
                return null;
            }
            int end = linkEnd(s);
            return end > 0 && remark(s, end) ? linked : null;
        }
        if (!LineScan.isIdentStart(s.charAt(0))) {
            return null;
        }
        int blank = firstBlank(s);
        String word = blank < 0 ? s : s.substring(0, blank);
        int slash = word.lastIndexOf('/');
        if (slash > 0 && word.indexOf('(') < 0) {   // `fs/pump.c/pump_prime`: the function after its file
            String file = word.substring(0, slash);
            String fn = word.substring(slash + 1);
            int[] t = file.codePoints().toArray();
            return SourceLocation.pathAlone(file, 0) && SourceLocation.sourceFileAt(t, 0, t.length) && nameEnd(fn, 0) == fn.length()
                    && (blank < 0 || remark(s, blank)) ? fn : null;
        }
        int end = nameEnd(s, 0);
        if (end < 0) {
            return null;
        }
        String name = s.substring(0, end);
        if (end == s.length()) {
            return name;
        }
        int q = end;
        while (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '\t')) {
            q++;
        }
        if (q > end && SourceLocation.pathAlone(s, q)) {
            return name;   // `pump_prime    fs/pump.c`: the file beside the name
        }
        return remark(s, end) ? name : null;
    }

    /**
     * The end of the name (and its call's parentheses) at {@code from} of {@code s}, or -1: an identifier
     * joined by {@code ::}, {@code ->} or {@code #} to more ({@code .} only in a call: {@code vm.max_ratio}
     * is a key), then an argument list without {@code ;}, {@code =} or nesting.
     */
    private static int nameEnd(String s, int from) {
        int q = from;
        boolean dotted = false;
        while (true) {
            if (q >= s.length() || !LineScan.isIdentStart(s.charAt(q))) {
                return -1;
            }
            while (q < s.length() && LineScan.isIdentPart(s.charAt(q))) {
                q++;
            }
            if (s.startsWith("::", q) || s.startsWith("->", q)) {
                q += 2;
            } else if (q < s.length() && (s.charAt(q) == '#' || s.charAt(q) == '.')) {
                dotted |= s.charAt(q) == '.';
                q++;
            } else {
                break;
            }
        }
        if (q < s.length() && s.charAt(q) == '(') {
            int close = s.indexOf(')', q);
            if (close < 0 || s.indexOf('(', q + 1) >= 0 && s.indexOf('(', q + 1) < close) {
                return -1;
            }
            String args = s.substring(q + 1, close);
            if (args.indexOf(';') >= 0 || args.indexOf('=') >= 0 || args.indexOf('"') >= 0) {
                return -1;
            }
            return close + 1;
        }
        return dotted ? -1 : q;
    }

    /**
     * Whether what follows a row's name from {@code at} is a remark at most: nothing, a note in full-width
     * parentheses ({@code （…）}), or blanks and words in a script other than Latin.
     */
    private static boolean remark(String s, int at) {
        int q = at;
        while (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '\t')) {
            q++;
        }
        if (q == s.length()) {
            return true;
        }
        int c = s.codePointAt(q);
        if (c == 0xFF08) {
            return s.endsWith("\uFF09");
        }
        return q > at && (LineScan.isCjk(c) || LineScan.isHangul(c));
    }

    /** The end of the link {@code [text][ref]} or {@code [text](url)} at the start of {@code s}, or -1. */
    private static int linkEnd(String s) {
        int close = s.indexOf(']');
        if (close < 0 || close + 1 >= s.length()) {
            return -1;
        }
        char open = s.charAt(close + 1);
        int end = s.indexOf(open == '[' ? ']' : ')', close + 2);
        return end < 0 ? -1 : end + 1;
    }

    private static int firstBlank(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == ' ' || s.charAt(k) == '\t') {
                return k;
            }
        }
        return -1;
    }

    /** Whether row {@code line}'s name is code by its shape: {@code _}, a call, a member or scope, a capital after a small letter, a path or a link. */
    static boolean codeShaped(String line, String name) {
        if (name.indexOf('_') >= 0 || name.indexOf('(') >= 0 || name.contains("::") || name.contains("->") || name.indexOf('#') >= 0) {
            return true;
        }
        String s = strip(line);
        if (s.startsWith("[") || s.indexOf('/') >= 0) {
            return true;
        }
        for (int k = 1; k < name.length(); k++) {
            if (Character.isUpperCase(name.charAt(k)) && Character.isLowerCase(name.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether row {@code line} is a source path ending in its function ({@code net/rx.c/rx_frame}). */
    static boolean pathRow(String line) {
        String s = strip(line);
        int blank = firstBlank(s);
        String word = blank < 0 ? s : s.substring(0, blank);
        return !s.startsWith("[") && word.indexOf('/') > 0 && word.indexOf('(') < 0;
    }

    /** The bare name of a row's name: its last part past {@code ::}, {@code ->}, {@code #} or {@code .}, without its parentheses. */
    static String lastPart(String name) {
        int paren = name.indexOf('(');
        String bare = paren >= 0 ? name.substring(0, paren) : name;
        int k = bare.length();
        while (k > 0 && LineScan.isIdentPart(bare.charAt(k - 1))) {
            k--;
        }
        return bare.substring(k);
    }

}
