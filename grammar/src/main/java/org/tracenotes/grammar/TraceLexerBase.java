package org.tracenotes.grammar;

import java.util.List;
import java.nio.IntBuffer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.Token;

/**
 * Line-aware base of {@code TraceLexer}, in the manner of the indentation-aware lexer bases of
 * grammars-v4. It owns what a context-free lexer cannot decide:
 * <ul>
 *   <li>the Markdown layer ({@link NoteLayout}): every line outside trace blocks becomes one token
 *       ({@code HEADING}, {@code TEXT}, {@code FENCE_OPEN}, {@code CODE} …), and trace blocks are
 *       bracketed by zero-width {@code BLOCK_BEGIN}/{@code BLOCK_END};</li>
 *   <li>the start of a trace line: indentation and {@code |} connectors are skipped (core measures
 *       indentation from the source), and a {@code #} that starts the line is a comment, unless it is a
 *       preprocessor directive ({@code #define}, {@code #include} …);</li>
 *   <li>{@code /* … *}{@code /} comments that span lines, and continuation lines of an unclosed
 *       {@code (}, which are joined to their line (the newline becomes hidden) instead of nesting.</li>
 * </ul>
 */
public abstract class TraceLexerBase extends LineSpanLexer {

    private static final int MAX_JOINED_LINES = 24;
    private boolean atLineStart = true;
    private int openBlock = -1;
    private boolean inComment;
    private int commentLine;
    private int commentColumn;
    private int parenDepth;
    /** Open braces of initialisers ({@code = {}) on the current logical line. */
    private int initDepth;
    /** The type of the last default-channel token of the current line, and how many there were. */
    private int lastType;
    private int lineTokens;
    private int logicalLineIndent;
    private int joined;
    private boolean done;
    /** Whether the last trace line was a frame of a pasted gdb backtrace. */
    private boolean inGdbFrame;
    /** A trailing note without a comment marker on the current line ({@link TrailingNote}): where it starts and ends, or -1. */
    private int noteFrom = -1;
    /** A box's opening wall after an arrow ({@code |--> | name |}), hidden when the input reaches it. */
    private int wallFrom = -1;
    private int wallTo;
    private int wallColumn;
    private int wallLine;
    /** A boxed name's closing wall and the blanks after it ({@code | name | note}), hidden when the input reaches it, or -1. */
    private int closingFrom = -1;
    private int closingTo;
    private int closingColumn;
    private int noteTo;
    private int noteLine;
    private int noteColumn;

    protected TraceLexerBase(CharStream input) {
        super(input);
    }

    /**
     * A lexer over {@code text}, named {@code sourceName}: the text's code points are decoded once, for
     * ANTLR's char stream and for the layout pass ({@code CharStreams.fromString} and reading them back
     * would copy the text twice more).
     */
    public static TraceLexer over(String text, String sourceName) {
        int[] cps = CodePoints.of(text);
        TraceLexer lexer = new TraceLexer(CodePointCharStream.fromBuffer(
                CodePointBuffer.withInts(IntBuffer.wrap(cps)), sourceName));
        ((TraceLexerBase) lexer).codePoints = cps;
        ((TraceLexerBase) lexer).inputText = text;
        return lexer;
    }

    /** Read the whole input as one trace block (a {@code .trace} file). Call before lexing. */
    public void setWholeInputIsTrace(boolean wholeTrace) {
        this.wholeTrace = wholeTrace;
    }

    /** What the layout pass noticed; complete once the lexer has reached EOF. */
    public List<LayoutFinding> layoutFindings() {
        return layout().findings();
    }

    /** Whether 1-based {@code line} is in a trace block the layout found to have shape {@code shape}. */
    public boolean blockIs(BlockShape shape, int line) {
        return layout().has(shape, line - 1);
    }

