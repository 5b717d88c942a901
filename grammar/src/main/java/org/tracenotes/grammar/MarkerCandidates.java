package org.tracenotes.grammar;

import java.util.List;

/**
 * One line's candidate for a marker {@link RepeatedMarkers} may learn: an <em>arrow marker</em> (one to
 * four shaft marks ending in a head that points right, {@code ==> f()}, {@code » f()}, {@code o-> f}) or a
 * <em>drawn prefix</em> (tree-drawing marks before the text, {@code |______f()}, {@code ┣━━ f()}), with what
 * follows it: a name or call (of code or not), CJK text, or evidence against a step (a sentence, a file,
 * a tool's label such as {@code node1: Booting}, an operand). A circled arrow {@code o->} stands apart
 * from its text ({@code o->ops} is code). Finding a candidate looks at one line only;
 * whether the block repeats it enough is {@link RepeatedMarkers}'s to settle.
 *
 * <p>Cost: one look at the line's first non-blank character ({@link #mayStartMarker}); only a line
 * starting with a mark a marker can start with is scanned further.
 */
final class MarkerCandidates {

    private static final int MAX_MARKER = 4;
    /** The key all drawn prefixes of a block share, and that of box-drawn edges in a note's own text. */
    static final String DRAWN_KEY = "drawn";
    static final String BOXED = "boxed";
    /** The key of dash-depth prefixes ({@code --f}, {@code ----g}: the count of dashes is the depth). */
    static final String DASHES = "dashes";
    /** Heads pointing right that end an arrow marker. */
    private static final String HEADS = ">\u00BB\u300B\u3009\u203A\u21D2\u21E8\u21DB\u21DD\u21E2\u21C9\u21A6\u21AA\u21B3"
            + "\u2794\u279C\u279D\u279E\u279F\u27A0\u27A1\u27A2\u27A3\u27A4\u27A5\u27A6\u27A7\u27A8\u27F6\u27F9\u27FC\u27FF"
            + "\u25B6\u25BA\u25B8\u25B9\u2937\u2799\u279B\uFF1E";
    /** Marks an arrow marker's shaft is drawn with besides box-drawing lines (a head may be part of a shaft: {@code >>}, {@code »»}). */
    private static final String SHAFTS = "-=~*+|\\`\u2014\u2013\uFF0D\uFF1D\uFF5E";
    /** The ASCII marks of a drawn prefix ({@code :} a dotted stem); box-drawing characters are the rest. */
    static final String DRAWN = "|+\\`'_-:";
    /** Vertical box-drawing characters: a prefix of only these and blanks is a box's wall, no edge. */
    private static final String VERTICALS = "\u2502\u2503\u2551\u2506\u2507\u250A\u250B\u254E\u254F";
    /** Words of C that start a step though a word follows them ({@code ==> return err}). */
    private static final List<String> KEYWORDS = List.of("if", "else", "return", "while", "for", "switch", "case", "goto", "do");

    /** What follows a marker: evidence for a step (a name, code, a call) or against it, or neither. */
    enum Payload { GOOD, CODE, CALL, BAD, EMPTY, NEUTRAL }

    /** One line's candidate: its kind (arrow or prefix), where the marker starts and ends, its key and what follows. */
    record Candidate(int line, boolean prefix, int end, String key, int column, Payload payload) {
    }

    private MarkerCandidates() {
    }

