package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.grammar.ListItemMarkers;
import org.tracenotes.grammar.ListNumbers;
import org.tracenotes.grammar.QuotedItems;
import org.tracenotes.grammar.RepeatedMarkers;
import org.tracenotes.grammar.SpaceEntityDepths;

/**
 * The margins the lexer skipped before a trace line's first token, a list bullet ({@code + ->name},
 * {@code - name}) or a line number ({@code 02   >name}), which take up their columns like blanks: the
 * line's indentation and text column are measured as if they were blanks. Only what the lexer skipped
 * counts: a {@code - x} line whose first token is the {@code -} keeps its text. The note's text is not
 * changed; only the copy of a line that is measured.
 */
final class SkippedMargins {

    private SkippedMargins() {
    }

    /**
     * {@code line} with the margin before column {@code firstToken} (code points) blanked, when a bullet
     * or a line number leads it and the lexer's first token of the line stands after it; {@code line}
     * itself otherwise.
     */
    static String measured(String line, int firstToken) {
        String entities = SpaceEntityDepths.measured(line, firstToken);   // `&emsp;&emsp;f`: entities the layout made a margin
        if (entities != null) {
            return entities;
        }
        int end = marginEnd(line);
        if (end < 0) {
            end = RepeatedMarkers.drawnPrefixEnd(line);   // `|______f()`, `┣━━ f()`: a drawn prefix the layout made a margin
        }
        if (end < 0 || line.codePointCount(0, end) > firstToken) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            out.append(c == '\t' ? '\t' : ' ');
        }
        return out.append(line, end, line.length()).toString();
    }

    /**
     * The block's lines with each list item whose bullet the lexer skipped standing at its bullet's
     * column: items nest by where their bullets stand ({@code +   name} over {@code   + words} at a
     * deeper bullet is its parent, though the words start left of the name). A line number is no stem:
     * its line keeps the column of its text. In a list of functions with quoted steps ({@code quotedSteps}, the
     * layout's {@code QUOTED_STEPS}) a {@code - > step} item stands at its quote mark ({@link QuotedItems}); in any
     * other list the quote is the item's text, as in Markdown. In a flow in words ({@code wordedFlow}, the
     * layout's {@code WORDED_FLOW}) an item in words under a step in words is a sub-step ({@link ItemRemarks}).
     */
    static List<TraceLine> itemColumns(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent,
            boolean quotedSteps, boolean wordedFlow) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (!bulletFirst(source, l.line())) {
                continue;   // the cheap test, without the line's text: most lines start with no bullet
            }
            String text = source.line(l.line());
            int column = bulletColumn(text, tabWidth, quotedSteps) - fenceIndent;
            if (column < 0 || l.indent() <= column) {
                continue;   // no bullet, or one the lexer read as the line's text
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), column, l.textIndent(), l.arrow(), l.reading(), l.range(), l.comments()));
        }
        if (out == null) {
            return lines;
        }
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l != lines.get(i)) {   // an item whose bullet the lexer skipped
                ItemRemarks.settle(out, i, wordedFlow);
            }
        }
        return FencedItemBodies.apply(out, source);
    }

    /** Whether 1-based {@code line}'s first character past blanks is a bullet marker. */
    private static boolean bulletFirst(SourceText source, int line) {
        String all = source.text();
        int p = source.lineStart(line);
        while (p < all.length() && (all.charAt(p) == ' ' || all.charAt(p) == '\t')) {
            p++;
        }
        char c = p < all.length() ? all.charAt(p) : '\n';
        return c == '-' || c == '+' || c == '*';
    }

    /**
     * The column of the line's leading bullet marker (or, in a list of quoted steps, of the quote mark its text
     * opens with), tabs expanded, or -1.
     */
    private static int bulletColumn(String line, int tabWidth, boolean quotedSteps) {
        int p = SourceText.firstNonBlank(line);
        int text = p < line.length() ? ListItemMarkers.textStart(line, p, line.length()) : -1;
        boolean quote = quotedSteps && text >= 0 && QuotedItems.opensWithQuote(line, text);
        return text < 0 ? -1 : SourceText.columnOf(line, quote ? text : p, tabWidth);   // `- > step`: at its quote
    }

    /** Just past a leading bullet marker or line number (after blanks), or -1. */
    private static int marginEnd(String line) {
        int p = 0;
        int n = line.length();
        while (p < n && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        if (p == n) {
            return -1;
        }
        char c = line.charAt(p);
        if (c >= '0' && c <= '9') {
            int q = p;
            while (q < n && line.charAt(q) >= '0' && line.charAt(q) <= '9') {
                q++;
            }
            if (q < n && (line.charAt(q) == '.' || line.charAt(q) == ')') && q - p <= 2 && q + 2 < n
                    && ListNumbers.padsNumber(line, q + 1)) {
                return q + 1;   // `1.          f()`: a list number padded out to its step's column
            }
            return q < n && (line.charAt(q) == ' ' || line.charAt(q) == '\t') ? q : -1;
        }
        return ListItemMarkers.textStart(line, p, n) >= 0 ? p + 1 : -1;
    }
}
