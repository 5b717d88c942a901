package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.lint.rules.parse.InternalParserError;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.grammar.BlockShape;
import org.tracenotes.grammar.TraceLexer;
import org.tracenotes.grammar.TraceLexerBase;
import org.tracenotes.grammar.TraceParser;

/** Turns the parse tree of a note into the model, once. Nothing outside this package sees ANTLR types. */
final class NoteBuilder {

    /** Blanks between an arrow and its text from which the text, not the arrow, places the step. */
    private static final int PUSHED_TEXT = 3;

    private final SourceText source;
    private final CommonTokenStream tokens;
    private final int configuredTabWidth;
    private int tabWidth;
    private final Optional<Dialect> forcedDialect;
    private final Optional<Dialect> frontMatterDialect;
    private final List<Diagnostic> diagnostics;
    private final ExpressionBuilder exprs;
    private final StepReader reader;
    private final CommentReader commentReader;

    private final List<Section> sections = new ArrayList<>();
    private String title = "";
    private int level;
    private SourceRange heading;
    private List<Block> blocks = new ArrayList<>();

    NoteBuilder(SourceText source, CommonTokenStream tokens, int tabWidth, Optional<Dialect> forcedDialect,
                Optional<Dialect> frontMatterDialect, List<Diagnostic> diagnostics) {
        this.source = source;
        this.tokens = tokens;
        this.configuredTabWidth = tabWidth;
        this.forcedDialect = forcedDialect;
        this.frontMatterDialect = frontMatterDialect;
        this.diagnostics = diagnostics;
        this.exprs = new ExpressionBuilder(source);
        this.reader = new StepReader(exprs);
        this.commentReader = new CommentReader(source, tokens, exprs);
        this.heading = SourceRange.at(1, 1, 0);
    }

    List<Section> build(TraceParser.NoteContext note) {
        // the children walked once: the generated accessors (noteElement(), HEADING(), codeBlock(), …)
        // each walk every child and build a list
        for (int i = 0; i < note.getChildCount(); i++) {
            if (!(note.getChild(i) instanceof TraceParser.NoteElementContext e)) {
                continue;
            }
            Token headingToken = null;
            TraceParser.CodeBlockContext code = null;
            TraceParser.TraceBlockContext trace = null;
            for (int j = 0; j < e.getChildCount(); j++) {
                ParseTree c = e.getChild(j);
                if (c instanceof TerminalNode t && headingToken == null && t.getSymbol().getType() == TraceLexer.HEADING) {
                    headingToken = t.getSymbol();
                } else if (c instanceof TraceParser.CodeBlockContext b && code == null) {
                    code = b;
                } else if (c instanceof TraceParser.TraceBlockContext b && trace == null) {
                    trace = b;
                }
            }
            if (headingToken != null) {
                closeSection();
                String h = headingToken.getText().strip();
                int marks = 0;
                while (marks < h.length() && h.charAt(marks) == '#') {
                    marks++;
                }
                level = marks;
                title = HeadingTitle.withoutClosingMarks(h.substring(marks)).strip();
                heading = lineRange(headingToken);
            } else if (code != null) {
                blocks.add(codeBlock(code));
            } else if (trace != null) {
                TraceParser.TraceBlockContext block = trace;
                TraceBlock built = guarded(() -> traceBlock(block), lineRange(block.getStart())
                        .to(lineRange(block.getStop() != null ? block.getStop() : block.getStart())), diagnostics::add);
                if (built != null) {
                    blocks.add(built);
                }
            }
        }
        closeSection();
        return sections;
    }

    private void closeSection() {
        if (level > 0 || !blocks.isEmpty()) {
            sections.add(new Section(title, level, heading, blocks));
        }
        blocks = new ArrayList<>();
    }