    /** Line {@code j}'s marker or drawn prefix, or null: most lines are rejected by their first non-blank character. */
    static Candidate candidate(NoteLayout layout, int j, int p, boolean unfenced) {
        int[] t = layout.codePoints();
        int s = layout.start(j);
        int e = layout.contentEnd(j);
        if (t[p] == '-') {
            Candidate d = dashDepth(j, t, s, p, e);
            if (d != null) {
                return d;
            }
        }
        if (isDrawnLead(t[p])) {
            Candidate c = drawnPrefix(layout, j, t, s, p, e, unfenced && BoxDrawnTree.isBoxDrawing(t[p]), unfenced);
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
    static boolean mayStartMarker(int c) {
        if (c < 128) {
            return ASCII_STARTS[c];
        }
        return c < 0x3400 && (isShaft(c) || HEADS.indexOf(c) >= 0) || c >= 0xFF00 && (SHAFTS.indexOf(c) >= 0 || HEADS.indexOf(c) >= 0);
    }

    /** A mark an arrow marker's shaft is drawn with: {@link #SHAFTS} or a box-drawing line ({@code ├─>}, {@code ╰─>}). */
    private static boolean isShaft(int c) {
        return c < 128 ? ASCII_SHAFTS[c] : SHAFTS.indexOf(c) >= 0 || BoxDrawnTree.isBoxDrawing(c);
    }

    /** A head pointing right ({@link #HEADS}); one comparison for ASCII. */
    private static boolean isHead(int c) {
        return c < 128 ? c == '>' : HEADS.indexOf(c) >= 0;
    }


    private static boolean isDrawnLead(int c) {
        return c == '|' || c == ':' || c == '+' || c == '\\' || c == '`' || c == '\'' || BoxDrawnTree.isBoxDrawing(c) && !isHorizontal(c);
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
        boolean circled = t[r] == 'o' && r + 1 < e && isShaft(t[r + 1]);
        if (circled) {
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
        if (circled && (r == e || t[r] != ' ' && t[r] != '\t')) {
            return null;   // `o->ops->init(o)`: a variable named `o`; the circle's arrow stands apart from the name
        }
        String raw = new String(t, q, r - q);
        if (raw.equals(">") || raw.equals(">>>") || raw.equals("|>")) {
            return null;
        }
        return new Candidate(j, false, r - s, collapse(teed(raw)), q - s, payload(t, LineScan.skipBlanks(t, r, e), e));
    }

    /**
     * The drawn prefix of line {@code j} from {@code p}: tree-drawing marks and blanks up to the text,
     * with an edge (a horizontal, a tee or corner, a dash, four or more underscores) in its last run, and
     * reaching past what the known connectors cover (or, {@code boxInText}, led by a box-drawing character in
     * the note's own text, or, {@code inText}, any prefix there: one the known connectors cover is keyed as a
     * box-drawn one, learned only over calls); null otherwise.
     */
    private static Candidate drawnPrefix(NoteLayout layout, int j, int[] t, int s, int p, int e, boolean boxInText, boolean inText) {
        int x = p;
        int runStart = p;   // where the last run of marks (between blanks) starts
        boolean edge = false;
        while (x < e) {
            int c = t[x];
            if (c == ' ' || c == '\t') {
                x++;
            } else if (c == '_' || DRAWN.indexOf(c) >= 0 || BoxDrawnTree.isBoxDrawing(c)) {
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
                    edge |= c == '-' || BoxDrawnTree.isBoxDrawing(c) && VERTICALS.indexOf(c) < 0;
                    x++;
                }
            } else {
                break;
            }
        }
        boolean elided = x < e && startsElision(t, x, e);   // `|- ...`: a body left out, at the depth of a step
        if (!edge || x < e && !LineScan.isIdentStart(t[x]) && !isCjk(t[x]) && !elided || t[runStart] == '-') {
            return null;   // no edge, no text after it, or a dash leads (`-- note`)
        }
        boolean known = x < e && !boxInText && s + layout.leadingStructure(j) >= x;
        if (known && !inText) {
            return null;   // the known connectors reach the text already (`|-- f`, `├── f`)
        }
        // in the note's own text an ASCII tree of known connectors (`|-- f()`, `|   `-- g()`) is learned as a box-drawn one is
        Payload what = x >= e ? Payload.EMPTY : elided ? Payload.NEUTRAL : payload(t, x, e);   // an elision is no evidence either way
        return new Candidate(j, true, x - s, boxInText || known ? BOXED : DRAWN_KEY, p - s, what);
    }

    /** Whether an elision starts at {@code x}: three dots or a horizontal ellipsis ({@code ...}, {@code … the rest}). */
    private static boolean startsElision(int[] t, int x, int e) {
        return t[x] == '\u2026' || x + 2 < e && t[x] == '.' && t[x + 1] == '.' && t[x + 2] == '.';
    }

    /**
     * A dash-depth prefix at {@code p}: two or more dashes right against the text ({@code --f()},
     * {@code ----x = 1;}, {@code --if (c)}, {@code --//note}, {@code --...}, {@code --检查参数}), whose count an
     * author uses as the step's depth; null for a dash run with a blank after it ({@code -- note}, a rule), an option
     * ({@code --name=value}) or nothing after it. Its column is the text's, so that
     * {@link RepeatedMarkers} sees whether the block uses more than one depth.
     */
    private static Candidate dashDepth(int j, int[] t, int s, int p, int e) {
        int x = p;
        while (x < e && t[x] == '-') {
            x++;
        }
        if (x - p < 2 || x >= e) {
            return null;
        }
        int c = t[x];
        Payload what;
        if (c == '/' && x + 1 < e && t[x + 1] == '/') {
            what = Payload.NEUTRAL;   // `--//end of loop`: a comment at that depth
        } else if (c == '*' || c == '&' || c == '!' || c == '(' || startsElision(t, x, e)) {
            what = Payload.NEUTRAL;   // `--*p = v;`, `--(void)f();`, `--...`: steps left out at that depth
        } else if (isCjk(c)) {
            what = Payload.GOOD;   // `--每次调用`: a step in words at that depth
        } else if (LineScan.isIdentStart(c)) {
            int n = x;
            while (n < e && LineScan.isIdentPart(t[n])) {
                n++;
            }
            if (n < e && (t[n] == '=' || t[n] == ',') || n == e && n - x == 1) {
                return null;   // `--name=value`, `--a, --all`: a command's option
            }
            what = payload(t, x, e);
        } else {
            return null;
        }
        return new Candidate(j, true, x - s, DASHES, x - s, what);
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
        if (n + 1 < e && t[n] == ':' && (t[n + 1] == ' ' || t[n + 1] == '\t')) {
            int x = LineScan.skipBlanks(t, n + 1, e);
            if (x < e && LineScan.isIdentStart(t[x])) {
                return Payload.BAD;   // `==> node1: Booting VM...`: a tool's label, then its message
            }
        }
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

    /** A marker drawn off a box corner keyed as off the tee: {@code └──>} (the last arm) is the marker {@code ├──>} is. */
    private static String teed(String raw) {
        char c = raw.charAt(0);
        char tee = c == '\u2514' || c == '\u2570' ? '\u251C' : c == '\u2517' ? '\u2523' : c == '\u255A' ? '\u2560' : c;
        return tee == c ? raw : tee + raw.substring(1);
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
}
