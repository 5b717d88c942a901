package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.grammar.MarkerCandidates.Candidate;
import org.tracenotes.grammar.MarkerCandidates.Payload;

/**
 * Markers an author repeats at the start of many lines of a block, which the parser was never taught:
 * a careful reader sees that a short marker leading line after line, each time followed by a name or a
 * call, is the author's arrow or tree connector, and reads the lines as steps nested by its column.
 * <ul>
 *   <li>An <em>arrow marker</em>: one to four marks ending in a head that points right, the rest a shaft
 *       ({@code ⇒ f()}, {@code ==> f()}, {@code ~> f}, {@code » f()}, {@code -》 f()}, {@code —> f()},
 *       {@code >> f}, {@code *-> f()}, {@code o-> f}). Its line is read as if {@code ->} led it: the lexer
 *       makes the marker an {@code ARROW} token.</li>
 *   <li>A <em>drawn prefix</em>: tree-drawing characters before the text, which the known connectors do
 *       not cover ({@code |______f()}, {@code ┣━━ f()}, {@code ┗━ f()}, {@code ┃   ┣━━ f()}). The prefix is
 *       margin, like the blanks and edges of a {@code ├──} tree: the step stands where its text starts.</li>
 * </ul>
 * A marker is learned per block (a fence, a {@code <pre>}, a run of a note's unfenced lines) when it
 * leads at least {@value #MIN_LINES} lines there followed by a name, a call or CJK text (or
 * {@value #MIN_LINES_AT_TWO_COLUMNS} such lines at two columns), one of them a code name or a call, and at
 * most a third as many of its lines are followed by something else (a sentence, a number, nothing, a
 * file name). All drawn prefixes of a block count as one marker. A learned marker never starts with a
 * comment opener or a shell prompt ({@code #}, {@code //}, {@code /*}, {@code $}), is never a lone
 * {@code >} (a quote), {@code >>>} (a Python prompt) or {@code |>} (a pipe operator); a marker of only {@code >} (a quote,
 * a shift, a stream) needs a call among its lines and no line of another kind; and a line that a known
 * arrow or connector already leads keeps it.
 *
 * <p>Cost: one look at each line's first non-blank character; only a line starting with a mark a marker
 * can start with is scanned further.
 */
public final class RepeatedMarkers {

    static final int MIN_LINES = 3;
    static final int MIN_LINES_AT_TWO_COLUMNS = 2;

    private RepeatedMarkers() {
    }

    /**
     * Learns the repeated markers of the fenced (or {@code <pre>}) lines {@code first}..{@code last}, whose
     * opening line is {@code first - 1}; none in a fence of a tool's output.
     */
    static void learn(NoteLayout layout, int first, int last) {
        if (!ofToolOutput(layout, first - 1)) {
            learn(layout, first, last, false);
        }
    }

    /** Whether line {@code open} opens a fence whose info string names a tool's output ({@code console}, {@code log}). */
    private static boolean ofToolOutput(NoteLayout layout, int open) {
        int[] t = layout.codePoints();
        int s = layout.start(open);
        int e = layout.contentEnd(open);
        return FenceLanguages.isToolOutput(FenceLanguages.infoWord(t, FenceLines.infoStart(t, s, e), e));   // a fence's or a Liquid tag's
    }