    @Override
    public Token nextToken() {
        if (!(getInterpreter() instanceof WideCharLexerSimulator)) {
            setInterpreter(new WideCharLexerSimulator(this));   // before the first character is read
        }
        while (true) {
            if (!pending.isEmpty()) {
                return pending.poll();
            }
            if (done) {
                return super.nextToken();
            }
            if (atLineStart) {
                startLine();
                continue;
            }
            if (wallFrom >= 0 && _input.index() == wallFrom) {
                Token wall = spanPast(TraceLexer.WS, Token.HIDDEN_CHANNEL, wallFrom, wallTo, wallLine, wallColumn);
                wallFrom = -1;
                return wall;
            }
            if (closingFrom >= 0 && _input.index() >= closingFrom) {
                int from = closingFrom;
                closingFrom = -1;
                if (_input.index() == from) {
                    return spanPast(TraceLexer.WS, Token.HIDDEN_CHANNEL, from, closingTo, noteLine, closingColumn);
                }
            }
            if (noteFrom >= 0 && _input.index() >= noteFrom) {
                int from = noteFrom;
                noteFrom = -1;
                if (_input.index() == from) {
                    return spanPast(TraceLexer.TRAILING_NOTE, TraceLexer.COMMENTS, from, noteTo, noteLine, noteColumn);
                }
            }
            Token t = super.nextToken();
            if (t.getChannel() == Token.DEFAULT_CHANNEL && (TraceTokenTypes.isArrow(t.getType()) && TraceTokenTypes.isArrow(lastType) && lineTokens == 1
                    || t.getType() == TraceLexer.STEP_ARROW && lineTokens > 0 && TrailingArrows.endsLine(_input)
                    || TrailingArrows.afterCall(t.getType(), lastType) && lineTokens > 0 && TrailingArrows.endsLine(_input))) {
                // `+-> -> mark_buffer_dirty`: a second arrow right after the first is structure, not payload;
                // so is a `=>` that ends a line after its text (`load_image =>`: the deeper lines are its body),
                // and a `->`, `-->` or `→` that ends a line after a call (`vfs_read(f);--->`)
                return _factory.create(_tokenFactorySourcePair, TraceLexer.WS, t.getText(), Token.HIDDEN_CHANNEL,
                        t.getStartIndex(), t.getStopIndex(), t.getLine(), t.getCharPositionInLine());
            }
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != TraceLexer.NL) {
                lineTokens++;
                if (t.getType() == TraceLexer.LBRACE && lastType == TraceLexer.ASSIGN) {
                    initDepth++;
                } else if (t.getType() == TraceLexer.RBRACE && initDepth > 0) {
                    initDepth--;
                }
                lastType = t.getType();
            }
            switch (t.getType()) {
                case TraceLexer.LPAREN -> parenDepth++;
                case TraceLexer.RPAREN -> parenDepth = Math.max(0, parenDepth - 1);
                case TraceLexer.OPEN_COMMENT -> {
                    inComment = true;
                    commentLine = t.getLine();
                    commentColumn = t.getCharPositionInLine() + 1;
                }
                case TraceLexer.NL -> {
                    return endOfLine(t);
                }
                case Token.EOF -> {
                    // last trace line without a newline: close it
                    pending.add(zeroWidth(TraceLexer.NL, _input.index()));
                    atLineStart = true;
                    continue;
                }
                default -> { }
            }
            return t;
        }
    }

    /** Decides what the line at the current position is, and queues its leading tokens. */
    private void startLine() {
        NoteLayout l = layout();
        int line = getLine() - 1;
        int index = _input.index();
        if (line >= l.lineCount() || index >= _input.size()) {
            closeBlock(index);
            if (inComment) {
                unterminatedComment();
            }
            done = true;
            return;
        }
        NoteLayout.Role role = l.role(line);
        int block = l.block(line);
        if (openBlock >= 0 && block != openBlock) {
            closeBlock(index);
        }
        if (role != NoteLayout.Role.TRACE) {
            int type = TraceTokenTypes.ofRole(role);
            if (role == NoteLayout.Role.FENCE_OPEN && line + 1 < l.lineCount() && l.role(line + 1) == NoteLayout.Role.TRACE) {
                type = TraceLexer.TRACE_FENCE_OPEN;
            }
            pending.add(wholeLine(type, line, role == NoteLayout.Role.FRONT_MATTER));
            return;
        }
        if (openBlock < 0) {
            openBlock = block;
            pending.add(zeroWidth(TraceLexer.BLOCK_BEGIN, index));
        }
        String text = l.lineText(line);
        if (inComment) {
            continueComment(line, text);
            return;
        }
        if (text.length() > NoteLayout.MAX_LEXED_LINE) {
            l.findings().add(new LayoutFinding(LayoutFinding.Kind.LONG_LINE, line + 1, 1,
                    "line of " + text.length() + " characters is not parsed; read as prose"));
            int s = LineMargin.leadingStructure(text);
            int a = LineMargin.arrowEnd(text);
            if (a >= 0) {
                pending.add(span(TraceTokenTypes.ofArrow(text.substring(s, a)), Token.DEFAULT_CHANNEL, l.start(line) + cpCount(text, s),
                        l.start(line) + cpCount(text, a), line, cpCount(text, s)));
                s = a;
            }
            pending.add(span(TraceLexer.WORD, Token.DEFAULT_CHANNEL, l.start(line) + cpCount(text, s),
                    l.contentEnd(line), line, cpCount(text, s)));
            pending.add(span(TraceLexer.NL, Token.DEFAULT_CHANNEL, l.contentEnd(line), l.end(line), line,
                    text.codePointCount(0, text.length())));
            moveTo(line + 1, l.end(line), 0);
            return;
        }
        int margin = l.margins().end(line);   // a list bullet or a line number the layout made a margin
        int s = LineMargin.leadingStructure(text, margin, text.length());
        newLogicalLine(s);
        String rest = text.substring(s);
        boolean gdbFrameGoesOn = inGdbFrame && s > 0 && LineMargin.arrowEnd(text) < 0 && !rest.isEmpty();
        // each pattern is tried only on a line that starts as it needs
        inGdbFrame = CommentLines.startsGdbFrame(rest) || gdbFrameGoesOn;
        if (CommentLines.isCommentLine(l, line, s, text, rest) || gdbFrameGoesOn) {
            int from = l.start(line) + cpCount(text, s);
            int type = CommentLines.isDirective(rest) ? TraceLexer.PREPROCESSOR : TraceLexer.LINE_COMMENT_TEXT;
            int channel = type == TraceLexer.PREPROCESSOR ? Token.DEFAULT_CHANNEL : TraceLexer.COMMENTS;
            pending.add(span(type, channel, from, l.contentEnd(line), line, cpCount(text, s)));
            queueNewline(line, text);
            return;
        }
        moveTo(line, l.start(line) + cpCount(text, s), cpCount(text, s));
        atLineStart = false;
        int arrow = orLearnedArrow(LineMargin.arrowEnd(text, margin, text.length()), l, line, text, cpCount(text, s));
        int payload = LineScan.skipBlanks(text, arrow < 0 ? s : arrow);
        int named = BoxedCallTree.afterOpeningWall(text, payload);
        wallFrom = -1;
        if (named > 0) {   // `|--> | name | note`: the wall is structure
            wallFrom = l.start(line) + cpCount(text, payload);
            wallTo = l.start(line) + cpCount(text, named);
            wallColumn = cpCount(text, payload);
            wallLine = line;
            payload = named;
        }
        int wall = BoxedCallTree.wallBefore(text, payload) ? BoxedCallTree.closingWall(text, payload) : -1;
        int note = wall >= 0 ? LineScan.skipBlanks(text, wall + 1) : TrailingNote.start(text, payload);
        closingFrom = -1;
        noteLine = line;
        if (wall >= 0) {   // `| name | note`: the closing wall is structure too, the note what follows it
            closingFrom = l.start(line) + cpCount(text, wall);
            closingTo = l.start(line) + cpCount(text, note);
            closingColumn = cpCount(text, wall);
            if (note == text.length()) {
                note = -1;   // `| name |`: no note
            }
        }
        noteFrom = -1;
        if (note >= 0) {
            noteFrom = l.start(line) + cpCount(text, note);
            noteTo = l.start(line) + cpCount(text, TrailingNote.end(text, note));
            noteLine = line;
            noteColumn = cpCount(text, note);
        }
    }

    /** A line inside an open {@code /*} comment: comment up to {@code *}{@code /}, code after it. */
    private void continueComment(int line, String text) {
        NoteLayout l = layout();
        int s = LineMargin.leadingStructure(text);
        int close = text.indexOf("*/", s);
        if (close < 0) {
            if (s < text.length()) {
                pending.add(span(TraceLexer.LINE_COMMENT_TEXT, TraceLexer.COMMENTS, l.start(line) + cpCount(text, s),
                        l.contentEnd(line), line, cpCount(text, s)));
            }
            queueNewline(line, text);
            return;
        }
        inComment = false;
        int stop = l.start(line) + cpCount(text, close + 2);
        pending.add(span(TraceLexer.LINE_COMMENT_TEXT, TraceLexer.COMMENTS, l.start(line) + cpCount(text, s), stop,
                line, cpCount(text, s)));
        moveTo(line, stop, cpCount(text, close + 2));
        newLogicalLine(s);
        atLineStart = false;
    }

    /** Starts a logical line at {@code indent}: no bracket open, no token yet, no line joined. */
    private void newLogicalLine(int indent) {
        logicalLineIndent = indent;
        parenDepth = 0;
        initDepth = 0;
        lastType = 0;
        lineTokens = 0;
        joined = 0;
    }

    /** {@code arrow}, or where a marker the block repeats ({@link RepeatedMarkers}) ends, queued as the block's own arrow. */
    private int orLearnedArrow(int arrow, NoteLayout l, int line, String text, int column) {
        int end = arrow < 0 ? l.margins().learnedArrowEnd(line) : -1;
        if (end < 0) {
            return arrow;
        }
        lastType = l.margins().learnedStep(line) ? TraceLexer.STEP_ARROW : TraceLexer.ARROW;
        lineTokens = 1;
        pending.add(spanPast(lastType, Token.DEFAULT_CHANNEL, l.start(line) + column, l.start(line) + end, line, column));
        return text.offsetByCodePoints(0, end);
    }

    /**
     * At a newline of a trace line: join the next line when a {@code (} is still open and the next
     * line is a deeper, arrowless continuation; otherwise end the line.
     */
    private Token endOfLine(Token nl) {
        NoteLayout l = layout();
        int next = nl.getLine();   // 0-based index of the following line
        boolean open = parenDepth > 0 || initDepth > 0
                || (TraceTokenTypes.continuesLine(lastType)
                        && (joined > 0 || !InitializerEntries.endsEntry(lastType, l.lineText(next - 1), logicalLineIndent))
                        && !ForkPlusTrees.endsWithFork(l, next - 1))   // `f - +`: callees follow
                || (next < l.lineCount() && ValueLines.continues(l.lineText(next - 1), l.lineText(next)));   // `= 42` under `x = f()`
        if (!inComment && next < l.lineCount() && l.margins().wrapped(next) && l.block(next) == openBlock) {
            return _factory.create(_tokenFactorySourcePair, TraceLexer.WS, nl.getText(), Token.HIDDEN_CHANNEL,
                    nl.getStartIndex(), nl.getStopIndex(), nl.getLine(), nl.getCharPositionInLine());   // a list item's wrapped rest
        }
        if (open && !inComment && joined < MAX_JOINED_LINES && next < l.lineCount()
                && l.role(next) == NoteLayout.Role.TRACE && l.block(next) == openBlock) {
            String t = l.lineText(next);
            int s = LineMargin.leadingStructure(t);
            String rest = t.substring(s);
            boolean closesInitialiser = initDepth > 0 && rest.startsWith("}") && s >= logicalLineIndent;
            boolean continuation = !rest.isEmpty() && (s > logicalLineIndent || closesInitialiser || CornerTrees.tabbedDeeper(l.lineText(next - 1 - joined), t, s, logicalLineIndent))
                    && LineMargin.arrowEnd(t) < 0
                    && !rest.startsWith("#") && !rest.startsWith("//") && !rest.startsWith("/*")
                    && !ListItemMarkers.itemOfItsOwn(l, next, rest);   // `- g()` under `- f(..`: an item, whatever its blanks
            if (continuation) {
                joined++;
                if (s > 0 && t.substring(0, s).indexOf('|') >= 0) {
                    // the continued line's own `|` connectors are drawing, not payload
                    int from = l.start(next);
                    pending.add(span(TraceLexer.WS, Token.HIDDEN_CHANNEL, from, from + cpCount(t, s), next, 0));
                    moveTo(next, from + cpCount(t, s), cpCount(t, s));
                }
                return _factory.create(_tokenFactorySourcePair, TraceLexer.WS, nl.getText(), Token.HIDDEN_CHANNEL,
                        nl.getStartIndex(), nl.getStopIndex(), nl.getLine(), nl.getCharPositionInLine());
            }
        }
        newLogicalLine(logicalLineIndent);
        atLineStart = true;
        noteFrom = -1;
        closingFrom = -1;
        return nl;
    }

    private void closeBlock(int index) {
        if (openBlock < 0) {
            return;
        }
        if (inComment) {
            unterminatedComment();
        }
        pending.add(zeroWidth(TraceLexer.BLOCK_END, index));
        openBlock = -1;
    }

    private void unterminatedComment() {
        layout().findings().add(new LayoutFinding(LayoutFinding.Kind.UNTERMINATED_COMMENT, commentLine, commentColumn,
                "`/*` comment is not closed before the trace block ends"));
        inComment = false;
    }

}
