package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Markdown layer of a note, decided line by line before any token is lexed: front matter,
 * headings, prose, fences, and which fenced or unfenced runs of lines are trace blocks. A trace block
 * is found by content (two or more lines led by an arrow), never by a fence's info string.
 *
 * <p>Positions are code-point indices, the unit of ANTLR's {@code CharStream}.
 */
final class NoteLayout {

    enum Role { FRONT_MATTER, HEADING, TEXT, BLANK, FENCE_OPEN, FENCE_CLOSE, CODE, TRACE }

    /** A payload that is a bare type: {@code struct iommu_param}, {@code struct iopf_queue *}. */
    static final Pattern TYPE_NODE = Pattern.compile("^(?:struct|union|enum)\\s+\\w+\\s*\\**\\s*$");
    /** A payload led by an address, or addresses joined by arrows. */
    private static final Pattern HEX_CHAIN = Pattern.compile("^0x[0-9a-fA-F]{4,}\\b(?!:)");
    /** Two column headings on one line: {@code CPU0 ... CPU1}, {@code CPU 1: ... CPU 2:}. */
    static final Pattern TWO_COLUMNS =
            Pattern.compile("(?i)^\\s*(?:[-=+|\\\\]*>\\s*)?(?:cpu|thread|task)\\s*[0-9A-Z]\\b:?\\s{6,}"
                    + "(?:[-=+|\\\\]*>\\s*)?(?:cpu|thread|task)\\s*[0-9A-Z]\\b:?\\s*$");   // `-> CPU0      -> CPU1` too
    private static final Pattern FTRACE_FRAME =
            Pattern.compile("^=>\\s*[A-Za-z_][\\w.]*(?:\\+0x[0-9a-fA-F]+/0x[0-9a-fA-F]+)?\\s*(?:\\[[^\\]]*\\])?\\s*$");
    private static final Pattern KCONFIG_CRUMB = Pattern.compile("^->\\s*[A-Z][^_=;{}]*$");
    static final Pattern KCONFIG_HEADER =
            Pattern.compile("^\\s*(?:Location|Symbol|Prompt|Depends on|Selected by)\\s*:");
    private static final Pattern KCONFIG_MENU = Pattern.compile(
            "^->\\s*(?:Device Drivers|General setup|Networking support|File systems|Kernel hacking"
                    + "|Processor type and features|Security options|Cryptographic API|Memory Management options"
                    + "|Power management|Virtualization|Library routines)\\b");
    /** Box edges ({@code +----+}), lines into a box ({@code ---->|}), box walls ({@code | uart |}). */
    static final Pattern BOX_EDGE =
            Pattern.compile("\\+-{3,}+\\+|\\+-{3,}+(?!>)|-{3,}+\\+|-++>\\s*+\\||\\|\\s*+-{3,}|<-{3,}+\\+");
    private static final Pattern BOX_WALL = Pattern.compile("\\S\\s*(?<!\\|)\\|(?!\\|)\\s+\\S.*(?<!\\|)\\|(?!\\|)");

    /** Trace-block lines longer than this are not lexed; they become a prose step. */
    static final int MAX_LEXED_LINE = 16_384;

    private final int[] text;
    private final String chars;
    private int lineCount;
    private int[] starts;
    private int[] contentEnds;
    private int[] ends;
    private String[] lineTexts;
    private Role[] roles;
    private int[] blockOf;
    private final List<LayoutFinding> findings = new ArrayList<>();
    /** The one window over {@link #text} the scanners read a line through; see {@link #window}. */
    private final CodePointWindow window;

    NoteLayout(int[] text, boolean wholeTrace) {
        this(text, null, wholeTrace);
    }

    /**
     * The layout of the note whose code points are {@code text}; {@code chars} is the same note as a
     * {@code String} when its chars are its code points (no surrogate pair), else null: a line's text is
     * then a substring of it rather than a {@code String} made from code points.
     */
    NoteLayout(int[] text, String chars, boolean wholeTrace) {
        this.text = text;
        this.chars = chars != null && chars.length() == text.length ? chars : null;
        this.window = new CodePointWindow(text);
        // room for lines of 32 characters on average, so that most notes' arrays are made once
        int room = Math.max(64, text.length / 32 + 16);
        starts = new int[room];
        contentEnds = new int[room];
        ends = new int[room];
        splitLines();
        roles = new Role[lineCount()];
        blockOf = new int[lineCount()];
        java.util.Arrays.fill(blockOf, -1);
        if (wholeTrace) {
            for (int i = 0; i < lineCount(); i++) {
                roles[i] = Role.TRACE;
                blockOf[i] = 0;
            }
        } else {
            classify();
        }
    }

