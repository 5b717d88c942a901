package org.tracenotes.core.parse;

/**
 * A drawn tree written without its root line: the block's first step is led by a branch's connector
 * ({@code +- f()}, {@code |- f}, {@code `- f}, {@code ├─ f()}, {@code └── f()}), which says it hangs from
 * a caller the block leaves implied. It and every branch drawn at its column are top-level steps of
 * that implied root, not roots of the lines under them.
 * <pre>
 * +- prepare()          # a top-level step, the root implied
 * |  `- lock()
 * `- finish()           # its sibling
 * </pre>
 * A root drawn as a name ({@code src} over {@code |-- main}) is still the root of its branches.
 */
final class RootlessForests {

    private RootlessForests() {
    }

    /** Whether line {@code line} of the source starts, after blanks, with a branch's connector. */
    static boolean ledByBranch(SourceText source, int line) {
        String text = source.text();
        int i = source.lineStart(line);
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 >= n) {
            return false;
        }
        char c = text.charAt(i);
        char d = text.charAt(i + 1);
        return c == '├' || c == '└' || c == '┣' || c == '┗'
                || (c == '+' || c == '|' || c == '`' || c == '\\') && (d == '-' || d == '─');
    }
}
