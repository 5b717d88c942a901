package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private static final int MAX_MARKER = 4;
    /** The key all drawn prefixes of a block share, and that of box-drawn edges in a note's own text. */
    private static final String DRAWN_KEY = "drawn";
    private static final String BOXED = "boxed";
    /** Heads pointing right that end an arrow marker. */
    private static final String HEADS = ">\u00BB\u300B\u3009\u203A\u21D2\u21E8\u21DB\u21DD\u21E2\u21C9\u21A6\u21AA\u21B3"
            + "\u2794\u279C\u279D\u279E\u279F\u27A0\u27A1\u27A2\u27A3\u27A4\u27A5\u27A6\u27A7\u27A8\u27F6\u27F9\u27FC\u27FF"
            + "\u25B6\u25BA\u25B8\u25B9\u2937\u2799\u279B\uFF1E";
    /** Marks an arrow marker's shaft is drawn with besides box-drawing lines (a head may be part of a shaft: {@code >>}, {@code »»}). */
    private static final String SHAFTS = "-=~*+|\\`\u2014\u2013\uFF0D\uFF1D\uFF5E";
    /** The ASCII marks of a drawn prefix; box-drawing characters are the rest. */
    private static final String DRAWN = "|+\\`'_-";
    /** Vertical box-drawing characters: a prefix of only these and blanks is a box's wall, no edge. */
    private static final String VERTICALS = "\u2502\u2503\u2551\u2506\u2507\u250A\u250B\u254E\u254F";
    /** Words of C that start a step though a word follows them ({@code ==> return err}). */
    private static final List<String> KEYWORDS = List.of("if", "else", "return", "while", "for", "switch", "case", "goto", "do");

    private enum Payload { GOOD, CODE, CALL, BAD, EMPTY, NEUTRAL }

    /** One line's candidate: its kind (arrow or prefix), where the marker starts and ends, its key and what follows. */
    private record Candidate(int line, boolean prefix, int end, String key, int column, Payload payload) {
    }

    private RepeatedMarkers() {
    }

    /** Learns the repeated markers of the fenced (or {@code <pre>}) lines {@code first}..{@code last}. */
    static void learn(NoteLayout layout, int first, int last) {
        learn(layout, first, last, false);
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
            Candidate c = p < e && mayStartMarker(t[p]) ? candidate(layout, j, p, unfenced) : null;
            if (c != null) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(c);
            }
        }
        if (found != null) {
            settle(layout, found, first, last);
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
     */
    private static void settle(NoteLayout layout, List<Candidate> found, int first, int last) {
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
        int stepArrows = -1;   // known `=>` lines less other known arrow lines, counted once an arrow is learned
        for (Candidate c : found) {
            int[] t = tally.get(c.key());
            boolean repeated = t[0] >= MIN_LINES || t[0] >= MIN_LINES_AT_TWO_COLUMNS && t[4] == 1;
            boolean quoteLike = !c.prefix() && onlyQuoteMarks(c.key());
            boolean learned = repeated && t[1] >= 1 && t[2] * 3 <= t[0] && (!quoteLike || t[2] == 0 && t[5] >= 1)
                    && (!c.key().equals(BOXED) || t[5] >= 1);   // a box-drawn tree in text: a call tree, no diagram of fields
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
            if (layout.margins().learnedEnd(j) < 0 && layout.arrowEnd(j) >= 0) {
                int q = layout.start(j) + layout.leadingStructure(j);
                balance += q < layout.contentEnd(j) && t[q] == '=' ? 1 : -1;
            }
        }
        return Math.max(0, balance);
    }

    private static boolean onlyQuoteMarks(String key) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != '>') {
                return false;
            }
        }
        return true;
    }

    /** Line {@code j}'s marker or drawn prefix, or null: most lines are rejected by their first non-blank character. */
    private static Candidate candidate(NoteLayout layout, int j, int p, boolean unfenced) {
        int[] t = layout.codePoints();
        int s = layout.start(j);
        int e = layout.contentEnd(j);
        if (isDrawnLead(t[p])) {
            Candidate c = drawnPrefix(layout, j, t, s, p, e, unfenced && isBox(t[p]));
            if (c != null) {
                return c;
            }
        }
        if (!headNear(t, p, e)) {
            return null;   // `- item`, `| cell |`: no head, no arrow
        }
        int q = s + layout.leadingStructure(j);
        Candidate c = q < e ? arrowMarker(j, t, s, q, e) : null;
        return c == null || layout.arrowEnd(j) >= 0 ? null : c;   // a known arrow keeps its line
    }

    /** Whether a head stands before the line's first name or CJK text, where a marker's would. */
    private static boolean headNear(int[] t, int p, int e) {
        for (int k = t[p] == 'o' ? p + 1 : p; k < e && !LineScan.isIdentPart(t[k]) && !isCjk(t[k]); k++) {
            if (isHead(t[k])) {
                return true;
            }
        }
        return false;
    }

    /** ASCII characters a marker or drawn prefix can start with. */
    private static final boolean[] ASCII_STARTS = new boolean[128];
    private static final boolean[] ASCII_SHAFTS = new boolean[128];

    static {
        for (char c : SHAFTS.toCharArray()) {
            if (c < 128) {
                ASCII_SHAFTS[c] = true;
            }
        }
        for (char c : ("o>" + SHAFTS + DRAWN).toCharArray()) {
            if (c < 128) {
                ASCII_STARTS[c] = true;
            }
        }
        ASCII_STARTS['_'] = false;   // underscores only continue a drawn prefix, or begin a name
    }

    /**
     * The cheap test on a line's first non-blank character: letters, digits, CJK, brackets, comment
     * openers and prompts ({@code #}, {@code /}, {@code $}) start no marker.
     */
    private static boolean mayStartMarker(int c) {
        if (c < 128) {
            return ASCII_STARTS[c];
        }
        return c < 0x3400 && (isShaft(c) || HEADS.indexOf(c) >= 0) || c >= 0xFF00 && (SHAFTS.indexOf(c) >= 0 || HEADS.indexOf(c) >= 0);
    }

    /** A mark an arrow marker's shaft is drawn with: {@link #SHAFTS} or a box-drawing line ({@code ├─>}, {@code ╰─>}). */
    private static boolean isShaft(int c) {
        return c < 128 ? ASCII_SHAFTS[c] : SHAFTS.indexOf(c) >= 0 || isBox(c);
    }

    /** A head pointing right ({@link #HEADS}); one comparison for ASCII. */
    private static boolean isHead(int c) {
        return c < 128 ? c == '>' : HEADS.indexOf(c) >= 0;
    }

    private static boolean isBox(int c) {
        return c >= BoxDrawnTree.FIRST && c <= BoxDrawnTree.LAST;
    }

    private static boolean isDrawnLead(int c) {
        return c == '|' || c == '+' || c == '\\' || c == '`' || c == '\'' || isBox(c) && !isHorizontal(c);
    }

    private static boolean isHorizontal(int c) {
        return c == '\u2500' || c == '\u2501' || c == '\u2550' || c >= '\u2504' && c <= '\u2505' || c >= '\u2508' && c <= '\u2509'
                || c >= '\u254C' && c <= '\u254D';
    }

    /**
     * The marker at {@code q} (past the line's indentation and known connectors) when it is one to four
     * shaft marks ending in a head, right before a blank or the text; null otherwise.
     */
    private static Candidate arrowMarker(int j, int[] t, int s, int q, int e) {
        int r = q;
        if (t[r] == 'o' && r + 1 < e && isShaft(t[r + 1])) {
            r++;   // `o-> f`: a node drawn as a circle before the arrow
        }
        int from = r;
        while (r < e && r - from < MAX_MARKER + 1 && (isShaft(t[r]) || isHead(t[r]))) {
            r++;
        }
        if (r == from || r - from > MAX_MARKER || !isHead(t[r - 1])) {
            return null;
        }
        if (r < e && t[r] != ' ' && t[r] != '\t' && !LineScan.isIdentStart(t[r]) && !isCjk(t[r])) {
            return null;   // `>>=`, `=>(`: an operator, no marker
        }
        String raw = new String(t, q, r - q);
        if (raw.equals(">") || raw.equals(">>>") || raw.equals("|>")) {
            return null;
        }
        return new Candidate(j, false, r - s, collapse(raw), q - s, payload(t, LineScan.skipBlanks(t, r, e), e));
    }

    /**
     * The drawn prefix of line {@code j} from {@code p}: tree-drawing marks and blanks up to the text,
     * with an edge (a horizontal, a tee or corner, a dash, four or more underscores) in its last run, and
     * reaching past what the known connectors cover (or, {@code boxInText}, led by a box-drawing character in
     * the note's own text); null otherwise.
     */
    private static Candidate drawnPrefix(NoteLayout layout, int j, int[] t, int s, int p, int e, boolean boxInText) {
        int x = p;
        int runStart = p;   // where the last run of marks (between blanks) starts
        boolean edge = false;
        while (x < e) {
            int c = t[x];
            if (c == ' ' || c == '\t') {
                x++;
            } else if (c == '_' || DRAWN.indexOf(c) >= 0 || isBox(c)) {
                if (x == p || t[x - 1] == ' ' || t[x - 1] == '\t') {
                    runStart = x;
                    edge = false;
                }
                if (c == '_') {
                    int u = x;
                    while (u < e && t[u] == '_') {
                        u++;
                    }
                    boolean drawn = x > runStart && (u - x >= 5 || u == e || t[u] == ' ' || t[u] == '\t');
                    if (!drawn) {
                        break;   // `|__do_fault`: the underscores are the name's
                    }
                    edge = true;
                    x = u;
                } else {
                    edge |= c == '-' || isBox(c) && VERTICALS.indexOf(c) < 0;
                    x++;
                }
            } else {
                break;
            }
        }
        if (!edge || x < e && !LineScan.isIdentStart(t[x]) && !isCjk(t[x]) || t[runStart] == '-') {
            return null;   // no edge, no text after it, or a dash leads (`-- note`)
        }
        if (x < e && !boxInText && s + layout.leadingStructure(j) >= x) {
            return null;   // the known connectors reach the text already (`|-- f`, `├── f`)
        }
        return new Candidate(j, true, x - s, boxInText ? BOXED : DRAWN_KEY, p - s, x >= e ? Payload.EMPTY : payload(t, x, e));
    }

    /** What follows a marker at {@code v}: a name or call (of code or not), CJK text, or something else. */
    private static Payload payload(int[] t, int v, int e) {
        if (v >= e) {
            return Payload.EMPTY;
        }
        int c = t[v];
        if (isCjk(c)) {
            return Payload.GOOD;
        }
        if (c == '*' || c == '&' || c == '!') {
            return Payload.NEUTRAL;
        }
        if (!LineScan.isIdentStart(c)) {
            return Payload.BAD;
        }
        int n = v;
        boolean code = false;
        boolean dotted = false;
        while (n < e) {
            int d = t[n];
            if (LineScan.isIdentPart(d)) {
                code |= d == '_' || LineScan.isDigit(d);
                n++;
            } else if (d == '-' && n + 1 < e && t[n + 1] == '>' && n + 2 < e && LineScan.isIdentStart(t[n + 2])
                    || d == ':' && n + 1 < e && t[n + 1] == ':' && n + 2 < e && LineScan.isIdentStart(t[n + 2])) {
                code = true;
                n += 2;
            } else if (d == '.' && n + 1 < e && LineScan.isIdentStart(t[n + 1])) {
                dotted = true;
                n++;
            } else {
                break;
            }
        }
        int w = LineScan.skipBlanks(t, n, e);
        boolean call = w < e && t[w] == '(';
        if (call) {
            return Payload.CALL;
        }
        if (dotted && (n == e || t[n] == ' ' || t[n] == '\t') || n < e && t[n] == '/') {
            return Payload.BAD;   // `foo.c`, `mm/`: a file, no step
        }
        if (w == e) {
            return code ? Payload.CODE : Payload.GOOD;
        }
        int next = t[w];
        if (n < e && (t[n] == ')' || t[n] == ',')) {
            return Payload.BAD;   // `>> PAGE_SHIFT)`: an operand of an expression
        }
        if (n < e && t[n] == ';') {
            return Payload.NEUTRAL;   // `>> c_val;`: the end of an expression as likely as a step
        }
        if (w > n && LineScan.isIdentStart(next)) {
            if (code) {
                return Payload.CODE;
            }
            return KEYWORDS.contains(new String(t, v, n - v)) ? Payload.GOOD : Payload.BAD;   // a word, then a word: a sentence
        }
        return code ? Payload.CODE : Payload.GOOD;
    }

    private static boolean isCjk(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF;
    }

    /** The marker with each run of one mark made one ({@code ===>} and {@code ==>} are one marker). */
    private static String collapse(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            if (k == 0 || raw.charAt(k) != raw.charAt(k - 1)) {
                out.append(raw.charAt(k));
            }
        }
        return out.toString();
    }

    /**
     * Where a drawn prefix (blanks and tree-drawing marks) before {@code line}'s text ends, as a char index,
     * or -1 when the line has none: core measures a step whose first token the lexer read there as standing
     * at its text ({@link #learnUnfenced}, {@link #learn} made the prefix a margin).
     */
    public static int drawnPrefixEnd(CharSequence line) {
        int x = 0;
        boolean drawn = false;
        while (x < line.length()) {
            char c = line.charAt(x);
            if (c == ' ' || c == '\t') {
                x++;
            } else if (DRAWN.indexOf(c) >= 0 || isBox(c)) {
                drawn = true;
                x++;
            } else {
                break;
            }
        }
        return drawn ? x : -1;
    }
}
