package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code path walked as an indented literal block (a reStructuredText {@code .. code-block::} or a Markdown
 * indented block) of numbered {@code #} captions, each over the one line of code it names: a single call, a
 * chain of calls on one line ({@code a => b => c}, each link called by the one before), a bare function name,
 * or calls joined by {@code &&} (made in that order by the function being walked). Rule lines of
 * {@code #}s with a number and a title open chapters; a chapter titled with a name an earlier step line holds
 * walks that function:
 * <pre>
 *     ######################## 1 entry
 *     # 1.1 the syscall
 *     SYSCALL_DEFINE2(widget_open, const char __user *, name, int, flags)
 *
 *     # 1.2 down to the worker
 *     svc_entry =&gt; svc_dispatch =&gt; do_widget_open =&gt; widget_load
 *
 *     ######################## 2 widget_load
 *     # 2.1 check the header
 *     header_check &amp;&amp; setup_info
 * </pre>
 * A run is the lines from a caption or rule line on, at its column or deeper, each a caption
 * ({@code # 1.2 words}, a dotted number of two parts or more), a rule line ({@code #####… 2 title}), a
 * {@code #} comment in words, or a step line right under a caption (or under the step line under it; at most
 * {@value #MAX_STEPS} of them). Its evidence: {@value #MIN_CAPTIONS} numbered captions and
 * {@value #MIN_STEPS} step lines at least, one of them a chain joined by {@code =>} (three links, or a call among them; or two
 * names, with another step line joined by {@code =>} or {@code &&}), and a
 * name of C's style among the links (with an {@code _}). A caption has words after its number. A shell
 * script's {@code cd x && make} (words between) or {@code fn_a && fn_b} ({@code &&} alone is no evidence),
 * a Python snippet's {@code x = load()} under {@code # 1.1 load} (nothing joined), a changelog's
 * {@code ### 3.0.0} (no words) over {@code old_name => new_name}, an arrow function {@code x => f(x)}, a lone
 * map pair ({@code default_opts => merge_opts} over a name), a Makefile's
 * {@code all: build} and numbered steps in words are no run. The run is a trace block of shape
 * {@link BlockShape#STEP_CAPTIONS}: the core ({@code StepCaptionDepths}) nests each step under the step its
 * chapter walks, or makes it a root.
 */
public final class StepCaptionBlocks {

    /** A word, and a run of non-word characters (compiled once). */
    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final Pattern NON_WORDS = Pattern.compile("\\W+");

    /** Numbered captions a run has at least. */
    private static final int MIN_CAPTIONS = 2;
    /** Step lines a run has at least. */
    private static final int MIN_STEPS = 2;
    /** Step lines under one caption at most. */
    private static final int MAX_STEPS = 3;
    /** Characters a line of a run has at most. */
    private static final int MAX_LINE = 240;

    /** {@code #####… 2 title}: a rule of five {@code #}s or more, then perhaps a number and a title. */
    private static final Pattern RULE = Pattern.compile("#{5,}(?:\\s*(\\d{1,3})\\.?(?:\\s+(\\S.*?))?)?\\s*#*");
    /** {@code # 1.2 words}: a dotted number of two parts or more after one to four {@code #}s. */
    private static final Pattern CAPTION = Pattern.compile("#{1,4}\\s*(\\d{1,3}(?:\\.\\d{1,3})+)\\.?\\s+(?=.*\\p{L})\\S.*");
    /** A name a link is called by: an identifier, through members perhaps ({@code ops->probe}, {@code drv.init}). */
    private static final Pattern NAME = Pattern.compile(NameShapes.MEMBER_NAME);
    /** {@code ret = } before a call. */
    private static final Pattern RESULT = Pattern.compile(NameShapes.MEMBER_NAME + "\\s*=\\s*(?![=>])");

    /** What a line of a run is. */
    enum Line { RULE, CAPTION, COMMENT, STEP, JOINED, OTHER }

    private StepCaptionBlocks() {
    }

    /** Marks the runs among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            Line first = candidate(layout, i, false) && leadsWithHash(layout, i) ? kind(layout.lineText(i)) : Line.OTHER;
            if (first != Line.RULE && first != Line.CAPTION) {
                i++;
                continue;
            }
            Run run = run(layout, i, n - 1, false);
            if (run.trace()) {
                layout.markTrace(i, run.last(), blockId);
                layout.mark(BlockShape.STEP_CAPTIONS, blockId++);
            }
            i = run.last() + 1;
        }
        return blockId;
    }

    /**
     * Whether a fence's lines {@code first}..{@code last} are one run, from its first line that is not blank to
     * its last; if so, block {@code blockId} is marked as of its shape.
     */
    static boolean isFencedRun(NoteLayout layout, int first, int last, int blockId) {
        int from = first;
        while (from <= last && layout.blank(from)) {
            from++;
        }
        int to = last;
        while (to >= from && layout.blank(to)) {
            to--;
        }
        if (from > to || !candidate(layout, from, true) || !leadsWithHash(layout, from)) {
            return false;   // a long first line: read by no regex here; or one that is no rule or caption (the cheap test)
        }
        Line k = kind(layout.lineText(from));
        if (k != Line.RULE && k != Line.CAPTION) {
            return false;
        }
        Run run = run(layout, from, to, true);
        if (!run.trace() || run.last() != to) {
            return false;
        }
        layout.mark(BlockShape.STEP_CAPTIONS, blockId);
        return true;
    }

    /** The end of a run: its last line, and whether it shows its evidence. */
    private record Run(int last, boolean trace) { }

    /** The run from line {@code i}, a caption or rule line, to line {@code end} at most; {@code fenced}: any line's role will do. */
    private static Run run(NoteLayout layout, int i, int end, boolean fenced) {
        int column = layout.indentOf(i);
        int last = i;
        int captions = 0;
        int steps = 0;
        int under = -1;   // step lines under the current caption; -1 when no step may follow
        int joins = 0;   // step lines joined by `=>` or `&&`
        int arrows = 0;   // of them, by `=>`: 1 for two bare names, 2 for three links or a call
        boolean cName = false;
        for (int j = i; j <= end; j++) {
            if (layout.blank(j)) {
                under = -1;
                continue;
            }
            if (!candidate(layout, j, fenced) || layout.indentOf(j) < column) {
                break;
            }
            String text = layout.lineText(j);
            Line k = kind(text);
            if (k == Line.RULE || k == Line.CAPTION) {
                captions += k == Line.CAPTION ? 1 : 0;
                under = k == Line.CAPTION ? 0 : -1;
            } else if (k == Line.COMMENT) {
                continue;
            } else if ((k == Line.STEP || k == Line.JOINED) && under >= 0 && under < MAX_STEPS) {
                under++;
                steps++;
                joins += k == Line.JOINED ? 1 : 0;
                arrows = Math.max(arrows, k == Line.JOINED ? arrowChain(text) : 0);
                cName |= linkNames(text).stream().anyMatch(s -> s.indexOf('_') > 0 && !s.startsWith("_"));
            } else {
                break;
            }
            last = j;
        }
        return new Run(last, captions >= MIN_CAPTIONS && steps >= MIN_STEPS
                && (arrows > 1 || arrows == 1 && joins > 1) && cName);
    }

    /** Whether line {@code j}'s text starts with {@code #}, as a rule or caption does (read without making a string). */
    private static boolean leadsWithHash(NoteLayout layout, int j) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j), e);
        return p < e && t[p] == '#';
    }

    /** Whether line {@code j} may be a line of a run: a text line, or one indented that Markdown took for a heading; any line in a fence. */
    private static boolean candidate(NoteLayout layout, int j, boolean fenced) {
        NoteLayout.Role r = layout.role(j);
        return (fenced || r == NoteLayout.Role.TEXT || r == NoteLayout.Role.HEADING && layout.indentOf(j) > 0)
                && layout.contentEnd(j) - layout.start(j) <= MAX_LINE;
    }

    /** What line {@code text} is, read alone. */
    static Line kind(String text) {
        String s = text.strip();
        if (s.startsWith("#")) {
            if (RULE.matcher(s).matches()) {
                return Line.RULE;
            }
            if (CAPTION.matcher(s).matches()) {
                return Line.CAPTION;
            }
            return s.length() > 1 && (s.charAt(1) == ' ' || s.charAt(1) == '#') ? Line.COMMENT : Line.OTHER;
        }
        List<String> pieces = pieces(code(s), true);
        if (pieces == null || lambda(pieces(code(s), false))) {
            return Line.OTHER;
        }
        for (int k = 0; k < pieces.size(); k++) {
            String p = pieces.get(k);
            if (k == 0 && pieces.size() == 1) {
                Matcher m = RESULT.matcher(p);
                if (m.lookingAt() && p.indexOf('(') > 0) {
                    p = p.substring(m.end());   // `err = load_module(info)`: a call, its result kept
                }
            }
            if (!isLink(p)) {
                return Line.OTHER;
            }
        }
        return pieces.size() > 1 ? Line.JOINED : Line.STEP;
    }

    /**
     * The title of rule line {@code text} ({@code #####… 2 widget_load}) when it is one name of code, its
     * {@code ()} dropped; else null.
     */
    public static String ruleName(String text) {
        Matcher m = RULE.matcher(text.strip());
        if (!m.matches() || m.group(2) == null) {
            return null;
        }
        String t = m.group(2).strip();
        if (t.endsWith("()")) {
            t = t.substring(0, t.length() - 2);
        }
        return NAME.matcher(t).matches() ? t : null;
    }

    /** Whether {@code text} is a rule line ({@code #####…}, a number and a title perhaps). */
    public static boolean isRule(String text) {
        return RULE.matcher(text.strip()).matches();
    }

    /** How many parts the number of caption {@code text} has ({@code # 2.1.3 words}: 3); 0 when it is no caption. */
    public static int captionParts(String text) {
        Matcher m = CAPTION.matcher(text.strip());
        return m.matches() && !RULE.matcher(text.strip()).matches() ? m.group(1).split("\\.").length : 0;
    }

    /**
     * The names step line {@code text} calls: each link's name, and for a {@code SYSCALL_DEFINE}n's line the
     * system call it defines; empty when it is no step line.
     */
    public static List<String> linkNames(String text) {
        List<String> pieces = pieces(code(text.strip()), true);
        List<String> out = new ArrayList<>();
        if (pieces == null) {
            return out;
        }
        for (String p : pieces) {
            Matcher r = RESULT.matcher(p);
            if (pieces.size() == 1 && r.lookingAt() && p.indexOf('(') > 0) {
                p = p.substring(r.end());
            }
            Matcher m = NAME.matcher(p);
            if (!m.lookingAt()) {
                continue;
            }
            out.add(m.group());
            if (m.group().startsWith("SYSCALL_DEFINE") && m.end() < p.length() && p.charAt(m.end()) == '(') {
                Matcher a = NAME.matcher(p.substring(m.end() + 1).strip());
                if (a.lookingAt()) {
                    out.add(a.group());   // SYSCALL_DEFINE3(init_module, …) defines init_module
                }
            }
        }
        return out;
    }

    /** {@code s} without a trailing comment ({@code //} anywhere, {@code #} after blanks). */
    private static String code(String s) {
        int slash = s.indexOf("//");
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        for (int k = 1; k < s.length(); k++) {
            if (s.charAt(k) == '#' && (s.charAt(k - 1) == '\t' || k > 1 && s.charAt(k - 1) == ' ' && s.charAt(k - 2) == ' ')) {
                s = s.substring(0, k);
                break;
            }
        }
        return s.strip();
    }

    /**
     * How much step line {@code text} shows as a chain joined by {@code =>}: 2 for three links or more, or a call
     * among them ({@code a => b(x)}); 1 for two bare names ({@code a => b}, perhaps a map's pair); 0 when no
     * {@code =>} joins it ({@code &&} alone joins shell functions too).
     */
    private static int arrowChain(String text) {
        List<String> links = pieces(code(text.strip()), false);
        return links == null || links.size() < 2 ? 0 : links.size() > 2 || links.stream().anyMatch(p -> p.indexOf('(') > 0) ? 2 : 1;
    }

    /** Whether links {@code links} (cut at {@code =>}) hold an arrow function: a bare name, then a call taking it ({@code x => f(x)}). */
    private static boolean lambda(List<String> links) {
        for (int k = 0; links != null && k + 1 < links.size(); k++) {
            String x = links.get(k);
            String f = links.get(k + 1);
            int open = f.indexOf('(');
            if (WORD.matcher(x).matches() && open > 0 && java.util.Arrays.asList(NON_WORDS.split(f.substring(open + 1))).contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code s} cut at its {@code =>} (and {@code &&} when {@code ands}) outside parentheses, each piece stripped;
     * null when a piece is empty or a parenthesis is unbalanced.
     */
    private static List<String> pieces(String s, boolean ands) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return null;
                }
            } else if (depth == 0 && k + 1 < s.length() && (c == '=' && s.charAt(k + 1) == '>' || ands && c == '&' && s.charAt(k + 1) == '&')) {
                out.add(s.substring(from, k).strip());
                from = k + 2;
                k++;
            }
        }
        out.add(s.substring(from).strip());
        if (depth != 0 || out.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        return out;
    }

    /** Whether {@code p} is a link: a name, or a call of one ({@code f(a, b)}, {@code ;} after it perhaps). */
    private static boolean isLink(String p) {
        String t = p.endsWith(";") ? p.substring(0, p.length() - 1).stripTrailing() : p;
        Matcher m = NAME.matcher(t);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = t.substring(m.end());
        return rest.isEmpty() || rest.startsWith("(") && rest.endsWith(")")
                && LineScan.closeParen(rest.chars().toArray(), 0, rest.length()) == rest.length() - 1;
    }
}
