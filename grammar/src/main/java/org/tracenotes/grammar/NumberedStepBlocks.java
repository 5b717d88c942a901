package org.tracenotes.grammar;

import java.util.Set;

/**
 * A code block (indented four blanks or more, or fenced) that lists the steps of a path as a numbered
 * list, some steps calls, some events in words, with remarks in words indented under a step:
 * <pre>
 *         1. IRQ
 *         2. handle_irq_x()
 *         3. dispatch_x(desc)
 *             the handler is looked up first
 *         4. the device is acknowledged
 * </pre>
 * Authors write such lists where others draw arrows: the numbers are the order, every item a step of
 * the same implied root (core's {@code NumberedSteps}), and a deeper unnumbered line is a remark on the
 * step above it (a comment), not a step.
 *
 * <p>What tells it from a list of things in a code block: the items are numbered from 1 up by one at
 * one column, at least {@value #MIN_ITEMS} of them; at least {@value #MIN_CALLS} items, and a third of them, are a call
 * and nothing else ({@code f()}, {@code ops->f(x);}), the others words; every other line is a deeper line of words (no number, no code). An unfenced block is a
 * Markdown code block: it follows a blank line, heading or fence, and its items stand four columns or
 * more in. The items may be numbered the ways CJK authors number them ({@code 1、f()}, {@code 1）f()},
 * {@code （1）f()}, {@link ListNumbers.Separators#STEPS}), half of them calls alone then. A list of commands ({@code 1. make}), of options or of files has no call in it.
 */
final class NumberedStepBlocks {

    /** How many numbered items, at least. */
    private static final int MIN_ITEMS = 3;
    /** How many items are a call alone, at least. */
    private static final int MIN_CALLS = 2;
    /** One item in this many, at least, is a call alone. */
    private static final int CALL_SHARE = 3;
    /**
     * Items numbered the wide ways ({@code 1、}, {@code （1）}) are a Chinese document's paragraphs as often
     * as steps: one in this many, at least, is a call alone.
     */
    private static final int WIDE_CALL_SHARE = 2;
    /** An unfenced list's items stand this many columns in, at least: a Markdown code block. */
    private static final int CODE_INDENT = 4;

    private NumberedStepBlocks() {
    }

    /**
     * Whether the fenced lines {@code first}..{@code last} are such a list; when they are, its numbers
     * become margins and its deeper lines remarks.
     */
    static boolean isFencedList(NoteLayout layout, int first, int last) {
        int start = first;
        while (start <= last && layout.blank(start)) {
            start++;
        }
        if (start > last || listEnd(layout, start, last, false) != lastNonBlank(layout, start, last)) {
            return false;
        }
        markList(layout, start, last);
        return true;
    }