    int lineCount() { return lineCount; }
    /** The note's code points, which {@link #start} and {@link #contentEnd} index. */
    int[] codePoints() { return text; }
    int start(int line) { return starts[line]; }
    int contentEnd(int line) { return contentEnds[line]; }
    int end(int line) { return ends[line]; }
    Role role(int line) { return roles[line]; }
    int block(int line) { return blockOf[line]; }
    List<LayoutFinding> findings() { return findings; }

    String lineText(int line) {
        if (lineTexts == null) {
            lineTexts = new String[lineCount()];
        }
        String t = lineTexts[line];
        if (t == null) {
            t = chars != null ? chars.substring(start(line), contentEnd(line))
                    : new String(text, start(line), contentEnd(line) - start(line));
            lineTexts[line] = t;
        }
        return t;
    }

    private void splitLines() {
        int s = 0;
        if (chars != null) {   // the same indices; String.indexOf scans many chars at a time
            for (int i = chars.indexOf('\n'); i >= 0; i = chars.indexOf('\n', i + 1)) {
                addLine(s, i > s && text[i - 1] == '\r' ? i - 1 : i, i + 1);
                s = i + 1;
            }
        }
        for (int i = s; i < text.length; i++) {
            if (text[i] == '\n') {
                addLine(s, i > s && text[i - 1] == '\r' ? i - 1 : i, i + 1);
                s = i + 1;
            }
        }
        if (s < text.length) {
            addLine(s, text[text.length - 1] == '\r' ? text.length - 1 : text.length, text.length);
        }
    }

    private void addLine(int start, int contentEnd, int end) {
        if (lineCount == starts.length) {
            starts = java.util.Arrays.copyOf(starts, lineCount * 2);
            contentEnds = java.util.Arrays.copyOf(contentEnds, lineCount * 2);
            ends = java.util.Arrays.copyOf(ends, lineCount * 2);
        }
        starts[lineCount] = start;
        contentEnds[lineCount] = contentEnd;
        ends[lineCount] = end;
        lineCount++;
    }

    private void classify() {
        int n = lineCount();
        int first = frontMatter();
        int blockId = 0;
        int i = first;
        while (i < n) {
            int fence = LineScan.fenceOpen(text, start(i), contentEnd(i));
            if (fence > 0) {
                int indent = LineScan.blanks(text, start(i), contentEnd(i));
                int close = findFenceClose(i, text[start(i) + indent], fence);
                int last = close < 0 ? n - 1 : close - 1;
                if (close < 0) {
                    findings.add(new LayoutFinding(LayoutFinding.Kind.UNTERMINATED_FENCE, i + 1, indent + 1,
                            "code fence is never closed; it runs to the end of the note"));
                }
                roles[i] = Role.FENCE_OPEN;
                boolean trace = isTraceBlock(i + 1, last,
                        IndentedCallTree.infoAllows(text, start(i) + indent + fence, contentEnd(i)));
                for (int j = i + 1; j <= last; j++) {
                    roles[j] = trace ? Role.TRACE : Role.CODE;
                    blockOf[j] = trace ? blockId : -1;
                }
                if (trace) {
                    blockId++;
                }
                if (close >= 0) {
                    roles[close] = Role.FENCE_CLOSE;
                }
                i = (close < 0 ? n : close + 1);
                continue;
            }
            if (blank(i)) {
                roles[i] = Role.BLANK;
            } else if (LineScan.heading(text, start(i), contentEnd(i))) {
                roles[i] = Role.HEADING;
            } else {
                roles[i] = Role.TEXT;
            }
            i++;
        }
        unfencedRuns(blockId);
    }

