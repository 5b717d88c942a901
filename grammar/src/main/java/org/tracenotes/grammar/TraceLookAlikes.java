package org.tracenotes.grammar;

import java.util.regex.Pattern;

/**
 * Whether a run of a note's lines is a trace block: two or more arrow-led lines that are not a
 * look-alike (an ftrace or bpftrace stack dump, gdb current-instruction markers, Kconfig breadcrumbs,
 * QEMU trace lines, a chain of addresses, a timeline of two CPUs, a diagram of structures, boxes or
 * wires), or, with fewer arrows, a call tree drawn by indentation ({@link IndentedCallTree}). Part of
 * the layout pass ({@link NoteLayout}), which records what it rejects as a finding.
 */
final class TraceLookAlikes {

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

    /** The words a condition starts with, whose branches hang from under it ({@link #opensBranches}). */
    private static final String[] BRANCHING_WORDS = {"if", "while", "for", "switch"};

    private TraceLookAlikes() {
    }

    /**
     * Two or more arrow-led lines make a trace block, unless the lines are a look-alike (ftrace or
     * bpftrace stack dump, gdb current-instruction markers, Kconfig breadcrumbs, QEMU trace lines).
     * Every pattern is tried only on the lines a scan finds it could match ({@link LineScan}). With fewer
     * arrow lines, a fence whose info string lets its content decide ({@code byIndent}) is a trace when
     * it is a call tree drawn by indentation ({@link IndentedCallTree}).
     */
    static boolean isTraceBlock(NoteLayout layout, int first, int last, boolean byIndent) {
        int[] text = layout.codePoints();
        int arrowLines = 0;
        for (int j = first; j <= last && arrowLines < 2; j++) {
            arrowLines += layout.arrowEnd(j) >= 0 ? 1 : 0;
        }
        if (arrowLines < 2) {
            return byIndent && IndentedCallTree.isCallTree(text, layout, first, last);
        }
        // per arrow line: [payload from, payload to, text from, text to] (code points, stripped), and its indent
        int[] spans = new int[4 * (last - first + 1)];
        int[] indents = new int[last - first + 1];
        int arrows = 0;
        boolean header = false;
        int boxLines = 0;
        int nonBlank = 0;
        boolean timeline = false;
        int typeRoots = 0;   // arrowless lines naming a bare type (`struct mpam_class`): the diagram's roots
        int barLines = 0;
        int hanging = 0;
        int boxedSteps = 0;   // arrows to a boxed name (`|--> | f | note`): a call tree drawn with boxes
        boolean seenCode = false;
        int arrowEdges = 0;   // arrows drawn right on a box edge (`├→ docs`): a box-drawn tree's edges, not step arrows
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            timeline |= LineScan.mayBeTwoColumns(text, s, e) && TWO_COLUMNS.matcher(layout.lineText(j)).lookingAt();
            boolean blank = layout.blank(j);
            int a = blank ? -1 : layout.arrowEnd(j);
            if (!blank && !LineScan.fenceLine(text, s, e) && (!seenCode || a < 0)) {
                int p = LineScan.stripStart(text, s, e);
                typeRoots += (!seenCode || LineScan.mayBeTypeNode(text, p, e))
                        && TYPE_NODE.matcher(layout.lineText(j).strip()).matches() ? 1 : 0;
                seenCode = true;
            }
            if (LineScan.barLeads(text, s, e)) {
                barLines++;
                hanging += hangsInsideText(layout, first, j) ? 1 : 0;
            }
            if (!blank) {
                nonBlank++;
                boolean edge = LineScan.mayDrawBoxEdge(text, s, e);
                boolean walls = !edge && LineScan.count(text, s, e, '|') >= 2;
                if ((edge || walls) && LineScan.utf16Length(text, s, e) <= NoteLayout.MAX_LEXED_LINE) {
                    String line = layout.lineText(j);   // copied only past the cheap tests
                    int from = pastLeadingArm(line);   // `|---->f()`: a tree's arm leads the step, no box's edge
                    boolean box = edge && BOX_EDGE.matcher(line).region(from, line.length()).find()
                            || LineScan.count(text, s, e, '|') >= 2 && BOX_WALL.matcher(line).region(from, line.length()).find();
                    boxLines += box ? 1 : 0;
                }
            }
            if (a >= 0) {
                int p = LineScan.stripStart(text, s + layout.leadingStructure(j), e);
                spans[4 * arrows] = p;
                spans[4 * arrows + 1] = LineScan.stripEnd(text, p, e);
                int t = LineScan.stripStart(text, s + a, e);
                spans[4 * arrows + 2] = t;
                spans[4 * arrows + 3] = LineScan.stripEnd(text, t, e);
                boxedSteps += BoxedCallTree.boxedStep(text, t, e) ? 1 : 0;
                indents[arrows] = layout.indentOf(j);
                arrows++;
                arrowEdges += BoxDrawnTree.arrowEdgeLed(text, s, e) ? 1 : 0;
            }
            header |= LineScan.mayBeKconfigHeader(text, s, e) && KCONFIG_HEADER.matcher(layout.lineText(j)).lookingAt();
        }
        if (arrows < 2) {
            return false;
        }
        String why = null;
        if (countPayloads(text, spans, arrows, 0, Look.GDB_PC) * 2 > arrows) {
            why = "gdb current-instruction markers (`=> 0x…`)";
        } else if (countPayloads(text, spans, arrows, 0, Look.FTRACE_FRAME) == arrows
                && allSame(indents, arrows)
                && (countPayloads(text, spans, arrows, 0, Look.HAS_OFFSET) > 0 || stackWords(layout, first, last))) {
            why = "an ftrace/bpftrace stack dump (flat `=> func+0x…` frames)";
        } else if (header || countPayloads(text, spans, arrows, 0, Look.KCONFIG_CRUMB) == arrows
                && countPayloads(text, spans, arrows, 0, Look.KCONFIG_SETTING) > 0) {
            why = "Kconfig menu breadcrumbs (`-> Device Drivers`)";
        } else if (countPayloads(text, spans, arrows, 0, Look.QEMU_TRACE) == arrows) {
            why = "QEMU trace-event lines (`->:event`)";
        } else if (countPayloads(text, spans, arrows, 2, Look.HEX_CHAIN) * 2 > arrows) {
            why = "a chain of addresses (`-> 0xffff…`)";
        } else if (timeline) {
            why = "a timeline of two CPUs side by side";
        } else if ((countPayloads(text, spans, arrows, 2, Look.TYPE_NODE) + typeRoots) * 2 > arrows + 1
                || typeRoots >= 2 && typeRoots * 2 >= arrows) {
            why = "a diagram of which structure holds which (`+-> struct …`)";
        } else if (hanging >= 2 && hanging * 2 >= barLines) {
            why = "a diagram whose branches hang from inside a line's text (`|-->` under an argument), not from a step";
        } else if (boxLines >= 3 && boxLines * 4 >= nonBlank && boxedSteps < 2) {
            why = "an ASCII diagram (" + boxLines + " of " + nonBlank + " lines draw boxes or wires)";
        } else if (arrowEdges == arrows && !BoxDrawnTree.isCallTree(layout, first, last)) {
            why = "a tree drawn with box edges (`├→ docs`) whose nodes are no calls: a listing, as it is drawn `├──`";
        }
        if (why != null) {
            layout.findings().add(new LayoutFinding(LayoutFinding.Kind.NOT_A_TRACE, first + 1, 1,
                    "lines " + (first + 1) + "-" + (last + 1) + " look like " + why
                            + ", not a trace; read as plain text"));
            return false;
        }
        return true;
    }

    /**
     * Where the text after a tree's arm that leads line {@code s} starts ({@code f()} of
     * {@code   |---->f()}, {@code x = 1} of {@code |----x = 1}: a bar, three or more dashes, maybe a
     * {@code >}, then the step's text at once), else 0: a box's edge ({@code |-----|}, {@code |--- +})
     * has a blank or another wire after its dashes, or ends in a wall.
     */
    private static int pastLeadingArm(String s) {
        int p = 0;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        if (p >= s.length() || s.charAt(p) != '|') {
            return 0;
        }
        int q = p + 1;
        while (q < s.length() && s.charAt(q) == '-') {
            q++;
        }
        if (q - p - 1 < 3) {
            return 0;
        }
        boolean head = q < s.length() && s.charAt(q) == '>';
        if (head) {
            q++;
        }
        if (q >= s.length()) {
            return 0;
        }
        char c = s.charAt(q);
        char last = s.charAt(s.stripTrailing().length() - 1);
        if (head && (c == ' ' || c == '\t') && last != '|' && last != '+') {
            int name = q;
            while (name < s.length() && (s.charAt(name) == ' ' || s.charAt(name) == '\t')) {
                name++;
            }
            int k = name;
            boolean underscore = false;
            while (k < s.length() && (s.charAt(k) < 128 && Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')) {
                underscore |= s.charAt(k) == '_' && k > name;
                k++;
            }
            if (k > name && !Character.isDigit(s.charAt(name)) && (underscore || k < s.length() && s.charAt(k) == '(')) {
                return name;   // `|---> f()`: an arm with its head, a blank, then a call, no box's edge; `|---> step one` is no arm
            }
        }
        return c == ' ' || c == '\t' || c == '|' || c == '+' || c == '-' || c == '<' || c == '>'
                || last == '|' || last == '+' ? 0 : q;   // `|---name---|`: a box's top with its title
    }

    /** What an arrow line's payload (after its margin) or text (after its arrow) is checked for. */
    private enum Look { GDB_PC, FTRACE_FRAME, HAS_OFFSET, KCONFIG_CRUMB, KCONFIG_SETTING, QEMU_TRACE, HEX_CHAIN, TYPE_NODE }

    /**
     * How many of the {@code arrows} payloads ({@code which} 0) or texts ({@code which} 2) in
     * {@code spans} look like {@code look}; a count below {@code arrows} is only exact up to the first
     * miss of {@link Look#FTRACE_FRAME}, {@link Look#KCONFIG_CRUMB} and {@link Look#QEMU_TRACE}, which
     * are asked whether all do.
     */
    private static int countPayloads(int[] text, int[] spans, int arrows, int which, Look look) {
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

    /**
     * Whether a line of {@code first}..{@code last} names a stack trace ({@code Call Trace}, {@code <stack>}):
     * asked only of lines that are all ftrace frames, the one case it decides.
     */
    private static boolean stackWords(NoteLayout layout, int first, int last) {
        for (int j = first; j <= last; j++) {
            if (LineScan.stackWords(layout.codePoints(), layout.start(j), layout.contentEnd(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allSame(int[] values, int n) {
        for (int k = 1; k < n; k++) {
            if (values[k] != values[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the {@code |} leading line {@code j} hangs from inside the text of the nearest line above
     * that starts left of it: more than three columns past where that line's text starts and before its
     * end (under an argument or the middle of a name). A call tree's connectors stand under an arrow or
     * the start of a step's text; a diagram of what points to what draws them from inside a line.
     */
    private static boolean hangsInsideText(NoteLayout layout, int first, int j) {
        String s = layout.lineText(j);
        int bar = s.indexOf('|');
        if (s.substring(0, bar).indexOf('\t') >= 0) {
            return false;
        }
        for (int k = j - 1; k >= first; k--) {
            String above = layout.lineText(k);
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
                    && bar < above.stripTrailing().length() && above.charAt(bar) != '|'
                    && !CentredStems.underCallersName(above, textStart, bar)
                    && !opensBranches(above, textStart);
        }
        return false;
    }

    /**
     * Whether the text at {@code from} is a condition, whose branches an author draws hanging from under
     * it, anywhere along it ({@code +- if !next->mm} over {@code |yes}): {@code if}, {@code while},
     * {@code for} or {@code switch} and a blank or a {@code (}.
     */
    private static boolean opensBranches(String above, int from) {
        for (String word : BRANCHING_WORDS) {
            int end = from + word.length();
            if (above.startsWith(word, from) && end < above.length()
                    && (above.charAt(end) == ' ' || above.charAt(end) == '(')) {
                return true;
            }
        }
        return false;
    }
}
