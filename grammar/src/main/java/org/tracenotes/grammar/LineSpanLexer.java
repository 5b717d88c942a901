package org.tracenotes.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer layer under {@link TraceLexerBase} that reads a note through its {@link NoteLayout}: it builds
 * the layout once from the input's code points (or those {@link TraceLexerBase#over} decoded), and makes
 * tokens over code-point spans of the layout's lines (a whole line, a span, a zero-width marker, a newline),
 * queued in {@link #pending} and with the lexer moved past them.
 */
abstract class LineSpanLexer extends Lexer {

    /** The tokens queued ahead of the input, returned before anything is lexed. */
    final Deque<Token> pending = new ArrayDeque<>();
    private NoteLayout layout;
    /** The input's code points, when {@link TraceLexerBase#over} made the input from them; else read from the input. */
    int[] codePoints;
    /** The text {@link TraceLexerBase#over} was given, for the layout's line texts. */
    String inputText;
    boolean wholeTrace;

    LineSpanLexer(CharStream input) {
        super(input);
    }

    final NoteLayout layout() {
        if (layout == null) {
            if (codePoints == null) {
                int size = _input.size();
                codePoints = CodePoints.of(size == 0 ? "" : _input.getText(Interval.of(0, size - 1)));
            }
            layout = new NoteLayout(codePoints, inputText, wholeTrace);
        }
        return layout;
    }

    final void queueNewline(int line, String text) {
        NoteLayout l = layout();
        int col = text.codePointCount(0, text.length());
        pending.add(l.end(line) > l.contentEnd(line)
                ? span(TraceLexer.NL, Token.DEFAULT_CHANNEL, l.contentEnd(line), l.end(line), line, col)
                : zeroWidth(TraceLexer.NL, l.contentEnd(line)));
        moveTo(line + 1, l.end(line), 0);
    }

    /** One token for a whole line (or the whole front matter), newline included. */
    final Token wholeLine(int type, int line, boolean frontMatter) {
        NoteLayout l = layout();
        int last = line;
        if (frontMatter) {
            while (last + 1 < l.lineCount() && l.role(last + 1) == NoteLayout.Role.FRONT_MATTER) {
                last++;
            }
        }
        Token t = span(type, Token.DEFAULT_CHANNEL, l.start(line), l.end(last), line, 0);
        moveTo(last + 1, l.end(last), 0);
        return t;
    }

    /** A token over code points [from, to) on 0-based {@code line}. */
    final Token span(int type, int channel, int from, int to, int line, int column) {
        return _factory.create(_tokenFactorySourcePair, type, null, channel, from, to - 1, line + 1, column);
    }

    final Token zeroWidth(int type, int index) {
        return _factory.create(_tokenFactorySourcePair, type, "", Token.DEFAULT_CHANNEL, index, index - 1,
                getLine(), getCharPositionInLine());
    }

    /** A token over {@code [from, to)} on one line, with the lexer moved past it. */
    final Token spanPast(int type, int channel, int from, int to, int line, int column) {
        Token t = span(type, channel, from, to, line, column);
        moveTo(line, to, column + (to - from));
        return t;
    }

    final void moveTo(int line, int index, int column) {
        _input.seek(index);
        getInterpreter().setLine(line + 1);
        getInterpreter().setCharPositionInLine(column);
    }

    static int cpCount(String s, int charIndex) {
        return s.codePointCount(0, charIndex);
    }
}