    /** The range of a whole-line token without its line break. */
    private SourceRange lineRange(Token t) {
        String text = source.text();
        int from = source.charOffset(t.getStartIndex());
        int to = Math.max(from, source.charOffset(t.getStopIndex() + 1));
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
            to--;
        }
        return source.range(from, to);
    }

    private CodeBlock codeBlock(TraceParser.CodeBlockContext ctx) {
        // one walk over the children (CODE() and FENCE_CLOSE() would walk them all, each call); the
        // content is the text under the CODE tokens, one substring of the note when they follow each other
        Token firstCode = null;
        Token lastCode = null;
        Token open = null;
        Token close = null;
        boolean adjacent = true;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode node) {
                Token t = node.getSymbol();
                switch (t.getType()) {
                    case TraceLexer.CODE -> {
                        adjacent &= t.getStartIndex() >= 0
                                && (lastCode == null || lastCode.getStopIndex() + 1 == t.getStartIndex());
                        firstCode = firstCode == null ? t : firstCode;
                        lastCode = t;
                    }
                    case TraceLexer.FENCE_OPEN -> open = open == null ? t : open;
                    case TraceLexer.FENCE_CLOSE -> close = close == null ? t : close;
                    default -> { }
                }
            }
        }
        String content;
        if (firstCode == null) {
            content = "";
        } else if (adjacent) {
            content = source.text().substring(source.charOffset(firstCode.getStartIndex()),
                    source.charOffset(lastCode.getStopIndex() + 1));
        } else {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < ctx.getChildCount(); i++) {
                if (ctx.getChild(i) instanceof TerminalNode node && node.getSymbol().getType() == TraceLexer.CODE) {
                    b.append(node.getSymbol().getText());
                }
            }
            content = b.toString();
        }
        Token last = close != null ? close : lastCode == null ? open : lastCode;
        SourceRange range = lineRange(open).to(lineRange(last));
        return new CodeBlock(info(open.getText()), content, range);
    }

    private static String info(String fence) {
        return org.tracenotes.grammar.FenceLines.info(fence);
    }

    /**
     * The block {@code build} reads, or null when reading it fails: a parser bug in one block leaves that
     * block out with an {@value InternalParserError#ID} error at its range naming the exception and the
     * first frame of ours it came from, and the note's other blocks are kept.
     */
    static TraceBlock guarded(java.util.function.Supplier<TraceBlock> build, SourceRange range,
                              java.util.function.Consumer<Diagnostic> report) {
        try {
            return build.get();
        } catch (RuntimeException e) {
            report.accept(new Diagnostic(InternalParserError.ID, Severity.ERROR,
                    "could not read this trace block (a parser bug): " + e + ourFrame(e), range));
            return null;
        }
    }

    /** {@code " at Class.method(File.java:12)"} for the first frame in Tracenotes' code, or empty. */
    private static String ourFrame(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.tracenotes.")) {
                return " at " + f;
            }
        }
        return "";
    }

    private TraceBlock traceBlock(TraceParser.TraceBlockContext ctx) {
        TraceBlockParts parts = TraceBlockParts.of(ctx);
        Token open = parts.open();
        int firstLine = open != null ? open.getLine() : parts.begin().getLine();
        tabWidth = configuredTabWidth != ParseOptions.AUTO_TAB_WIDTH ? configuredTabWidth
                : TabWidth.detect(source, firstLine, lastLine(parts) + 1);
        int fenceIndent = open == null ? 0 : SourceText.indentWidth(source.line(open.getLine()), tabWidth);
        Map<Integer, List<Comment>> comments = commentReader.comments(parts.begin().getTokenIndex(), parts.end().getTokenIndex());

        List<TraceLine> lines = new ArrayList<>();
        Map<Arrow, Integer> arrows = new EnumMap<>(Arrow.class);
        int dashAlternatives = 0;
        for (TraceParser.TraceLineContext line : parts.lines()) {
            TraceLine t = traceLine(line, comments, fenceIndent);
            lines.add(t);
            if (t.arrow() != Arrow.NONE) {
                arrows.merge(t.arrow(), 1, Integer::sum);
            }
            if (t.arrow() == Arrow.DASH && t.reading() != null && (t.reading().kind() == StepKind.IF
                    || t.reading().kind() == StepKind.ELSE || t.reading().kind() == StepKind.ELSE_IF)) {
                dashAlternatives++;
            }
        }
        int alternatives = dashAlternatives;
        List<Annotation> blockAnnotations = new ArrayList<>();
        comments.values().forEach(cs -> blockAnnotations.addAll(StepTrees.annotations(cs)));
        Dialect dialect = forcedDialect
                .or(() -> blockAnnotations.stream().filter(a -> a.word().equals("dialect"))
                        .map(a -> Dialect.byId(a.text())).flatMap(Optional::stream).findFirst())
                .or(() -> frontMatterDialect)
                .orElseGet(() -> detect(arrows, alternatives));

        Token first = open != null ? open : parts.begin();
        Token end = parts.close();
        SourceRange start = open != null ? lineRange(open) : exprs.range(first);
        SourceRange range = end != null ? start.to(lineRange(end))
                : lines.isEmpty() ? start : start.to(lines.get(lines.size() - 1).range());
        TreeBuilder tree = new TreeBuilder(dialect, title, start, diagnostics::add,
                l -> l.range().endOffset() > 0 ? source.text().charAt(l.range().endOffset() - 1) : -1,
                l -> ConnectorStems.ledByStem(source, l.line()), l -> RootlessForests.lead(source, l.line(), open != null));
        List<TraceLine> staged = BlockStages.apply(lines, source, tabWidth, fenceIndent, open != null, shape -> blockIs(lines, shape));
        List<Root> roots = tree.build(staged, blockIs(lines, BlockShape.WORDED_FLOW));
        return new TraceBlock(open == null ? null : info(open.getText()), dialect, roots, tree.blockComments(),
                StepTrees.annotations(tree.blockComments()), range);
    }

    /** Whether the layout found the block whose first line is {@code lines}' first to have shape {@code shape}. */
    private boolean blockIs(List<TraceLine> lines, BlockShape shape) {
        return !lines.isEmpty() && tokens.getTokenSource() instanceof TraceLexerBase lexer
                && lexer.blockIs(shape, lines.get(0).line());
    }

    /** The last line a trace block's lines reach (its first line when it has none). */
    private static int lastLine(TraceBlockParts parts) {
        List<TraceParser.TraceLineContext> lines = parts.lines();
        return lines.isEmpty() ? parts.begin().getLine() : lines.get(lines.size() - 1).getStop().getLine();
    }

    /**
     * The dialect the arrows of a block say. Tree when {@code +->} leads at least as many lines as
     * {@code =>} and {@code ->}, when tree arrows ({@code +-> |-> \->}) lead most lines, or when long
     * arrows ({@code -->}) do. Otherwise seed when {@code =>} leads more lines than the {@code ->} lines
     * that are calls (not else / if alternatives), or as many while some {@code ->} is an else; call
     * otherwise. A block without {@code ->} is seed.
     */
    static Dialect detect(Map<Arrow, Integer> arrows, int dashAlternatives) {
        int step = arrows.getOrDefault(Arrow.STEP, 0);
        int dash = arrows.getOrDefault(Arrow.DASH, 0);
        int plus = arrows.getOrDefault(Arrow.TREE, 0);
        int tree = plus + arrows.getOrDefault(Arrow.PIPE, 0) + arrows.getOrDefault(Arrow.LAST, 0);
        int longer = arrows.getOrDefault(Arrow.LONG, 0);
        if (plus > 0 && plus >= step && plus >= dash || tree > step + dash || longer > step && longer > dash) {
            return Dialect.TREE;
        }
        int dashCalls = dash - dashAlternatives;
        if (dash == 0 || step > dashCalls || step == dashCalls && dashAlternatives > 0) {
            return Dialect.SEED;
        }
        return Dialect.CALL;
    }

    private TraceLine traceLine(TraceParser.TraceLineContext ctx, Map<Integer, List<Comment>> comments, int fenceIndent) {
        int line = ctx.getStart().getLine();
        int lastLine = ctx.getStop() == null ? line : ctx.getStop().getLine();
        String lineText = SkippedMargins.measured(source.line(line), ctx.getStart().getCharPositionInLine());
        int indent = Math.max(0, SourceText.indentWidth(lineText, tabWidth) - fenceIndent);
        List<Comment> own = new ArrayList<>();
        for (int l = line; l <= lastLine; l++) {
            own.addAll(comments.getOrDefault(l, List.of()));
        }
        TraceParser.StepLineContext step = ctx instanceof TraceParser.StepLineContext s ? s : null;
        TraceParser.ArrowContext arrowCtx = null;
        TraceParser.PayloadContext payload = null;
        if (step != null) {
            // its children read once (arrow() and payload() each walk them)
            for (int i = 0; i < step.getChildCount(); i++) {
                ParseTree c = step.getChild(i);
                if (c instanceof TraceParser.ArrowContext a && arrowCtx == null) {
                    arrowCtx = a;
                } else if (c instanceof TraceParser.PayloadContext p && payload == null) {
                    payload = p;
                }
            }
        }
        if (step != null && payload == null && !own.isEmpty()) {
            // `=> # 7. then copy the rest` or `=> //other attr`: an arrow holding only a comment is a comment line
            // (its text column past the arrow's: the tree builder reads it as a step when a body follows)
            int text = Math.max(indent + 1, SourceText.payloadColumn(lineText, tabWidth) - fenceIndent);
            return new TraceLine(line, indent, text, Arrow.NONE, null, own.get(0).range(),
                    own.stream().map(c -> new Comment(c.marker(), c.text(), Comment.Placement.LEADING, c.range())).toList());
        }
        if (step != null) {
            Token arrowToken = arrowCtx.getStart();
            StepReader.Reading r = payload == null ? null : reader.read(payload);
            SourceRange range = payload == null ? exprs.range(arrowToken)
                    : exprs.range(arrowToken).to(exprs.range(payload));
            int text = Math.max(indent, SourceText.payloadColumn(lineText, tabWidth) - fenceIndent);
            int arrowWidth = arrowToken.getStopIndex() - arrowToken.getStartIndex() + 1;
            if (text == indent && payload != null) {   // `⇒ f()`: an arrow payloadColumn does not know; its text starts past it
                text = Math.max(text, SourceText.columnPast(lineText, arrowToken.getCharPositionInLine() + arrowWidth, tabWidth) - fenceIndent);
            }
            int fork = arrowToken.getText().indexOf('+');
            if (fork > 0) {
                // `--+-> kernel_thread(…)`: a fork off a vertical line stands where its `+` meets that line
                indent += fork;
                arrowWidth -= fork;
            }
            if (payload != null && text - indent - arrowWidth >= PUSHED_TEXT) {
                // `->    entity_tick()` under `-> for_each(se)`: the author aligned the text, not the arrow;
                // the step stands where an arrow with one blank before that text would
                indent = text - arrowWidth - 1;
            }
            return new TraceLine(line, indent, text, arrow(arrowToken), r, range, own);
        }
        if (ctx instanceof TraceParser.DirectiveLineContext d) {
            Token t = d.PREPROCESSOR().getSymbol();
            SourceRange range = exprs.range(t);
            return new TraceLine(line, indent, indent, Arrow.NONE,
                    new StepReader.Reading(StepKind.DIRECTIVE, t.getText().strip(), null, null, null, null, d),
                    range, own);
        }
        if (ctx instanceof TraceParser.PlainLineContext p) {
            return new TraceLine(line, indent, indent, Arrow.NONE, reader.read(p.payload()), exprs.range(p.payload()), own);
        }
        SourceRange range = own.isEmpty() ? exprs.range(ctx.getStart()) : own.get(0).range();
        int commentIndent = own.isEmpty() ? indent
                : Math.max(0, SourceText.indentWidth(source.line(own.get(0).range().line()), tabWidth) - fenceIndent);
        return new TraceLine(line, commentIndent, commentIndent, Arrow.NONE, null, range,
                own.stream().map(c -> new Comment(c.marker(), c.text(), Comment.Placement.LEADING, c.range())).toList());
    }

    private static Arrow arrow(Token t) {
        return switch (t.getType()) {
            case TraceLexer.STEP_ARROW -> Arrow.STEP;
            case TraceLexer.ARROW -> Arrow.DASH;
            case TraceLexer.LONG_ARROW -> Arrow.LONG;
            case TraceLexer.TREE_ARROW -> Arrow.TREE;
            case TraceLexer.PIPE_ARROW -> Arrow.PIPE;
            case TraceLexer.LAST_ARROW -> Arrow.LAST;
            default -> Arrow.NONE;
        };
    }

    /** Front matter keys, null values kept as empty strings. */
    static Map<String, Object> frontMatterMap(Object loaded) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (loaded instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : v));
        }
        return out;
    }
}
