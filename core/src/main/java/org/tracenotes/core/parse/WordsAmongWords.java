package org.tracenotes.core.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * A single word standing as a step among steps in words is a word too. An author who lists what
 * happens in words ({@code -> netlink unicast to auditd}, {@code -> multicast},
 * {@code -> retry on failure}) writes some steps as one word; alone, such a word would read as a call
 * of a function by that name. It is read as words when it is letters only (no underscore, digit,
 * member or argument list), has nothing under it, and every other step beside it is words or such a
 * word, with a sentence of plain words above it ({@code -> 如上} under {@code -> fput} is a remark on a call).
 * A word the block writes as code elsewhere ({@code schedule()}, or a root {@code schedule}) stays a call:
 * {@code -> prepare to wait}, {@code -> schedule}, {@code -> finish wait}.
 */
final class WordsAmongWords {

    private WordsAmongWords() {
    }

    /** A name called with arguments: {@code schedule(}. */
    private static final Pattern CALLED = Pattern.compile("([A-Za-z_]\\w*)\\s*\\(");

    /**
     * The names {@code lines} write as code: called with an argument list anywhere, or standing alone as
     * an arrowless line (a root such as {@code schedule}).
     */
    static Set<String> codeNames(List<TraceLine> lines) {
        Set<String> names = new HashSet<>();
        for (TraceLine l : lines) {
            if (l.reading() == null) {
                continue;
            }
            Matcher m = CALLED.matcher(l.reading().text());
            while (m.find()) {
                names.add(m.group(1));
            }
            if (l.arrow() == Arrow.NONE && l.reading().expression() instanceof Expr.Name n) {
                names.add(n.name());
            }
        }
        return names;
    }

    /**
     * The names a block writes as code ({@link #codeNames}), found only when a word is about to be re-read
     * as words: most blocks have no such word, and the scan is a regular expression over every line.
     */
    static final class CodeNames {
        private final List<TraceLine> lines;
        private Set<String> names;

        CodeNames(List<TraceLine> lines) {
            this.lines = lines;
        }

        boolean contains(String word) {
            if (names == null) {
                names = codeNames(lines);
            }
            return names.contains(word);
        }
    }

    /** Re-reads such words in {@code steps} and, below them, in every body; {@code codeNames} stay calls. */
    static void settle(List<StepNode> steps, CodeNames codeNames) {
        boolean wordsOnly = true;
        for (StepNode s : steps) {
            if (s.kind != StepKind.PROSE && s.kind != StepKind.BRACE && !isWord(s)) {
                wordsOnly = false;
                break;
            }
        }
        boolean sentenceAbove = false;
        for (StepNode s : steps) {
            if (wordsOnly && sentenceAbove && isWord(s) && !codeNames.contains(s.line.reading().text())) {
                s.kind = StepKind.PROSE;
            }
            sentenceAbove |= wordsOnly && s.kind == StepKind.PROSE && s.line.reading() != null
                    && isSentence(s.line.reading().text());
            if (!s.children.isEmpty()) {
                settle(s.children, codeNames);
            }
            for (StepNode alt : s.alternatives) {
                if (!alt.children.isEmpty()) {
                    settle(alt.children, codeNames);
                }
            }
        }
    }

    /** Words with blanks between them and nothing but letters otherwise ({@code retry/hold queue on failure}). */
    private static boolean isSentence(String text) {
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                blank = true;
            } else if (!(c < 128 && Character.isLetter(c)) && c != '/' && c != '-' && c != ',') {
                return false;
            }
        }
        return blank;
    }

    private static boolean isWord(StepNode s) {
        if (s.kind != StepKind.CALL || !s.children.isEmpty() || s.line.arrow() == Arrow.NONE || s.line.reading() == null
                || s.line.reading().inline() != null || !(s.line.reading().expression() instanceof Expr.Name n)) {
            return false;
        }
        String name = n.name();
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetter(name.charAt(i))) {
                return false;
            }
        }
        return s.line.reading().text().equals(name);
    }
}