    /**
     * As {@link #learn(NoteLayout, int, int)}; {@code unfenced}: the lines are the note's own text, where a
     * tree drawn with box edges ({@code ├── f()}) is learned too (in a fence {@link BoxDrawnTree} reads it).
     */
    private static void learn(NoteLayout layout, int first, int last, boolean unfenced) {
        List<Candidate> found = null;
        boolean inComment = false;
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = s + LineScan.blanks(t, s, e);
            if (inComment || p + 1 < e && t[p] == '/' && t[p + 1] == '*') {
                // ` *-> f()` inside a `/* … */` comment is the comment's text, no marker
                inComment = LineScan.indexOf(t, inComment ? p : p + 2, e, "*/") < 0;
                continue;
            }
            Candidate c = p < e && MarkerCandidates.mayStartMarker(t[p]) ? MarkerCandidates.candidate(layout, j, p, unfenced) : null;
            if (c != null) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(c);
            }
        }
        if (found != null) {
            settle(layout, found, first, last, unfenced);
        }
    }

    /** Learns the repeated markers of each run of the note's unfenced lines (text and blank lines between other lines). */
    static void learnUnfenced(NoteLayout layout) {
        int n = layout.lineCount();
        int j = 0;
        while (j < n) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                j++;
                continue;
            }
            int last = j;
            while (last + 1 < n && (layout.role(last + 1) == NoteLayout.Role.TEXT || layout.role(last + 1) == NoteLayout.Role.BLANK)) {
                last++;
            }
            learn(layout, j, last, true);
            j = last + 1;
        }
    }

    /**
     * Marks the lines of the candidates whose marker block {@code first}..{@code last} repeats enough; a
     * learned arrow is the block's step arrow {@code =>} when known {@code =>} lead more of its lines than
     * other arrows (so that {@code ==> if} in a block of {@code =>} is no else-if), {@code ->} otherwise.
     * A marker of only {@code >} is never learned in the note's text ({@code unfenced}) nor among quotes.
     */
    private static void settle(NoteLayout layout, List<Candidate> found, int first, int last, boolean unfenced) {
        Map<String, int[]> tally = new HashMap<>();   // key -> good, code, bad, first column, second column seen, calls
        for (Candidate c : found) {
            int[] t = tally.computeIfAbsent(c.key(), k -> new int[] {0, 0, 0, -1, 0, 0});
            switch (c.payload()) {
                case CALL -> {
                    t[0]++;
                    t[1]++;
                    t[5]++;
                }
                case CODE -> {
                    t[0]++;
                    t[1]++;
                }
                case GOOD -> t[0]++;
                case BAD, EMPTY -> t[2] += c.prefix() && c.payload() == Payload.EMPTY ? 0 : 1;
                default -> { }
            }
            if (c.payload() == Payload.CALL || c.payload() == Payload.CODE || c.payload() == Payload.GOOD) {
                if (t[3] < 0) {
                    t[3] = c.column();
                } else if (t[3] != c.column()) {
                    t[4] = 1;
                }
            }
        }
        int worded = -1;   // whether the fence draws a box tree of steps in words ({@link WordedBoxTrees}), found when a `├─>` marker asks
        int stepArrows = -1;   // known `=>` lines less other known arrow lines, counted once an arrow is learned
        int quoted = unfenced ? 1 : -1;   // whether the block quotes (an e-mail, a Markdown quote), found at the first `>>` marker
        for (Candidate c : found) {
            int[] t = tally.get(c.key());
            boolean repeated = t[0] >= MIN_LINES || t[0] >= MIN_LINES_AT_TWO_COLUMNS && t[4] == 1;
            boolean quoteLike = !c.prefix() && onlyQuoteMarks(c.key());
            boolean learned = repeated && t[1] >= 1 && t[2] * 3 <= t[0] && (!quoteLike || t[2] == 0 && t[5] >= 1)
                    && (!c.key().equals(MarkerCandidates.BOXED) || t[5] >= 1)   // a box-drawn tree in text: a call tree, no diagram of fields
                    && (!c.key().equals(MarkerCandidates.DASHES) || t[4] == 1);   // dash depth: the block uses two depths at least
            learned = learned || !unfenced && WordedBoxTrees.armMarker(c.key()) && (worded < 0 ? worded = WordedBoxTrees.isTree(layout, first, last) ? 1 : 0 : worded) == 1;   // `├─> words` arms under a code name
            if (learned && quoteLike) {
                if (quoted == -1) {
                    quoted = quotes(layout, first, last) ? 1 : 0;
                }
                learned = quoted == 0;
            }
            if (learned && c.payload() != Payload.EMPTY) {
                if (c.prefix()) {
                    layout.margins().setLearnedPrefix(c.line(), c.end());
                } else {
                    if (stepArrows == -1) {
                        stepArrows = knownStepArrows(layout, first, last);
                    }
                    layout.margins().setLearnedArrow(c.line(), c.end(), stepArrows > 0);
                }
            }
        }
    }

    /** How many more of lines {@code first}..{@code last} a known {@code =>} leads than another known arrow (at least 0). */
    private static int knownStepArrows(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int balance = 0;
        for (int j = first; j <= last; j++) {
            if (layout.margins().learnedMarkerEnd(j) < 0 && layout.arrowEnd(j) >= 0) {
                int q = layout.start(j) + layout.leadingStructure(j);
                balance += q < layout.contentEnd(j) && t[q] == '=' ? 1 : -1;
            }
        }
        return Math.max(0, balance);
    }

    /**
     * Whether lines {@code first}..{@code last} quote like an e-mail: a line starts with a single {@code >}
     * ({@code > Alice wrote:}), or a line there or right above the fence ends in {@code wrote:}.
     */
    private static boolean quotes(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        for (int j = Math.max(0, first - 2); j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = s + LineScan.blanks(t, s, e);
            if (j >= first && p < e && t[p] == '>' && (p + 1 == e || t[p + 1] != '>')) {
                return true;
            }
            int q = e;
            while (q > p && (t[q - 1] == ' ' || t[q - 1] == '\t')) {
                q--;
            }
            if (q - p >= 6 && t[q - 1] == ':' && LineScan.indexOf(t, q - 6, q, "wrote:") == q - 6) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyQuoteMarks(String key) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != '>') {
                return false;
            }
        }
        return true;
    }


    /**
     * Where a drawn prefix (blanks and tree-drawing marks) before {@code line}'s text ends, as a char index,
     * or -1 when the line has none: core measures a step whose first token the lexer read there as standing
     * at its text ({@link #learnUnfenced}, {@link #learn} made the prefix a margin). Underscores right after
     * a dash that run into a name are the name's ({@code --_exit(0)}, {@code -__free(p)}), not the prefix's.
     */
    public static int drawnPrefixEnd(CharSequence line) {
        int x = 0;
        boolean drawn = false;
        while (x < line.length()) {
            char c = line.charAt(x);
            if (c == ' ' || c == '\t') {
                x++;
            } else if (c == '_' && x > 0 && line.charAt(x - 1) == '-' && startsName(line, x)) {
                break;
            } else if (MarkerCandidates.DRAWN.indexOf(c) >= 0 || BoxDrawnTree.isBoxDrawing(c)) {
                drawn = true;
                x++;
            } else {
                break;
            }
        }
        return drawn ? x : -1;
    }

    /** Whether the run of underscores at {@code x} runs into a letter or digit: a C name such as {@code __free}. */
    private static boolean startsName(CharSequence line, int x) {
        int k = x;
        while (k < line.length() && line.charAt(k) == '_') {
            k++;
        }
        return k < line.length() && Character.isLetterOrDigit(line.charAt(k));
    }
}
