package org.tracenotes.core.ide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text's lines, for editors that address text by line and character rather than by offset (the
 * Language Server Protocol, most editors' APIs). A position is a 0-based line and a 0-based character
 * counted in UTF-16 code units, the unit of the note model's offsets and of LSP's default position
 * encoding. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as LSP counts them; the line
 * terminator belongs to no line's characters. The note model numbers lines by {@code \n} alone, so its
 * 1-based line {@code n} is line {@code n - 1} here unless the text holds a lone {@code \r}.
 */
public final class TextLines {

    /** A 0-based line and a 0-based UTF-16 character within it. */
    public record Position(int line, int character) { }

    /** A piece of a range lying on one line: {@code length} UTF-16 units from {@code character}. */
    public record Segment(int line, int character, int length) { }

    private final String text;
    /** Offset where each line starts. */
    private final int[] starts;
    /** Offset where each line's text ends (its terminator, or the end of the text). */
    private final int[] ends;

    private TextLines(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The lines of {@code text}. */
    public static TextLines of(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new int[] {start, text.length()});
        int[] s = new int[lines.size()];
        int[] e = new int[lines.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = lines.get(i)[0];
            e[i] = lines.get(i)[1];
        }
        return new TextLines(text, s, e);
    }

    public String text() {
        return text;
    }

    /** How many lines the text has: one more than it has line terminators. */
    public int lineCount() {
        return starts.length;
    }

    /** The offset where {@code line} starts; past the last line, the end of the text. */
    public int lineStart(int line) {
        if (line < 0) {
            return 0;
        }
        return line < starts.length ? starts[line] : text.length();
    }

    /** The offset where {@code line}'s text ends, before its terminator; past the last line, the end of the text. */
    public int lineEnd(int line) {
        if (line < 0) {
            return lineEnd(0);
        }
        return line < ends.length ? ends[line] : text.length();
    }

    /**
     * The position of {@code offset}, clamped to the text. An offset inside a line terminator (between
     * {@code \r} and {@code \n}) is the end of its line.
     */
    public Position position(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(starts, at);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, Math.min(at, ends[line]) - starts[line]);
    }

    /**
     * The offset of a position, clamped as LSP asks: a character past the line's end is the line's end
     * (before its terminator), a line past the last is the end of the text, a negative one the start.
     */
    public int offset(int line, int character) {
        if (line < 0) {
            return 0;
        }
        if (line >= starts.length) {
            return text.length();
        }
        return starts[line] + Math.max(0, Math.min(character, ends[line] - starts[line]));
    }

    /** {@code length} UTF-16 units from {@code offset}, cut into their pieces on each line; terminators and empty pieces left out. */
    public List<Segment> segments(int offset, int length) {
        List<Segment> out = new ArrayList<>();
        int from = Math.max(0, Math.min(offset, text.length()));
        int to = Math.max(from, Math.min(offset + Math.max(0, length), text.length()));
        int line = position(from).line();
        while (from < to && line < starts.length) {
            int end = Math.min(to, ends[line]);
            if (end > from) {
                out.add(new Segment(line, from - starts[line], end - from));
            }
            line++;
            if (line < starts.length) {
                from = Math.max(from, starts[line]);
            }
        }
        return out;
    }

    /**
     * {@code text} with the range from {@code start} to {@code end} (each a position, clamped as
     * {@link #offset} clamps) replaced by {@code replacement}: an editor's incremental change.
     */
    public String replace(Position start, Position end, String replacement) {
        int from = offset(start.line(), start.character());
        int to = offset(end.line(), end.character());
        if (to < from) {
            int t = from;
            from = to;
            to = t;
        }
        return text.substring(0, from) + replacement + text.substring(to);
    }
}
