package org.tracenotes.grammar;

/**
 * A flat call chain ({@link FlatChainRuns}) written in sections: after a blank line, a {@code //} caption
 * naming the next stage of the path and more links at the chain's column carry the chain on, the first
 * link of the section called by the last link above it.
 * <pre>
 * // call chain of a receive
 * nic_rx_irq
 * frame_pull
 *
 * // layer 3
 * proto_rx            { checks the header }
 * proto_deliver
 * </pre>
 * A section is one or two caption lines right after the blank lines, then two or more links and nothing
 * else up to a blank line or the note's end. A caption that names a call chain itself ({@code // call chain
 * of udp}) or is only the name of the link under it ({@code // proto_rx} over {@code proto_rx}) titles a
 * chain of its own, and one that names a call stack introduces a stack (innermost first), not more of the
 * path: each ends the chain.
 */
final class SectionedFlatChains {

    /** The most caption lines a section starts with. */
    private static final int MAX_CAPTION_LINES = 2;
    /** The fewest links of a section. */
    private static final int MIN_SECTION_LINKS = 2;

    private SectionedFlatChains() {
    }

    /**
     * The last line of the chain whose first run ends on {@code last} at {@code column}, the sections that
     * carry it on included, with at most {@code room} more links; {@code last} when no section follows.
     */
    static int sectionsEnd(NoteLayout layout, int last, int column, int room) {
        int n = layout.lineCount();
        int end = last;
        int added = 0;
        int j = last + 1;
        while (j < n && layout.role(j) == NoteLayout.Role.BLANK) {
            int k = j;
            while (k < n && layout.role(k) == NoteLayout.Role.BLANK) {
                k++;
            }
            int captions = 0;
            while (k < n && layout.role(k) == NoteLayout.Role.TEXT && layout.indentOf(k) == column && isCaption(layout.lineText(k))) {
                k++;
                captions++;
            }
            if (captions == 0 || captions > MAX_CAPTION_LINES || k >= n) {
                break;
            }
            String caption = layout.lineText(k - 1).strip().substring(2).strip();
            if (namesStack(caption) || FlatChainRuns.namesCallChain(layout.lineText(k - 1))
                    || caption.equals(leadingName(layout.lineText(k).strip()))) {
                break;
            }
            int m = k;
            while (m < n && layout.role(m) == NoteLayout.Role.TEXT && layout.indentOf(m) == column
                    && FlatChainRuns.isLink(layout.lineText(m).strip())) {
                m++;
            }
            int links = m - k;
            boolean closed = m >= n || layout.role(m) == NoteLayout.Role.BLANK;
            if (links < MIN_SECTION_LINKS || !closed || added + links > room) {
                break;
            }
            added += links;
            end = m - 1;
            j = m;
        }
        return end;
    }

    /** Whether {@code text} is a {@code //} comment with words in it (a rule of slashes is none). */
    private static boolean isCaption(String text) {
        String s = text.strip();
        if (!s.startsWith("//")) {
            return false;
        }
        for (int k = 2; k < s.length(); k++) {
            if (s.charAt(k) != '/' && s.charAt(k) != ' ' && s.charAt(k) != '\t') {
                return true;
            }
        }
        return false;
    }

    /** Whether a caption names a call stack (innermost first) rather than a stage of a path. */
    static boolean namesStack(String caption) {
        return FlatChainRuns.namesCallStack(caption);
    }

    /** The name a link starts with (with {@code ->} and {@code .}). */
    private static String leadingName(String link) {
        int q = 0;
        while (q < link.length() && (LineScan.isIdentPart(link.charAt(q)) || link.charAt(q) == '.'
                || link.charAt(q) == '-' && q + 1 < link.length() && link.charAt(q + 1) == '>' && q++ >= 0)) {
            q++;
        }
        return link.substring(0, q);
    }
}
