package org.tracenotes.core.parse;

import java.util.Deque;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;

/**
 * The tail of a braced {@code do} loop written as C writes it: {@code do {} opens the body, and
 * {@code } while (cond);} at the {@code do}'s column closes it and gives the loop's condition. The tail
 * is no statement of its own but the rest of the {@code do} (its condition, as a continuation), and its
 * {@code }} ends the loop's body. Only taken with no comment line pending before it: a comment at the end
 * of the loop's body would else slide past the loop onto the step after it, so the tail then stays a
 * line of the body, the comment above it.
 */
final class DoWhileTails {

    private DoWhileTails() {
    }

    /**
     * Whether arrowless {@code line} is {@code } while (…)} closing a braced {@code do} open at its column
     * on {@code stack}: if so, that body is closed (the stack popped down past it) and the line is added
     * to the {@code do}'s comments as its continuation.
     */
    static boolean closeDo(TraceLine line, Deque<OpenLevel> stack) {
        if (line.arrow() != Arrow.NONE || line.reading() == null || !isTail(line.reading().text())) {
            return false;
        }
        OpenLevel open = OpenLevel.at(stack, line.indent());
        if (open == null || !open.braced() || open.node().kind != StepKind.LOOP || open.node().line.reading() == null
                || !isDoHead(open.node().line.reading().text())) {
            return false;
        }
        while (stack.peek() != open) {
            stack.pop();
        }
        stack.pop();
        open.node().comments.add(new Comment("", line.reading().text(), Comment.Placement.TRAILING, line.range()));
        open.node().comments.addAll(line.comments());
        return true;
    }

    /** Whether {@code text} is {@code } while (…)}, a {@code ;} after it or not. */
    static boolean isTail(String text) {
        if (text.isEmpty() || text.charAt(0) != '}') {
            return false;
        }
        int p = skipBlanks(text, 1);
        if (!text.startsWith("while", p)) {
            return false;
        }
        p = skipBlanks(text, p + 5);
        int end = text.length();
        while (end > p && (text.charAt(end - 1) == ';' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return p < end && text.charAt(p) == '(' && text.charAt(end - 1) == ')';
    }

    /** Whether a loop's text is a {@code do} opening a brace ({@code do {}). */
    private static boolean isDoHead(String text) {
        return text.startsWith("do") && skipBlanks(text, 2) == text.length() - 1 && text.endsWith("{");
    }

    private static int skipBlanks(String text, int p) {
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }
}