    /** YAML front matter: {@code ---} on the first line, closed by {@code ---} or {@code ...}. */
    private int frontMatter() {
        if (lineCount() == 0 || !strippedIs(0, '-')) {
            return 0;
        }
        for (int i = 1; i < lineCount(); i++) {
            if (strippedIs(i, '-') || strippedIs(i, '.')) {
                for (int j = 0; j <= i; j++) {
                    roles[j] = Role.FRONT_MATTER;
                }
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether line {@code i}, stripped, is three {@code c}. */
    private boolean strippedIs(int i, char c) {
        int from = LineScan.stripStart(text, start(i), contentEnd(i));
        int to = LineScan.stripEnd(text, from, contentEnd(i));
        return to - from == 3 && text[from] == c && text[from + 1] == c && text[from + 2] == c;
    }

    private int findFenceClose(int open, int c, int markerLength) {
        for (int j = open + 1; j < lineCount(); j++) {
            int from = LineScan.stripStart(text, start(j), contentEnd(j));
            int to = LineScan.stripEnd(text, from, contentEnd(j));
            if (to - from >= markerLength && LineScan.allAre(text, from, to, c)) {
                return j;
            }
        }
        return -1;
    }

    /** Runs of arrow lines outside fences: the line just above (a root) and children belong to it. */
    private void unfencedRuns(int blockId) {
        int n = lineCount();
        int i = 0;
        while (i < n) {
            if (roles[i] != Role.TEXT || arrowEnd(i) < 0) {
                i++;
                continue;
            }
            int first = i;
            if (i > 0 && roles[i - 1] == Role.TEXT && arrowEnd(i - 1) < 0
                    && indentOf(i - 1) <= indentOf(i)
                    && LineScan.utf16Length(text, start(i - 1), contentEnd(i - 1)) <= 160) {
                first = i - 1;
                if (first > 0 && LineScan.isElision(text, start(first), contentEnd(first)) && roles[first - 1] == Role.TEXT && arrowEnd(first - 1) < 0
                        && indentOf(first - 1) <= indentOf(first)
                        && LineScan.utf16Length(text, start(first - 1), contentEnd(first - 1)) <= 160) {
                    first--;   // `pci_scan(bus)` / `    ...` / `    --> scan_one()`: an elision is no root, the line above it is
                }
            }
            int last = i;
            int base = indentOf(first);
            for (int j = i + 1; j < n && (roles[j] == Role.TEXT || roles[j] == Role.BLANK); j++) {
                if (roles[j] == Role.BLANK) {
                    continue;
                }
                int rest = LineScan.stripStart(text, start(j), contentEnd(j));
                int end = contentEnd(j);
                // arrows, lines deeper than the run's first line, comments, and a new root directly
                // above more arrows continue the run; prose back at the margin ends it
                boolean continues = arrowEnd(j) >= 0 || indentOf(j) > base || LineScan.startsWith(text, rest, end, "|")
                        || LineScan.startsWith(text, rest, end, "/*") || LineScan.startsWith(text, rest, end, "*")
                        || LineScan.startsWith(text, rest, end, "//")
                        || (j + 1 < n && roles[j + 1] == Role.TEXT && arrowEnd(j + 1) >= 0);
                if (!continues) {
                    break;
                }
                last = j;
            }
            if (isTraceBlock(first, last, false)) {
                markTrace(first, last, blockId++);
            }
            i = last + 1;
        }
        IndentedCallTree.unfencedTrees(text, this, blockId);
    }

    /** Makes lines {@code first}..{@code last} trace block {@code blockId}. */
    void markTrace(int first, int last, int blockId) {
        for (int j = first; j <= last; j++) {
            roles[j] = Role.TRACE;
            blockOf[j] = blockId;
        }
    }

    /**
     * Two or more arrow-led lines make a trace block, unless the lines are a look-alike (ftrace or
     * bpftrace stack dump, gdb current-instruction markers, Kconfig breadcrumbs, QEMU trace lines).
     * Every pattern is tried only on the lines a scan finds it could match ({@link LineScan}). With fewer
     * arrow lines, a fence whose info string lets its content decide ({@code byIndent}) is a trace when
     * it is a call tree drawn by indentation ({@link IndentedCallTree}).
     */
    private boolean isTraceBlock(int first, int last, boolean byIndent) {
        int arrowLines = 0;
        for (int j = first; j <= last && arrowLines < 2; j++) {
            arrowLines += arrowEnd(j) >= 0 ? 1 : 0;
        }
        if (arrowLines < 2) {
            return byIndent && IndentedCallTree.isCallTree(text, this, first, last);
        }
        // per arrow line: [payload from, payload to, text from, text to] (code points, stripped), and its indent
        int[] spans = new int[4 * (last - first + 1)];
        int[] indents = new int[last - first + 1];
        int arrows = 0;
        boolean header = false;
        boolean stackWords = false;
        int boxLines = 0;
        int nonBlank = 0;
        boolean timeline = false;
        int typeRoots = 0;   // arrowless lines naming a bare type (`struct mpam_class`): the diagram's roots
        int barLines = 0;
        int hanging = 0;
        int boxedSteps = 0;   // arrows to a boxed name (`|--> | f | note`): a call tree drawn with boxes
        boolean seenCode = false;
        for (int j = first; j <= last; j++) {
            int s = start(j);
            int e = contentEnd(j);
            timeline |= LineScan.mayBeTwoColumns(text, s, e) && TWO_COLUMNS.matcher(lineText(j)).lookingAt();
            boolean blank = blank(j);
            int a = blank ? -1 : arrowEnd(j);
            if (!blank && !LineScan.fenceLine(text, s, e) && (!seenCode || a < 0)) {
                int p = LineScan.stripStart(text, s, e);
                typeRoots += (!seenCode || LineScan.mayBeTypeNode(text, p, e))
                        && TYPE_NODE.matcher(lineText(j).strip()).matches() ? 1 : 0;
                seenCode = true;
            }
            if (LineScan.barLeads(text, s, e)) {
                barLines++;
                hanging += hangsInsideText(first, j) ? 1 : 0;
            }
            if (!blank) {
                nonBlank++;
                boolean box = LineScan.utf16Length(text, s, e) <= MAX_LEXED_LINE
                        && (LineScan.mayDrawBoxEdge(text, s, e) && BOX_EDGE.matcher(lineText(j)).find()
                            || LineScan.count(text, s, e, '|') >= 2 && BOX_WALL.matcher(lineText(j)).find());
                boxLines += box ? 1 : 0;
            }
            if (a >= 0) {
                int p = LineScan.stripStart(text, s + leadingStructure(j), e);
                spans[4 * arrows] = p;
                spans[4 * arrows + 1] = LineScan.stripEnd(text, p, e);
                int t = LineScan.stripStart(text, s + a, e);
                spans[4 * arrows + 2] = t;
                spans[4 * arrows + 3] = LineScan.stripEnd(text, t, e);
                boxedSteps += BoxedCallTree.boxedStep(text, t, e) ? 1 : 0;
                indents[arrows] = indentOf(j);
                arrows++;
            }
            header |= LineScan.mayBeKconfigHeader(text, s, e) && KCONFIG_HEADER.matcher(lineText(j)).lookingAt();
            stackWords = stackWords || LineScan.stackWords(text, s, e);
        }
        if (arrows < 2) {
            return false;
        }
        String why = null;
        if (countPayloads(spans, arrows, 0, Look.GDB_PC) * 2 > arrows) {
            why = "gdb current-instruction markers (`=> 0x…`)";
        } else if (countPayloads(spans, arrows, 0, Look.FTRACE_FRAME) == arrows
                && allSame(indents, arrows)
                && (stackWords || countPayloads(spans, arrows, 0, Look.HAS_OFFSET) > 0)) {
            why = "an ftrace/bpftrace stack dump (flat `=> func+0x…` frames)";
        } else if (header || countPayloads(spans, arrows, 0, Look.KCONFIG_CRUMB) == arrows
                && countPayloads(spans, arrows, 0, Look.KCONFIG_SETTING) > 0) {
            why = "Kconfig menu breadcrumbs (`-> Device Drivers`)";
        } else if (countPayloads(spans, arrows, 0, Look.QEMU_TRACE) == arrows) {
            why = "QEMU trace-event lines (`->:event`)";
        } else if (countPayloads(spans, arrows, 2, Look.HEX_CHAIN) * 2 > arrows) {
            why = "a chain of addresses (`-> 0xffff…`)";
        } else if (timeline) {
            why = "a timeline of two CPUs side by side";
        } else if ((countPayloads(spans, arrows, 2, Look.TYPE_NODE) + typeRoots) * 2 > arrows + 1
                || typeRoots >= 2 && typeRoots * 2 >= arrows) {
            why = "a diagram of which structure holds which (`+-> struct …`)";
        } else if (hanging >= 2 && hanging * 2 >= barLines) {
            why = "a diagram whose branches hang from inside a line's text (`|-->` under an argument), not from a step";
        } else if (boxLines >= 3 && boxLines * 4 >= nonBlank && boxedSteps < 2) {
            why = "an ASCII diagram (" + boxLines + " of " + nonBlank + " lines draw boxes or wires)";
        }
        if (why != null) {
            findings.add(new LayoutFinding(LayoutFinding.Kind.NOT_A_TRACE, first + 1, 1,
                    "lines " + (first + 1) + "-" + (last + 1) + " look like " + why
                            + ", not a trace; read as plain text"));
            return false;
        }
        return true;
    }

    /** What an arrow line's payload (after its margin) or text (after its arrow) is checked for. */
    private enum Look { GDB_PC, FTRACE_FRAME, HAS_OFFSET, KCONFIG_CRUMB, KCONFIG_SETTING, QEMU_TRACE, HEX_CHAIN, TYPE_NODE }

    /**
     * How many of the {@code arrows} payloads ({@code which} 0) or texts ({@code which} 2) in
     * {@code spans} look like {@code look}; a count below {@code arrows} is only exact up to the first
     * miss of {@link Look#FTRACE_FRAME}, {@link Look#KCONFIG_CRUMB} and {@link Look#QEMU_TRACE}, which
     * are asked whether all do.
     */
    private int countPayloads(int[] spans, int arrows, int which, Look look) {
        int count = 0;
        for (int k = 0; k < arrows; k++) {
            int from = spans[4 * k + which];
            int to = spans[4 * k + which + 1];
            boolean yes = switch (look) {
                case GDB_PC -> LineScan.gdbPc(text, from, to);
                case FTRACE_FRAME -> LineScan.startsWith(text, from, to, "=>")
                        && FTRACE_FRAME.matcher(new String(text, from, to - from)).matches();
                case HAS_OFFSET -> LineScan.indexOf(text, from, to, "+0x") >= 0;
                case KCONFIG_CRUMB -> LineScan.startsWith(text, from, to, "->")
                        && KCONFIG_CRUMB.matcher(new String(text, from, to - from)).matches()
                        && LineScan.count(text, from, to, ' ') > 0;
                case KCONFIG_SETTING -> LineScan.indexOf(text, from, to, "[=") >= 0
                        || KCONFIG_MENU.matcher(new String(text, from, to - from)).find();
                case QEMU_TRACE -> LineScan.qemuTrace(text, from, to);
                case HEX_CHAIN -> LineScan.startsWith(text, from, to, "0x")
                        && HEX_CHAIN.matcher(new String(text, from, to - from)).find();
                case TYPE_NODE -> LineScan.mayBeTypeNode(text, from, to)
                        && TYPE_NODE.matcher(new String(text, from, to - from)).matches();
            };
            if (yes) {
                count++;
            } else if (look == Look.FTRACE_FRAME || look == Look.KCONFIG_CRUMB || look == Look.QEMU_TRACE) {
                return count;
            }
        }
        return count;
    }

    private static boolean allSame(int[] values, int n) {
        for (int k = 1; k < n; k++) {
            if (values[k] != values[0]) {
                return false;
            }
        }
        return true;
    }

    private CodePointWindow window(int line) {
        return window.over(start(line), contentEnd(line));
    }

    private boolean blank(int line) {
        return LineScan.stripStart(text, start(line), contentEnd(line)) == contentEnd(line);
    }

    /** {@link LineMargin#arrowEnd(String)} of line {@code line}, in code points from its start. */
    private int arrowEnd(int line) {
        CodePointWindow w = window(line);
        return LineMargin.arrowEnd(w, 0, w.length());
    }

    private int leadingStructure(int line) {
        CodePointWindow w = window(line);
        return LineMargin.leadingStructure(w, 0, w.length());
    }

    private int indentOf(int line) {
        return LineMargin.indentOf(window(line));
    }

    /**
     * Whether the {@code |} leading line {@code j} hangs from inside the text of the nearest line above
     * that starts left of it: more than three columns past where that line's text starts and before its
     * end (under an argument or the middle of a name). A call tree's connectors stand under an arrow or
     * the start of a step's text; a diagram of what points to what draws them from inside a line.
     */
    private boolean hangsInsideText(int first, int j) {
        String s = lineText(j);
        int bar = s.indexOf('|');
        if (s.substring(0, bar).indexOf('\t') >= 0) {
            return false;
        }
        for (int k = j - 1; k >= first; k--) {
            String above = lineText(k);
            if (above.isBlank()) {
                continue;
            }
            int lead = above.length() - above.stripLeading().length();
            if (lead >= bar) {
                continue;
            }
            int textStart = lead;   // past the indentation and any arrow or connector (`|=>`, `\->`, `+--`)
            while (textStart < above.length() && " \t|\\+-=>".indexOf(above.charAt(textStart)) >= 0) {
                textStart++;
            }
            return above.substring(0, textStart).indexOf('\t') < 0 && bar > textStart + 3
                    && bar < above.stripTrailing().length() && above.charAt(bar) != '|';
        }
        return false;
    }
}
