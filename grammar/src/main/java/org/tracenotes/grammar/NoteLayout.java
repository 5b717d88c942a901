package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;

/**
 * The Markdown layer of a note, decided line by line before any token is lexed: front matter,
 * headings, prose, fences, and which fenced or unfenced runs of lines are trace blocks. A trace block
 * is found by content (two or more lines led by an arrow), never by a fence's info string; the blocks outside
 * fences are found by {@link UnfencedBlocks}.
 *
 * <p>Positions are code-point indices, the unit of ANTLR's {@code CharStream}.
 */
final class NoteLayout {

    enum Role { FRONT_MATTER, HEADING, TEXT, BLANK, FENCE_OPEN, FENCE_CLOSE, CODE, TRACE }

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
    private LineMargins margins;
    /** For each shape of trace block found so far, the ids of the blocks of that shape. */
    private final EnumMap<BlockShape, BitSet> shapes = new EnumMap<>(BlockShape.class);
    private final List<LayoutFinding> findings = new ArrayList<>();
    /** The one window over {@link #text} the scanners read a line through; see {@link #window}. */
    private final CodePointWindow window;
    private final LineMemo memo = new LineMemo(this);

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

    /** The first line of the paragraph holding text line {@code line}: the run of text lines around it. */
    int paragraphStart(int line) {
        int first = line;
        while (first > 0 && roles[first - 1] == Role.TEXT) {
            first--;
        }
        return first;
    }

    /** The last line of the paragraph holding text line {@code line} ({@link #paragraphStart}). */
    int paragraphEnd(int line) {
        int last = line;
        while (last + 1 < lineCount && roles[last + 1] == Role.TEXT) {
            last++;
        }
        return last;
    }

