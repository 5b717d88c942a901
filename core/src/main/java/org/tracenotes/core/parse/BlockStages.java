package org.tracenotes.core.parse;

import java.util.List;
import java.util.function.Predicate;
import org.tracenotes.grammar.BlockShape;

/**
 * The stages between a trace block's lines as the lexer read them and the lines the tree builder nests.
 * Each stage reads one notation family: it moves lines to the column their author meant, or reads them as
 * the kind they are, often only in a block the layout pass found to have that family's shape
 * ({@link BlockShape}). They run in this order, one stage (or one family's pair) a line, so that a new
 * family adds a line here and nothing to {@link NoteBuilder}.
 */
final class BlockStages {

    private BlockStages() {
    }

    /**
     * The block's lines, staged.
     *
     * @param lines       the block's lines as read
     * @param tabWidth    the block's tab width
     * @param fenceIndent the fence's indentation (0 outside fences)
     * @param fenced      whether the block is a fence's content
     * @param shape       whether the layout found the block to have a shape
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent, boolean fenced,
            Predicate<BlockShape> shape) {
        boolean flowchart = shape.test(BlockShape.STAGE_FLOWCHART);   // a flowchart of stages the layout found, in a fence or outside
        lines = StrayFenceOpeners.apply(lines, source, fenced);   // a caption, then ```c again inside a fence: a fresh trace
        List<TraceLine> staged = lines;
        if (!shape.test(BlockShape.STARRED_COMMENT)) {   // a trace in a `/*` comment: its ` * ` margins lead no items
            staged = SkippedMargins.itemColumns(lines, source, tabWidth, fenceIndent, shape.test(BlockShape.QUOTED_STEPS), shape.test(BlockShape.WORDED_FLOW));   // the layout's margins
            staged = SignatureChainDepths.apply(DashListDepths.apply(lines, staged, shape.test(BlockShape.DASH_LIST_TREE)), source,
                    shape.test(BlockShape.SIGNATURE_CHAIN));   // `- g` items under a name in a fence; `void A::f()` under the line calling it
            staged = ArrowStepBulletDepths.apply(staged, source, shape.test(BlockShape.ARROW_STEP_BULLETS));   // `- f(x)` under `-> g`
            staged = AlternativeNameLines.apply(staged, source, fenced);   // ` or h` under `-> g`: g's continuation
        }
        boolean numberedChain = !fenced && shape.test(BlockShape.NUMBERED_CHAIN);   // a numbered call chain the layout found
        boolean sections = !fenced && shape.test(BlockShape.NUMBERED_SECTIONS);   // numbered sections heading functions: their headings are roots
        int depthList = DepthNumberedLists.list(staged, source);   // `0. f` over `1. g`: numbers counting the depth, checked once
        staged = sections ? NumberedSteps.subSteps(staged) : NumberedSteps.apply(staged, source, depthList);
        staged = CalledItems.apply(NumberedChainDepths.apply(staged, source, numberedChain));
        staged = CallPathDepths.apply(staged, !fenced && shape.test(BlockShape.CALL_PATH_LIST));   // `Call chain:` over `- f()` / `- g()`
        staged = ArrowedItemDepths.apply(staged, source, !fenced && shape.test(BlockShape.ARROWED_ITEMS));   // `2. f();--->` over `3. g();`
        staged = ArrowBranchLabels.apply(BareArrowGaps.apply(StrayMarks.apply(staged), source));   // a lone `:` or `;`; a bare `->` between statements; `-->true:`/`-->false:`
        staged = DashedNameTreeDepths.apply(DashedStems.apply(staged, source, tabWidth, fenceIndent), source, tabWidth, fenceIndent,
                shape.test(BlockShape.DASHED_NAME_TREE));   // `-- f` / `--g` steps: at their dashes' column
        staged = DownArrowLines.stagesOfFlowchart(OffGridLines.apply(staged), source, flowchart, fenced);
        staged = WrappedChainFenceDepths.apply(ChainColumnSteps.apply(staged, shape.test(BlockShape.CHAIN_COLUMN)
                || shape.test(BlockShape.CALL_SEQUENCE)), source, shape.test(BlockShape.WRAPPED_CHAIN_FENCE));   // `a() -> b()` hops, calls under a banner: one flow; `a() -> b() ->` wrapped
        boolean verticalChain = shape.test(BlockShape.VERTICAL_CHAIN);   // names joined by `|` `v` lines the layout found
        staged = ConnectorStems.apply(WrittenChains.apply(staged, source, tabWidth, verticalChain), source, tabWidth, fenceIndent);
        staged = TagStackChains.apply(staged, !fenced && shape.test(BlockShape.TAG_STACK));   // `1  1 f  412  path` frames
        staged = HeadedArrowRuns.apply(FlowchartConnectorWords.apply(staged, source, tabWidth, flowchart), source);   // `## while` among `-->`/`--->`
        staged = ArrowLengthDepth.apply(staged, source);
        staged = WordedPathStages.apply(staged, source, fenced);   // paths and trees under words, separators, stairs
        staged = LocatedStackRuns.apply(staged, source, shape.test(BlockShape.COPIED_CALL_STACK));   // `f(int a) (x.c:12)` frames over `g(…) at y.c:3` in a block
        staged = PastedStackFrames.apply(CopiedStackChains.apply(staged, source, shape.test(BlockShape.COPIED_CALL_STACK)),
                shape.test(BlockShape.COPIED_CALL_STACK));   // innermost frame first (fenced, `#0 f`, ` => f` in text): read bottom up
        staged = CallerFirstDepths.apply(FlatChains.columns(staged, shape.test(BlockShape.NAME_COLUMN), shape.test(BlockShape.NAME_COLUMN_UP)),
                shape.test(BlockShape.CALLER_FIRST_STACK));   // `fork()` / `_do_fork()`: each row called by the one above; `start_kernel()` over `f()` over a tree
        staged = HandoffChainDepths.apply(staged, source, shape.test(BlockShape.HANDOFF_CHAIN));   // `f(next=g)` lines: each under the line handing on to it
        staged = ArmedElisions.apply(staged, source, tabWidth, fenceIndent);   // `...` at the column where the next `|-` starts: its sibling
        staged = ArmTreeLines.apply(staged, source, tabWidth, fenceIndent, shape.test(BlockShape.ARM_TREE));   // `+--f` / `+-[?] x` / `Y--g`: each node at its arm
        staged = CaptionRoots.apply(staged, source, fenced);   // `slow path:` over a tree at its column: the tree's root
        staged = ProseChainDepths.apply(staged, source, !fenced && shape.test(BlockShape.CAPTIONED_CHAINS),
                !fenced && shape.test(BlockShape.DASHED_CHAIN_STEPS));   // chains in prose under captions and numbered steps
        staged = LabelCaptions.apply(staged);   // `do_fault:` over calls: their caller
        staged = RightColumnRemarks.apply(StemRemarks.apply(ItemSentences.apply(staged, source, fenced), source), source);   // `- 若…，则…`: an if; `|   words` under `|--> f`, a right-hand note carried on below it: remarks
        staged = WordReturns.apply(LandedMemberCalls.apply(LinkedStepCalls.apply(BoxArrowArms.apply(staged, source)), source));   // `├──> 调用 f`, `[Pump::prime][link]`, `--> ops->read = foo_read`: calls; `└→ Return`
        staged = ReturnArrows.apply(staged, source, tabWidth, fenceIndent);   // `<--- return x` under the staircase
        staged = ArmFenceDepths.apply(staged, source, tabWidth, fenceIndent, shape.test(BlockShape.ARM_FENCE));   // `页表 |  |--f()`, `f()` over `|` over `g()`
        staged = BraceChainDepths.apply(staged, source, shape.test(BlockShape.BRACE_CHAIN) || shape.test(BlockShape.TRIMMED_DEFINITION));   // `a->b->{` / `name{` paragraphs, trimmed definitions: braces nest
        staged = WordedChainSteps.apply(StepCaptionDepths.apply(staged, source, shape.test(BlockShape.STEP_CAPTIONS)),
                shape.test(BlockShape.WORDED_CHAINS));   // `# 1.2 words` over `a => b`, chapters walking a step; `alloc x -> call f()` in words
        staged = DotCallChains.apply(BoldWalkDepths.apply(staged, source, shape.test(BlockShape.BOLD_WALK)), source);   // `**2.1 f**` under stage headings; a digraph's `a -> b` / `-> c`
        staged = GoSignatureSteps.apply(MethodRefSteps.apply(staged, shape.test(BlockShape.METHOD_REF_TREE)), source, shape.test(BlockShape.GO_SIGNATURE_TREE));   // `Class#method` trees: references are calls, Java headers declarations; `pkg.*T.m(x T) error` trees
        staged = ArmTreeFenceText.apply(staged, source, fenced);   // sentences and `struct x {` listings between `f()` / `|-g()` trees: text
        staged = PlainChainDepths.apply(staged, source, !fenced && shape.test(BlockShape.PLAIN_CHAINS));   // `f -> g` lines, `* label`, `{ a or b }`
        // `0. f` over `1. g`: the depth-numbered list; `调用栈如下：` over `- f()` bullets; `<=> static int f(void *)` and `... 待补充` among `|--` arms
        return MiddleRowForks.apply(ArmTreeAsides.apply(DepthNumberedLists.apply(staged, source, depthList), source, tabWidth, fenceIndent),
                source, fenced);   // sideways `name --|` forks, each row under the row holding its parent step
    }
}