    /** Marks every such unfenced list among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT
                    || numberOne(layout, i) < 0 || layout.indentOf(i) < CODE_INDENT) {
                i++;   // the cheap test: a code block's first line numbered 1, after no paragraph
                continue;
            }
            int end = listEnd(layout, i, n - 1, true);
            if (end < 0) {
                i++;
                continue;
            }
            layout.markTrace(i, end, blockId++);
            markList(layout, i, end);
            i = end + 1;
        }
        return blockId;
    }

    /**
     * The last line of the list that starts at {@code first} and runs at most to {@code limit} when it is
     * one of steps (see the class comment); -1 otherwise. {@code text}: the lines must be the note's text
     * lines (an unfenced block); a blank line ends the list unless the next item follows it.
     */
    private static int listEnd(NoteLayout layout, int first, int limit, boolean text) {
        int[] t = layout.codePoints();
        if (numberOne(layout, first) < 0) {
            return -1;
        }
        int column = layout.indentOf(first);
        int items = 0;
        int calls = 0;
        int last = first;
        int firstNumberEnd = layout.start(first) + numberOne(layout, first);
        boolean wide = t[firstNumberEnd - 1] != '.' && t[firstNumberEnd - 1] != ')';
        for (int j = first; j <= limit; j++) {
            if (layout.blank(j)) {
                continue;
            }
            if (text && layout.role(j) != NoteLayout.Role.TEXT) {
                break;
            }
            int indent = layout.indentOf(j);
            int number = ListNumbers.plainEnd(layout, j, ListNumbers.Separators.STEPS);
            if (indent == column && number >= 0) {
                if (ListNumbers.value(t, layout.start(j), layout.start(j) + number) != items + 1) {
                    return -1;   // numbered out of order: not one list of steps
                }
                items++;
                int p = LineScan.skipBlanks(t, layout.start(j) + number, layout.contentEnd(j));
                int e = LineScan.stripEnd(t, p, layout.contentEnd(j));
                if (callAlone(t, p, e)) {
                    calls++;
                } else if (!inWords(t, p, e)) {
                    return -1;   // code that is no call alone: a listing
                }
                last = j;
                continue;
            }
            if (indent > column && number < 0 && inWords(t, LineScan.stripStart(t, layout.start(j), layout.contentEnd(j)),
                    LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j))) && items > 0) {
                last = j;   // a remark on the step above
                continue;
            }
            if (!text || indent > column) {
                return -1;   // a line of another kind inside the list
            }
            break;
        }
        return items >= MIN_ITEMS && calls >= MIN_CALLS && calls * (wide ? WIDE_CALL_SHARE : CALL_SHARE) >= items ? last : -1;
    }

    /** Numbers become margins, the other lines remarks. */
    private static void markList(NoteLayout layout, int first, int last) {
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int number = ListNumbers.plainEnd(layout, j, ListNumbers.Separators.STEPS);
            if (number >= 0 && layout.indentOf(j) == layout.indentOf(first)) {
                layout.margins().setEnd(j, number);
            } else {
                layout.margins().setRemark(j);
            }
        }
    }

    /** Where the number of an item numbered 1 on {@code line} ends (code points from the line's start), or -1. */
    private static int numberOne(NoteLayout layout, int line) {
        int end = ListNumbers.plainEnd(layout, line, ListNumbers.Separators.STEPS);
        if (end < 0) {
            return -1;
        }
        int[] t = layout.codePoints();
        return ListNumbers.value(t, layout.start(line), layout.start(line) + end) == 1 ? end : -1;
    }

    private static int lastNonBlank(NoteLayout layout, int first, int last) {
        int j = last;
        while (j > first && layout.blank(j)) {
            j--;
        }
        return j;
    }

    /**
     * Whether [p, e) is a call and nothing else: a name (through {@code ->} or {@code .} members) with an
     * {@code _} or a lower-case letter, its parentheses balanced and closing the text, a {@code ;} at most after them.
     */
    static boolean callAlone(int[] t, int p, int e) {
        if (p >= e || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int q = p;
        while (q < e && (LineScan.isIdentPart(t[q]) || t[q] == '.' || t[q] == '-' && q + 1 < e && t[q + 1] == '>')) {
            q += t[q] == '-' ? 2 : 1;
        }
        if (q >= e || t[q] != '(') {
            return false;
        }
        int depth = 0;
        for (; q < e; q++) {
            if (t[q] == '(') {
                depth++;
            } else if (t[q] == ')' && --depth == 0) {
                break;
            } else if (keywordArgument(t, q, e)) {
                return false;   // `configure(debug=True)`: a script's statement, not a step of a path
            }
        }
        if (q >= e) {
            return false;
        }
        q++;
        return q == e || q + 1 == e && t[q] == ';';
    }

    /**
     * Whether [p, e) is words, not code: no {@code ;}, {@code {}, {@code }} or {@code =} in it, not a call
     * alone, and either a CJK letter or a word of letters first (an event's name, {@code IRQ}, is one).
     */
    private static boolean inWords(int[] t, int p, int e) {
        if (p >= e || callAlone(t, p, e)) {
            return false;
        }
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == ';' || c == '{' || c == '}' || c == '=' || c == '$' || c == '#') {
                return false;
            }
        }
        return LineScan.isCjk(t[p]) || Character.isLetter(t[p]) && !ledByCommand(t, p, e);
    }

    /** Whether {@code t[q]} is the {@code =} of a keyword argument: a name right before it, no {@code =} around it. */
    private static boolean keywordArgument(int[] t, int q, int e) {
        return t[q] == '=' && LineScan.isIdentPart(t[q - 1]) && (q + 1 >= e || t[q + 1] != '=');
    }

    /**
     * Whether [p, e) is led by a word that starts a statement of a script or a shell command, then a blank
     * ({@code import mylib}, {@code cd repo}, {@code make install}, {@code pip install x}): a usage example's
     * line, not an event told in words.
     */
    private static boolean ledByCommand(int[] t, int p, int e) {
        int q = p;
        while (q < e && LineScan.isIdentPart(t[q])) {
            q++;
        }
        if (q >= e || t[q] != ' ') {
            return false;
        }
        String word = new String(t, p, q - p);
        return COMMAND_WORDS.contains(word);
    }

    /** Words that lead a script's statement or a shell command line. */
    private static final Set<String> COMMAND_WORDS = Set.of(
            "import", "require", "using", "cd", "make", "cmake", "git", "pip", "pip3", "npm", "yarn", "cargo",
            "mvn", "gradle", "sudo", "export", "python", "python3", "node", "java", "apt", "brew", "docker",
            "curl", "wget", "mkdir", "cp", "mv", "rm", "tar", "echo");
}
