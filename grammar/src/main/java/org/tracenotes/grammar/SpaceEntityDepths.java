package org.tracenotes.grammar;

/**
 * A call tree published in a note's text (a blog, where Markdown would swallow leading blanks) with its depth
 * written as HTML space entities: each line a function, as a reference link ({@code [f][f_link]}), an inline
 * link ({@code [f](url)}) or a bare name, led by one {@code &emsp;} (or {@code &ensp;}, {@code &nbsp;},
 * {@code &#8195;}, a full-width space) per level and mostly ending in a two-space hard break.
 * <pre>
 * &amp;emsp;[pump_start][l1]
 * &amp;emsp;&amp;emsp;[Pump::prime][l2]
 * &amp;emsp;&amp;emsp;&amp;emsp;valve_open
 * </pre>
 * A run of two or more such lines, at two depths at least, is a trace block; the entities are its lines'
 * margin, which the lexer skips, and core measures each entity as {@value #COLUMNS} columns of indentation
 * ({@link #measured}). Not a trace: a paragraph indented with entities (Chinese blogs indent every paragraph
 * with {@code &emsp;&emsp;}), which starts with words, not a function's name.
 *
 * <p>Cost: one look at each text line's first non-blank character.
 */
public final class SpaceEntityDepths {

    /** Columns of indentation one entity stands for. */
    static final int COLUMNS = 2;
    private static final int FULL_WIDTH_SPACE = 0x3000;

    private SpaceEntityDepths() {
    }

    /** Marks the runs of entity-indented function lines among the note's text lines as trace blocks, ids from {@code blockId} on. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            int depth = layout.role(i) == NoteLayout.Role.TEXT ? itemDepth(layout, i) : -1;
            if (depth < 0) {
                i++;
                continue;
            }
            int last = i;
            int min = depth;
            int max = depth;
            while (last + 1 < n && layout.role(last + 1) == NoteLayout.Role.TEXT) {
                int d = itemDepth(layout, last + 1);
                if (d < 0) {
                    break;
                }
                min = Math.min(min, d);
                max = Math.max(max, d);
                last++;
            }
            if (last > i && max > min) {
                layout.markTrace(i, last, blockId++);
                int[] t = layout.codePoints();
                for (int j = i; j <= last; j++) {
                    int s = layout.start(j);
                    layout.margins().setLearnedPrefix(j, leadEnd(t, s, layout.contentEnd(j)) - s);
                }
            }
            i = last + 1;
        }
        return blockId;
    }

    /** The number of entities leading line {@code j} when a function's name or link follows them, else -1. */
    private static int itemDepth(NoteLayout layout, int j) {
        int[] t = layout.codePoints();
        int s = layout.start(j);
        int e = layout.contentEnd(j);
        int p = LineScan.skipBlanks(t, s, e);
        if (p >= e || t[p] != '&' && t[p] != FULL_WIDTH_SPACE) {
            return -1;   // the cheap test: most lines start with no entity
        }
        int count = 0;
        int k;
        while ((k = entityAt(t, p, e)) > 0) {
            count++;
            p = LineScan.skipBlanks(t, p + k, e);
        }
        return count > 0 && nameItem(t, p, e) ? count : -1;
    }

    /** Past the entities (and blanks) leading [s, e) of {@code t}. */
    static int leadEnd(int[] t, int s, int e) {
        int p = LineScan.skipBlanks(t, s, e);
        int k;
        while ((k = entityAt(t, p, e)) > 0) {
            p = LineScan.skipBlanks(t, p + k, e);
        }
        return p;
    }

    /** The length of the space entity (or full-width space) at {@code p}, 0 for none. */
    static int entityAt(int[] t, int p, int e) {
        if (p >= e) {
            return 0;
        }
        if (t[p] == FULL_WIDTH_SPACE) {
            return 1;
        }
        return CharacterReferences.spaceLength(t, p, e);
    }

