package org.tracenotes.grammar;

/**
 * A shape of trace block that the layout pass recognises and records, so that core can read the block
 * the way its author drew it ({@link TraceLexerBase#blockIs}).
 */
public enum BlockShape {
    /** A flowchart of stages drawn in plain text, joined by arrow-headed connector lines ({@link FlowchartRuns}). */
    STAGE_FLOWCHART,
    /** A call chain written as a numbered Markdown list outside any fence ({@link NumberedCallChains}). */
    NUMBERED_CHAIN,
    /** A numbered list of calls, each item ending in an arrow when the next is inside it ({@link ArrowedItemLists}). */
    ARROWED_ITEMS,
    /** A call chain drawn as a column of names joined by connector lines ({@link VerticalChains}). */
    VERTICAL_CHAIN,
    /** Numbered sections, each heading a function over the lines that describe it ({@link NumberedFunctionSections}). */
    NUMBERED_SECTIONS,
    /** An editor's tag stack copied in, one frame a line, each called from the one above ({@link TagStackListings}). */
    TAG_STACK,
    /** A debugger's call stack copied in innermost frame first, each frame called by the one below ({@link CopiedCallStacks}). */
    COPIED_CALL_STACK,
    /** A trace in a C block comment whose lines are led by {@code *} margins ({@link StarredComments}). */
    STARRED_COMMENT,
    /** A column of call hops in a fence, {@code a() -> b()} one a line ({@link ChainColumns}): each line a step of one flow. */
    CHAIN_COLUMN,
    /** A call tree of arms hung from stems, with remarks and conditions between its nodes ({@link StemArmTrees}). */
    ARM_TREE,
    /** A column of call statements under a titled banner, each a step of one flow ({@link BannerCallSequences}). */
    CALL_SEQUENCE,
    /** A flat list of functions whose steps are items opening with a quote mark, {@code - > step} ({@link QuotedStepLists}). */
    QUOTED_STEPS,
    /** Captions over one-line call chains in a note's words, {@code At boot:} over {@code a() -> b()} ({@link CaptionedChainRuns}). */
    CAPTIONED_CHAINS,
    /** Numbered steps in words over {@code -- a->b->c} lines naming the path doing each ({@link DashedChainSteps}). */
    DASHED_CHAIN_STEPS,
    /** Call trees in a fence as Markdown dash lists: roots at column 0, {@code - } items back at that column ({@link DashListTrees}). */
    DASH_LIST_TREE,
    /** A fence of C++ signatures at the margin over their bodies, each the function a line above calls ({@link SignatureChains}). */
    SIGNATURE_CHAIN,
    /** Call trees in a fence of {@code -- f} / {@code --f} steps, the dashes' column the depth ({@link DashedNameTrees}). */
    DASHED_NAME_TREE,
    /** A fence of {@code f(next=g)} hand-offs, each line's function the one the line above hands on to ({@link HandoffChains}). */
    HANDOFF_CHAIN,
    /** A walkthrough of bold numbered function steps under stage headings, outside fences ({@link BoldWalkSections}). */
    BOLD_WALK,
    /** {@code - } items in a fence listing what the {@code ->} step above them does ({@link ArrowStepBullets}). */
    ARROW_STEP_BULLETS,
    /** Paragraphs of {@code a->b->{ body }} or {@code name{ body }} outside fences, nested by their braces ({@link BraceChainBodies}). */
    BRACE_CHAIN,
    /** A column of function names, each called by the row above it ({@link NameColumns}). */
    NAME_COLUMN,
    /** A column of function names drawn beside an upward arrow, each called by the row below it ({@link NameColumns}). */
    NAME_COLUMN_UP,
    /** Numbered {@code #} captions over one line of calls each, in an indented block ({@link StepCaptionBlocks}). */
    STEP_CAPTIONS,
    /** Captions over indented chains of steps in words, {@code alloc struct x -> call f() -> ...} ({@link WordedChainCaptions}). */
    WORDED_CHAINS,
    /** A flat Markdown list of code names under a caption naming a call path, or numbered with their files ({@link CallPathLists}). */
    CALL_PATH_LIST,
    /** A hand-drawn tree in a fence of {@code |----f()} and {@code ---g()} arms hung from {@code |} stems ({@link ArmFenceTrees}). */
    ARM_FENCE,
    /** Paragraphs of one-line arrow chains, labels and bare names outside fences, {@code f -> g} one a line ({@link PlainChainParagraphs}). */
    PLAIN_CHAINS,
    /** A call stack in a fence written caller first, a flat column of calls over a tree at most ({@link CallerFirstStacks}). */
    CALLER_FIRST_STACK,
    /** Bullet items of a flow under a title naming it in a fence, or under {@code in X::f} outside one ({@link FlowTitledItems}). */
    WORDED_FLOW,
    /** An indentation tree of Java method references, {@code Class#method} over deeper ones ({@link MethodRefTrees}). */
    METHOD_REF_TREE,
    /** A C definition trimmed into a trace: a callee inlined under its call, or a chain over it, nested by braces ({@link TrimmedDefinitions}). */
    TRIMMED_DEFINITION,
    /** One call chain in a small fence, wrapped after a trailing arrow or onto {@code ->} lines, branching by column ({@link WrappedChainFences}). */
    WRAPPED_CHAIN_FENCE,
    /** A tree of Go signatures outside fences, {@code pkg.*Type.method(x T) error} one a line, a TAB a level ({@link GoSignatureTrees}). */
    GO_SIGNATURE_TREE
}