    /** Records trace block {@code blockId} as a block of shape {@code shape}. */
    void mark(BlockShape shape, int blockId) {
        shapes.computeIfAbsent(shape, k -> new BitSet()).set(blockId);
    }
    /** Whether line {@code line} belongs to a trace block of shape {@code shape}. */
    boolean has(BlockShape shape, int line) {
        BitSet blocks = shapes.get(shape);
        return blocks != null && line >= 0 && line < lineCount && blockOf[line] >= 0 && blocks.get(blockOf[line]);
    }
    List<LayoutFinding> findings() { return findings; }
    LineMemo memo() { return memo; }

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
            int pre = fence > 0 ? -1 : HtmlPreBlocks.close(this, i);   // `<pre>` … `</pre>`: a block like a fence, kept only as a trace
            int liquid = fence > 0 || pre > 0 ? -1 : LiquidCodeBlocks.close(this, i);   // `{% highlight c %}` … `{% endhighlight %}`
            if (fence > 0 || pre > 0 || liquid > 0) {
                int indent = LineScan.blanks(text, start(i), contentEnd(i));
                int close = pre > 0 ? pre : liquid > 0 ? liquid : findFenceClose(i, text[start(i) + indent], fence);
                int last = close < 0 ? n - 1 : close - 1;
                if (close < 0) {
                    findings.add(new LayoutFinding(LayoutFinding.Kind.UNTERMINATED_FENCE, i + 1, indent + 1,
                            "code fence is never closed; it runs to the end of the note"));
                }
                roles[i] = Role.FENCE_OPEN;
                boolean contentDecides = FenceLanguages.infoAllows(text, FenceLines.infoStart(text, start(i), contentEnd(i)), contentEnd(i));
                RepeatedMarkers.learn(this, i + 1, last);   // markers the author repeats: their arrows or connectors
                if (contentDecides) {
                    DashRunDepths.learn(this, i + 1, last);   // `-f()` over `--g()`: runs of dashes drawing the depth, not SQL's `--` comments
                }
                boolean chain = VerticalChains.isFencedChain(this, i, last);   // names joined by `|` `v` lines, whatever the info string
                boolean stack = !chain && (CopiedCallStacks.isFencedStack(this, i + 1, last)   // `f(int a) (src/x.c:12)` frames, innermost first
                        || PrunedBacktraces.isFencedBacktrace(this, i + 1, last)   // `#0 f` over `#1 g`: a backtrace pruned to names
                        || PastedStacks.isFencedStack(this, i + 1, last));   // `f+0x1c/0x40`, ` => f`, `-000|f()` frames, innermost first
                boolean dashed = !chain && !stack && contentDecides && DashedNameTrees.markTree(this, i, last, blockId);   // `-- f` over `  -- g`
                boolean plain = chain || stack || dashed || isTraceBlock(i + 1, last, contentDecides)
                        || LocatedFrames.isFencedStack(this, i + 1, last);   // a caption over `f(int a) (x.c:12)` / `g(…) at y.c:3` frames
                boolean armed = !plain && contentDecides && StemArmTrees.isTree(this, i + 1, last);   // `+--f` arms hung from `|` stems, words under them
                boolean starred = !plain && StarredComments.isFencedTrace(this, i + 1, last, contentDecides);   // `/*` ` * f()` … ` */`
                boolean handoff = contentDecides && HandoffChains.markFenced(this, i + 1, last, blockId);   // `f(next=g)` hand-offs
                boolean trace = handoff || plain || armed || starred
                        || NumberedLines.markNumberedTrace(this, i + 1, last)
                        || KeycapStages.markStages(this, i + 1, last)   // `1️⃣ f()` stages over trees of their steps
                        || BoxDrawnTree.isCallTree(this, i + 1, last)   // a box-drawn tree whatever the info string (yaml)
                        || NameTrees.isTree(this, i, last)   // C names laid out as a tree, whatever the info string (asm)
                        || MethodRefTrees.isFencedTree(this, i, last, blockId)   // `Class#method` over deeper ones (java or no info)
                        || DotCallGraphs.isCallGraph(this, i + 1, last)   // `digraph {` of `a_b -> c_d` call chains, also in a dot fence
                        || contentDecides && ForkPlusTrees.isTree(this, i + 1, last)   // `f - +` over `| - g`: callees under the fork
                        || contentDecides && CodeShapedTraces.isTrace(this, i + 1, last)   // `f() {` nesting, skeleton code
                        || contentDecides && TrimmedDefinitions.markTrace(this, i + 1, last, blockId)   // `f(x)` over `{` its body, `a --> b` over b's definition
                        || contentDecides && (DownArrowRuns.joinsSteps(this, i + 1, last, true)
                                || FlatChainRuns.isFencedChain(this, i, i + 1, last)
                                || ElidedPaths.isFencedPath(this, i, i + 1, last)
                                || OneLineChains.isFencedChain(this, i + 1, last)
                                || BulletedTrees.isTree(this, i + 1, last, blockId)   // `- f()` items nested under a root line
                                || NumberedStepBlocks.isFencedList(this, i + 1, last)   // `1. IRQ` / `2. handle_x()`: numbered steps
                                || NamedBodies.isTrace(this, i + 1, last)   // `f()` alone over its body's statements
                                || OutlinedDefinitions.isTrace(this, i + 1, last)   // `T *f(args)` without its brace over its body
                                || TrailingArrowStairs.isStaircase(this, i + 1, last)   // `step =>` over a deeper step
                                || CommentChains.isFencedTrace(this, i + 1, last)   // `// a => b => c` among the code
                                || StepCaptionBlocks.isFencedRun(this, i + 1, last, blockId)   // `# 1.2 words` over `a => b`
                                || RuledSegments.isFencedTrace(this, i + 1, last)   // a tree, then `+++` rules between copied functions
                                || DashListTrees.isTree(this, i, last, blockId)   // `f` at column 0 over `- g` / `  - h` items
                                || SignatureChains.markFenced(this, i + 1, last, blockId));   // `void A::f()` over its body, `void B::g()` it calls
                trace |= !chain && !stack && !armed && (trace || contentDecides)   // stages joined by `|` `v` lines: one flow
                        && FlowchartRuns.markFencedFlowchart(this, i + 1, last, blockId, trace);
                trace |= !trace && contentDecides && ChainColumns.markFencedColumn(this, i + 1, last, blockId);   // `a() -> b()` hops
                trace |= !trace && contentDecides && WrappedChainFences.markFenced(this, i + 1, last, blockId);   // `a() -> b() ->` wrapped, branching by column
                trace = contentDecides && (!trace || plain && !chain && !stack) && ArmFenceTrees.isTree(this, i + 1, last, blockId) || trace;   // `|----f()`, `---g()` arms on `|` stems
                trace |= !chain && !stack && contentDecides && CallerFirstStacks.markFenced(this, i, i + 1, last, blockId);   // `start_kernel()` over `f()`: caller first
                trace |= !trace && contentDecides && NameColumns.markFencedColumn(this, i, i + 1, last, blockId);   // a column of names
                if (armed) { mark(BlockShape.ARM_TREE, blockId); }
                if (!trace && pre > 0) {
                    roles[i] = Role.TEXT;   // HTML that holds no trace stays the note's text
                    i++;
                    continue;
                }
                if (trace) {
                    ListItemMarkers.markStems(this, i + 1, last);
                    CaptionLines.mark(this, i + 1, last);
                    ArrowStepBullets.mark(this, i, last, blockId);   // `   - f(x)` items under a `-> g` step
                }
                if (starred) {
                    mark(BlockShape.STARRED_COMMENT, blockId);
                }
                if (chain) {
                    VerticalChains.markConnectors(this, i + 1, last);
                    mark(BlockShape.VERTICAL_CHAIN, blockId);
                }
                if (stack) {
                    mark(BlockShape.COPIED_CALL_STACK, blockId);
                }
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
        UnfencedBlocks.mark(this, blockId);
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

    /** Makes lines {@code first}..{@code last} trace block {@code blockId}. */
    void markTrace(int first, int last, int blockId) {
        for (int j = first; j <= last; j++) {
            roles[j] = Role.TRACE;
            blockOf[j] = blockId;
        }
        ListItemMarkers.markStems(this, first, last);
    }

    /** The margins the lexer skips and the wrapped lines it joins ({@link LineMargins}). */
    LineMargins margins() {
        if (margins == null) {
            margins = new LineMargins(lineCount(), memo);
        }
        return margins;
    }

    /** Where line {@code line}'s margin ends ({@link LineMargins#end}), in code points from its start; 0 for none. */
    int marginEnd(int line) {
        return margins == null ? 0 : margins.end(line);
    }

    /** Whether lines {@code first}..{@code last} are a trace block ({@link TraceLookAlikes#isTraceBlock}). */
    private boolean isTraceBlock(int first, int last, boolean byIndent) {
        return TraceLookAlikes.isTraceBlock(this, first, last, byIndent);
    }

    private CodePointWindow window(int line) {
        return window.over(start(line), contentEnd(line));
    }

    boolean blank(int line) {
        return memo.blank(line);
    }

    /** {@link LineMargin#arrowEnd(String)} of line {@code line}, in code points from its start (found once, {@link LineMemo}). */
    int arrowEnd(int line) {
        return memo.arrowEnd(line);
    }

    /** {@link #arrowEnd}, found from the line and the margins learned so far. */
    int findArrowEnd(int line) {
        CodePointWindow w = window(line);
        int a = LineMargin.arrowEnd(w, margins == null ? 0 : margins.end(line), w.length());
        if (a < 0 && margins != null) {
            a = margins.learnedMarkerEnd(line);   // a learned arrow or drawn prefix leads a step as an arrow does ({@link RepeatedMarkers})
        }
        return a >= 0 ? a : ListItemMarkers.arrowAfterBullet(w, 0, w.length());   // `+ ->name`: a list item's arrow
    }

    int leadingStructure(int line) {
        CodePointWindow w = window(line);
        return LineMargin.leadingStructure(w, margins == null ? 0 : margins.end(line), w.length());
    }

    int indentOf(int line) {
        return LineMargin.indentOf(window(line));
    }
}
