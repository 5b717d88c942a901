package org.tracenotes.core.parse;

/**
 * The arrow that leads a stage of a flow written one stage a line: {@code → f()}, {@code -> f()},
 * {@code --> f()}, {@code => f()}. A cheap test at a known column, no pattern.
 */
final class FlowStageArrows {

    private FlowStageArrows() {
    }

    /** Whether an arrow and a space or the line's end start at column {@code p} of {@code line}. */
    static boolean leads(String line, int p) {
        int n = line.length();
        char c = line.charAt(p);
        int end;
        if (c == '\u2192' || c == '\u27F6' || c == '\u21D2') {
            end = p + 1;
        } else if (c == '-' || c == '=') {
            int q = p;
            while (q < n && line.charAt(q) == c && q - p < 3) {
                q++;
            }
            if (q >= n || line.charAt(q) != '>') {
                return false;
            }
            end = q + 1;
        } else {
            return false;
        }
        return end >= n || line.charAt(end) == ' ' || line.charAt(end) == '\t';
    }
}
