package org.tracenotes.grammar;

import org.tracenotes.grammar.NoteLayout.Role;

/**
 * The trace blocks of a note outside its fences, found once {@link NoteLayout} has given every line its
 * Markdown role: runs each unfenced rule in turn over the layout's TEXT lines (lists of calls, chains,
 * comments, call trees drawn by indentation …), and itself reads the runs of arrow lines, with the line just
 * above a run as its root, marking them as trace blocks from the next free block id.
 */
final class UnfencedBlocks {

    private UnfencedBlocks() {
    }

    /**
     * Marks the trace blocks outside fences from {@code blockId} on: each unfenced rule, then the runs of arrow
     * lines outside fences (the line just above, a root, and children belong to a run), then the later rules.
     */
    static void mark(NoteLayout layout, int blockId) {
        int[] text = layout.codePoints();
        RepeatedMarkers.learnUnfenced(layout);
        DashRunDepths.learnUnfenced(layout);
        blockId = GoSignatureTrees.mark(layout, MethodRefTrees.mark(layout, blockId));   // `Class#method` over deeper ones at the note's top; `pkg.*T.m(x T) error` over deeper ones
        blockId = BraceChainBodies.mark(layout, NamedSwitchBodies.mark(layout, blockId));   // `a->b->{ calls }`, `name{` over its body: one paragraph a function
        blockId = CodeSpanLists.mark(layout, BoldWalkSections.mark(layout, blockId));   // `#### stage` over `**1. Class::f**` / `(1) words` / `` `code` ``
        blockId = BulletedTrees.unfencedTrees(layout, blockId);   // `f()` over `  - g()` items of code
        blockId = CallItemLists.mark(layout, AdmonitionCallLists.mark(layout, blockId));   // `:::note f 调用流程` over `- f()，gloss` items
        blockId = CallHeaderLists.mark(layout, blockId);   // `* call: f()` over `- g()` items: f's calls
        blockId = QuotedStepLists.mark(layout, blockId);   // `- f(): …` over `- > step` items: f's steps
        blockId = LocatedFrames.mark(layout, PastedStacks.mark(layout, PrunedBacktraces.mark(layout, blockId)));   // `#0 f` over `#1 g`; `f+0x1c/0x40`, ` => f` frames, `- f` … `- ret_x` items, `f(int a) (x.c:12)` frames: innermost first
        blockId = TagStackListings.mark(layout, blockId);   // `1  1 f   412  path` frames: each called from the one above
        blockId = NameItemLists.mark(layout, blockId);
        blockId = CaptionedCallLists.mark(layout, blockId);   // `widget_open` or `### widget_open` over `- widget_lookup` items
        blockId = SentenceItemLists.mark(layout, blockId);
        blockId = FlowCaptionLists.mark(layout, blockId);
        blockId = HeadedChainLists.mark(layout, CallPathLists.mark(layout, blockId));   // `Call chain:` over `- f()` / `- g()`: each item called by the one above; `### X chain` over `1. **`A::f`**`
        blockId = TitledNameRuns.mark(layout, KernelPathLists.mark(layout, blockId));   // `2. stage` over `\t- f_a` / `\t- f_b`: each name called by the one above; `1 f_a:net/x.c` kernel paths
        blockId = NumberedFunctionSections.mark(layout, blockId);
        blockId = NumberedCallChains.mark(layout, blockId);
        blockId = ArrowedItemLists.mark(layout, blockId);   // `2. f();--->` over `3. g();`: the arrow says 3 is in 2
        blockId = NumberedStepBlocks.mark(layout, blockId);   // `    1. IRQ` / `    2. handle_x()`: numbered steps in a code block
        blockId = DashedChainSteps.mark(layout, CaptionedChainRuns.mark(layout, blockId));   // `At boot:` over `a() -> b()`; `1. words` over `-- a->b->c`
        blockId = WordedChainCaptions.mark(layout, StepCaptionBlocks.mark(layout, blockId));   // `# 1.2 words` over `a => b => c`; a caption over `alloc x -> call f() -> ...`
        blockId = PlainChainParagraphs.mark(layout, OneLineChains.unfencedChains(layout, blockId));   // `f -> g` lines, `Read: h`, `{ a->b or c }`
        blockId = CallerFirstStacks.mark(layout, VerticalChains.unfencedChains(layout, blockId));   // `start_kernel()` over `f()` lines: caller first
        blockId = StarredComments.mark(layout, blockId);   // `/*` ` * f()` … ` */` in a note's text: a trace in a comment
        blockId = BannerCallSequences.mark(layout, blockId);   // `=== start ===` over `f(a);` `g(b);`: one flow, in order
        blockId = SpaceEntityDepths.mark(layout, blockId);   // `&emsp;&emsp;[f][link]`: depth written as entities
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != Role.TEXT || layout.arrowEnd(i) < 0) {
                i++;
                continue;
            }
            int first = i;
            if (i > 0 && layout.role(i - 1) == Role.TEXT && layout.arrowEnd(i - 1) < 0
                    && layout.indentOf(i - 1) <= layout.indentOf(i) && !ListItemMarkers.besideParagraph(layout, i - 1, i)
                    && LineScan.utf16Length(text, layout.start(i - 1), layout.contentEnd(i - 1)) <= 160) {
                first = i - 1;
                // an elision or an Allman brace is no root, the line above it is: `f()` / `{` / `    -> g()`
                if (first > 0 && (LineScan.isElision(text, layout.start(first), layout.contentEnd(first)) || BraceHeads.bareBrace(layout, text, first))
                        && layout.role(first - 1) == Role.TEXT && layout.arrowEnd(first - 1) < 0
                        && layout.indentOf(first - 1) <= layout.indentOf(first)
                        && LineScan.utf16Length(text, layout.start(first - 1), layout.contentEnd(first - 1)) <= 160) {
                    first--;   // `pci_scan(bus)` / `    ...` / `    --> scan_one()`: an elision is no root, the line above it is
                }
                while (first > 0 && hangsFromAbove(layout, first) && layout.role(first - 1) == Role.TEXT
                        && layout.arrowEnd(first - 1) < 0 && layout.indentOf(first - 1) <= layout.indentOf(first)
                        && LineScan.utf16Length(text, layout.start(first - 1), layout.contentEnd(first - 1)) <= 160) {
                    first--;   // `f()` / `    |` / `    +-- g()`: a drawn stem is no root, the line above it is
                }
            }
            int last = i;
            int base = layout.indentOf(first);
            for (int j = i + 1; j < n && (layout.role(j) == Role.TEXT || layout.role(j) == Role.BLANK); j++) {
                if (layout.role(j) == Role.BLANK) {
                    continue;
                }
                int rest = LineScan.stripStart(text, layout.start(j), layout.contentEnd(j));
                int end = layout.contentEnd(j);
                // arrows, lines deeper than the run's first line, comments, and a new root directly
                // above more arrows continue the run; prose back at the margin ends it
                boolean continues = layout.arrowEnd(j) >= 0 || layout.indentOf(j) > base || LineScan.startsWith(text, rest, end, "|")
                        || LineScan.startsWith(text, rest, end, "/*") || LineScan.startsWith(text, rest, end, "*")
                        || LineScan.startsWith(text, rest, end, "//")
                        || (j + 1 < n && layout.role(j + 1) == Role.TEXT && layout.arrowEnd(j + 1) >= 0
                            && !ListItemMarkers.besideParagraph(layout, j, j + 1));
                if (!continues) {
                    break;
                }
                last = j;
            }
            if (TraceLookAlikes.isTraceBlock(layout, first, last, false)) {
                layout.markTrace(first, last, blockId++);
            }
            i = last + 1;
        }
        UnfencedCallTrees.mark(text, layout, blockId);
        UnfencedNests.mark(layout);   // `f() {` over `  g() {` … `}` in a text file or under a caption
        FlatChainRuns.unfencedChains(layout);
        FlatChainRuns.unfencedLayeredChains(layout);
        DownArrowRuns.unfencedRuns(layout);
        FlowchartRuns.unfencedRuns(layout);
        NameColumns.unfencedColumns(layout);   // `fork()` / `sys_clone()` / `_do_fork()`: a column each called by the row above
    }

    /**
     * Whether line {@code line}, above a run's first arrow, hangs from the line above it rather than being
     * the run's root: a drawn stem alone ({@code |}, {@code :}), or a step led by a connector
     * ({@code +- g()}) with such a stem above it.
     */
    private static boolean hangsFromAbove(NoteLayout layout, int line) {
        int[] text = layout.codePoints();
        if (LineScan.stemOnly(text, layout.start(line), layout.contentEnd(line))) {
            return true;
        }
        int p = LineScan.stripStart(text, layout.start(line), layout.contentEnd(line));
        return p - layout.start(line) < layout.leadingStructure(line) && LineScan.stemOnly(text, layout.start(line - 1), layout.contentEnd(line - 1));
    }
}
