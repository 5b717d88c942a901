package org.tracenotes.core.parse;

import java.util.List;
import java.util.function.ToIntFunction;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * Code pasted at a block's margin with no root line of its own. A statement ended by {@code ;} at the
 * margin, with no body under it, next to another statement at the margin, is a step of an implied
 * root, not a root: a root is a name, a prototype or a title, which a statement is not.
 * <pre>
 * enter(ctx);               # a step of the implied root
 * while (n &gt; 0) {
 *     n = step(ctx);
 * }
 * leave(ctx);               # its next step
 * </pre>
 * A variable's declaration at the margin with no body under it ({@code struct region r;} above the
 * root that uses it) is no root either. A lone {@code f(x);} at the margin, or one with lines under it,
 * still starts a root, unless the
 * snippet's statements stand right above it.
 */
final class MarginSnippets {

    private MarginSnippets() {
    }

    /**
     * Whether line {@code index}, at or left of the margin, is a statement of a snippet without a root;
     * {@code lastChar} gives a line's last source character.
     */
    static boolean isLooseStatement(List<TraceLine> lines, int index, int baseIndent, ToIntFunction<TraceLine> lastChar) {
        TraceLine l = lines.get(index);
        if (l.arrow() != Arrow.NONE || l.indent() > baseIndent) {
            return false;
        }
        if (lastChar.applyAsInt(l) != ';') {
            return opensUnterminatedSnippet(lines, index, l);   // most margin lines are names or prototypes without `;`
        }
        TraceLine next = step(lines, index, 1);
        if (next != null && next.indent() > l.indent()) {
            return false;   // lines under it: its body, so it is a root written as a call
        }
        if (l.reading().kind() == StepKind.DECLARATION && l.reading().text().indexOf('(') < 0) {
            return true;   // `struct region r;` above the root that uses it: a declaration, no root
        }
        if (!isPlain(l)) {
            return false;
        }
        TraceLine prev = step(lines, index, -1);
        return next != null && next.indent() == l.indent() && isStatement(next, lastChar)
                || prev != null && prev.indent() == l.indent() && (isStatement(prev, lastChar)
                        || prev.reading().kind() == StepKind.BRACE);
    }

    /**
     * Whether line {@code index}, a call at the margin, goes on with a snippet's statements right above
     * it ({@code n = 1;} then a comment, then {@code run(n, …)} with its body below): a step of the
     * snippet's implied root, its body the callee's code. A blank line between ends the snippet.
     */
    static boolean continuesSnippet(List<TraceLine> lines, int index, int baseIndent, ToIntFunction<TraceLine> lastChar) {
        TraceLine l = lines.get(index);
        if (l.arrow() != Arrow.NONE || l.indent() > baseIndent || l.reading().kind() != StepKind.CALL) {
            return false;
        }
        for (int k = index - 1; k >= 0; k--) {
            TraceLine t = lines.get(k);
            if (t.isBlank()) {
                return false;
            }
            if (t.reading() != null) {
                return t.arrow() == Arrow.NONE && t.indent() == l.indent() && lastChar.applyAsInt(t) == ';';
            }
        }
        return false;
    }

    /**
     * Whether {@code l}, a margin line without {@code ;}, is an assignment that opens a snippet in a language
     * that ends no statement with {@code ;} (Go, Python, pseudo-code): the line after it, at its column,
     * is a condition, a loop, a switch or another assignment ({@code x := load(p)} over {@code if x:}). An
     * assignment names no function whose body the lines below could be, so it is no root.
     */
    private static boolean opensUnterminatedSnippet(List<TraceLine> lines, int index, TraceLine l) {
        if (l.reading() == null || !assigns(l.reading())) {
            return false;   // the cheap test: margin lines are mostly names and calls
        }
        TraceLine next = step(lines, index, 1);
        if (next == null || next.indent() != l.indent() || next.arrow() != Arrow.NONE) {
            return false;
        }
        StepKind k = next.reading().kind();
        return k == StepKind.IF || k == StepKind.LOOP || k == StepKind.SWITCH || assigns(next.reading());
    }

    /** An assignment, C's {@code x = f()} or Go's short declaration {@code x, err := f()}. */
    private static boolean assigns(StepReader.Reading r) {
        return r.kind() == StepKind.ASSIGN || r.kind() == StepKind.PROSE && declaresShort(r.text());
    }

    /**
     * Whether the text opens with Go's short declaration: names separated by commas ({@code x}, {@code x, err}),
     * then {@code :=}. Words side by side are prose ({@code then set x := 0}), and so is a sentence's full stop
     * ({@code see above. n := len(p)}).
     */
    static boolean declaresShort(String text) {
        int n = text.length();
        int i = 0;
        while (true) {
            int name = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            if (i == name) {
                return false;
            }
            i = skipSpaces(text, i);
            if (i < n && text.charAt(i) != ',') {
                return i + 1 < n && text.charAt(i) == ':' && text.charAt(i + 1) == '=';
            }
            i = skipSpaces(text, i + 1);
            if (i >= n) {
                return false;
            }
        }
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isPlain(TraceLine l) {
        StepKind k = l.reading().kind();
        return k == StepKind.CALL || k == StepKind.ASSIGN || k == StepKind.EXPRESSION;
    }

    /** A C statement: ended by {@code ;}, or a keyword statement opening its body with {@code {}. */
    private static boolean isStatement(TraceLine t, ToIntFunction<TraceLine> lastChar) {
        if (t.arrow() != Arrow.NONE) {
            return false;
        }
        int c = lastChar.applyAsInt(t);
        if (c == ';') {
            return true;
        }
        StepKind k = t.reading().kind();
        return c == '{' && (k == StepKind.IF || k == StepKind.LOOP || k == StepKind.SWITCH);
    }

    /** The nearest step line before ({@code dir} -1) or after (+1) {@code index}, or null. */
    private static TraceLine step(List<TraceLine> lines, int index, int dir) {
        for (int k = index + dir; k >= 0 && k < lines.size(); k += dir) {
            TraceLine t = lines.get(k);
            if (t.reading() != null) {
                return t;
            }
        }
        return null;
    }
}