    /**
     * Whether [p, e) starts with a function: a link ({@code [f][ref]}, {@code [**f**](url)}) whose text is a
     * code name, or a bare code name ({@code f_g}, {@code A::b}, {@code A#b}, {@code a.b()}, {@code fooBar}).
     */
    private static boolean nameItem(int[] t, int p, int e) {
        if (p < e && t[p] == '[') {
            return CodeLinks.linkedName(new String(t, p, e - p)) != null;
        }
        int end = p;
        while (end < e && t[end] != ' ' && t[end] != '\t' && t[end] != 0xFF08) {
            end++;
        }
        return codeNameWithin(t, p, end) && (hardSigned(t, p, end) || nameAlone(t, end, e));
    }

    /**
     * Whether nothing but a call's parentheses or a note follows a bare name ending at {@code end}: a word whose only
     * sign of code is its capitals ({@code fooBar}) leads a function line only so, since brand words
     * ({@code JavaScript}, {@code GitHub}) lead prose paragraphs that Chinese blogs indent with {@code &emsp;}.
     */
    private static boolean nameAlone(int[] t, int end, int e) {
        int q = LineScan.skipBlanks(t, end, e);
        return q >= e || t[q] == '(' || t[q] == 0xFF08 || t[q] == '/' && q + 1 < e && t[q + 1] == '/';
    }

    /** Whether the bare word [p, e) bears a sign of code other than its capitals: {@code _ :: # . ( ->}. */
    private static boolean hardSigned(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            if (hardSignAt(t, k, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hardSignAt(int[] t, int k, int e) {
        int c = t[k];
        return c == '_' || c == '#' || c == '(' || (c == ':' || c == '.' || c == '>') && k + 1 < e && LineScan.isIdentStart(t[k + 1]);
    }

    /** Whether [p, e) holds a code name among at most three words, the last word the name: {@code native A#b}. */
    private static boolean codeNameWithin(int[] t, int p, int e) {
        int words = 1;
        int last = p;
        for (int k = p; k < e; k++) {
            if (t[k] == ' ') {
                words++;
                last = k + 1;
            }
        }
        return words <= 3 && last < e && LineScan.isIdentStart(t[last]) && codeSigned(t, last, e);
    }

    /** Whether the word [p, e) is code: a sign of code in it ({@code _ :: # . ( ->}) or a capital after a small letter. */
    private static boolean codeSigned(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (hardSignAt(t, k, e) || k > p && c >= 'A' && c <= 'Z' && t[k - 1] >= 'a' && t[k - 1] <= 'z') {
                return true;
            }
            if (!(c < 0x80 && (LineScan.isIdentPart(c) || c == ':' || c == '.' || c == '-' || c == '>'))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} at {@code i} starts with two space entities or more: a line that deep in an
     * entity-indented tree hangs from callers the note drew above it ({@code &emsp;&emsp;f}).
     */
    public static boolean deepLead(CharSequence text, int i) {
        if (i >= text.length() || text.charAt(i) != '&' && text.charAt(i) != FULL_WIDTH_SPACE) {
            return false;
        }
        int[] t = text.subSequence(i, Math.min(text.length(), i + 24)).codePoints().toArray();
        int k = entityAt(t, 0, t.length);
        return k > 0 && entityAt(t, LineScan.skipBlanks(t, k, t.length), t.length) > 0;
    }

    /**
     * {@code line} with the space entities leading it (the margin the layout made of them) as {@value #COLUMNS}
     * blanks each, or null when no entity leads it or the lexer's first token of the line ({@code firstToken}, in
     * code points) stands among them: core measures the line's depth by it.
     */
    public static String measured(String line, int firstToken) {
        int p = 0;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        if (p >= line.length() || line.charAt(p) != '&' && line.charAt(p) != FULL_WIDTH_SPACE) {
            return null;
        }
        int[] t = line.codePoints().toArray();
        int q = p;
        int count = 0;
        int k;
        while ((k = entityAt(t, q, t.length)) > 0) {
            count++;
            q = LineScan.skipBlanks(t, q + k, t.length);
        }
        return count == 0 || firstToken < q ? null : " ".repeat(p + count * COLUMNS) + line.substring(line.offsetByCodePoints(0, q));
    }
}
