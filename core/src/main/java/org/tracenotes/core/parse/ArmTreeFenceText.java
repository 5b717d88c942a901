package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;

/**
 * A fence of call trees drawn with arms, each a root line at the margin with {@code |-} (or {@code +-},
 * {@code `-}, {@code ├─}) arms under it, the trees apart by blank lines, and between them what the
 * author wrote around the trees, at the margin too:
 * <pre>
 * struct foo_queue {                    a definition listing: text (its closing `};` a brace)
 *     struct bar *head;   // first
 * };
 *
 * struct foo_ops foo_vec[4] // indexed by       a lone declaration: a declaration step of no root,
 *                           // FOO_A, FOO_B     its `//` continuation a comment of it
 *
 * foo_start(int cpu)                    a root: arms stand under it
 * |-foo_prepare()
 *   |-ops->run(q)
 *
 * ops->run()会调用之前注册的函数foo_run     a sentence standing alone between blank lines (or ending
 *                                       the fence), no arms under it: text, not a root
 * </pre>
 * Only a fence every paragraph of which is such a tree, a sentence, a definition listing, a lone
 * declaration or comments, with at least one tree, is read so; any other fence keeps its reading. A
 * line that has arms under it stays the root it is, whatever words follow its call.
 */
final class ArmTreeFenceText {

    private ArmTreeFenceText() {
    }

    private enum Unit { TREE, SENTENCES, DEFINITION, DECLARATION, COMMENTS }

    /** One paragraph of the fence: its kind and the indexes of its first and last lines. */
    private record Paragraph(Unit unit, int from, int to) { }

    /** {@code struct foo {}, {@code typedef union bar {}: a definition listing's head (its comment cut off). */
    private static final Pattern DEFINITION_HEAD = Pattern.compile("(?:typedef\\s+)?(?:struct|union|enum)\\s+[A-Za-z_]\\w*\\s*\\{");
    /** {@code }}, {@code };}, {@code } foo_t;}: a definition listing's closing line. */
    private static final Pattern DEFINITION_END = Pattern.compile("\\}\\s*(?:[A-Za-z_]\\w*\\s*)?;?");
    /** An arrow between steps, not a member's {@code ->}: {@code =>}, {@code -->}, {@code →}, {@code ->} next to a blank or CJK. */
    private static final Pattern CHAIN_ARROW = Pattern.compile("=>|-->|→|[\\s\\u4e00-\\u9fff]->|->[\\s\\u4e00-\\u9fff]");
    private static final Pattern CJK_WORDS = Pattern.compile("[\\u4e00-\\u9fff\\u3040-\\u30ff]{2}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+[,.]?");
    /** Words that make three words in a row C, not English ({@code static unsigned long}). */
    private static final Set<String> C_WORDS = Set.of("static", "inline", "extern", "const", "volatile", "unsigned",
            "signed", "long", "short", "int", "char", "void", "struct", "union", "enum", "bool", "typedef", "return",
            "register", "float", "double");

    /**
     * The block's lines with each sentence and definition listing of a fence of arm trees read as comment
     * lines (text, no step); {@code lines} itself when the block is no such fence.
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        if (!fenced || lines.size() < 3) {
            return lines;
        }
        List<Paragraph> paragraphs = paragraphs(lines, l -> RootlessForests.lead(source, l.line(), true) == RootlessForests.BRANCH
                        || ConnectorStems.ledByStem(source, l.line()),
                l -> sentence(source.line(l.line())), l -> code(source.line(l.line())));
        if (paragraphs == null) {
            return lines;
        }
        List<TraceLine> out = null;
        for (Paragraph p : paragraphs) {
            if (p.unit() != Unit.SENTENCES && p.unit() != Unit.DEFINITION) {
                continue;
            }
            for (int i = p.from(); i <= p.to(); i++) {
                TraceLine l = lines.get(i);
                if (l.isBlank() || l.isCommentOnly()) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, asText(l, source));
            }
        }
        return out == null ? lines : out;
    }

    /**
     * Whether line {@code index}, at the block's margin, is a lone declaration of a fence of arm trees
     * ({@code struct foo_ops foo_vec[4] // …} between blank lines, its comment's continuation below): a
     * declaration standing before the trees, a step of no root. The tree builder asks it for every line at
     * its base column; the cheap tests come first.
     */
    static boolean declaresContext(List<TraceLine> lines, int index, int baseIndent, ToIntFunction<TraceLine> lead,
            Predicate<TraceLine> stemLed) {
        TraceLine l = lines.get(index);
        if (l.arrow() != Arrow.NONE || l.reading() == null || l.reading().kind() != StepKind.DECLARATION
                || l.indent() > baseIndent || !loneDeclaration(l)) {
            return false;
        }
        for (int k = index + 1; k < lines.size() && !lines.get(k).isBlank(); k++) {
            if (!lines.get(k).isCommentOnly()) {
                return false;   // a line of code below it in its paragraph: no lone declaration
            }
        }
        for (int k = index - 1; k >= 0 && !lines.get(k).isBlank(); k--) {
            if (!lines.get(k).isCommentOnly()) {
                return false;   // the cheap tests before the block's paragraphs are read
            }
        }
        List<Paragraph> paragraphs = paragraphs(lines, t -> lead.applyAsInt(t) == RootlessForests.BRANCH || stemLed.test(t),
                t -> false, t -> null);
        return paragraphs != null && paragraphs.stream()
                .anyMatch(p -> p.unit() == Unit.DECLARATION && p.from() <= index && index <= p.to());
    }

    /** A declaration without call, initialiser or body: {@code struct foo_ops foo_vec[4]}, {@code int n}. */
    private static boolean loneDeclaration(TraceLine l) {
        String t = l.reading().text();
        return t.indexOf('(') < 0 && t.indexOf('=') < 0 && t.indexOf('{') < 0;
    }

    /**
     * The block's paragraphs, or null when it is no fence of arm trees: some paragraph is none of the
     * family's, or none is a tree.
     *
     * @param branchLed whether a line is led by an arm ({@code |-f()}) or a stem ({@code |  |-g()})
     * @param sentence  whether a line is a sentence in words
     * @param code      a line's code, its comment cut off, stripped (null when not known)
     */
    private static List<Paragraph> paragraphs(List<TraceLine> lines, Predicate<TraceLine> branchLed,
            Predicate<TraceLine> sentence, java.util.function.Function<TraceLine, String> code) {
        int margin = Integer.MAX_VALUE;
        for (TraceLine l : lines) {
            if (!l.isBlank() && !l.isCommentOnly()) {
                margin = Math.min(margin, l.indent());
            }
        }
        List<Paragraph> out = new ArrayList<>();
        boolean tree = false;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int first = firstCode(lines, i);
            String head = first < 0 ? null : code.apply(lines.get(first));
            if (head != null && lines.get(first).indent() == margin && DEFINITION_HEAD.matcher(head).matches()) {
                int end = definitionEnd(lines, first, margin, code);
                if (end < 0) {
                    return null;
                }
                out.add(new Paragraph(Unit.DEFINITION, i, end));
                i = end + 1;
                continue;
            }
            int to = i;
            while (to + 1 < lines.size() && !lines.get(to + 1).isBlank()) {
                to++;
            }
            Unit unit = unit(lines, i, to, margin, branchLed, sentence);
            if (unit == null) {
                return null;
            }
            tree |= unit == Unit.TREE;
            out.add(new Paragraph(unit, i, to));
            i = to + 1;
        }
        return tree ? out : null;
    }

    /** What the paragraph of lines {@code from} to {@code to} is, or null when none of the family's. */
    private static Unit unit(List<TraceLine> lines, int from, int to, int margin, Predicate<TraceLine> branchLed,
            Predicate<TraceLine> sentence) {
        List<TraceLine> code = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            if (!lines.get(k).isCommentOnly()) {
                code.add(lines.get(k));
            }
        }
        if (code.isEmpty()) {
            return Unit.COMMENTS;
        }
        TraceLine root = code.get(0);
        if (root.indent() != margin || root.reading() == null || branchLed.test(root)) {
            return null;
        }
        if (code.size() > 1) {
            for (TraceLine l : code.subList(1, code.size())) {
                if (l.indent() <= margin || !branchLed.test(l)) {
                    return null;
                }
            }
            return Unit.TREE;   // a root with arms under it, whatever words follow its call
        }
        if (root.arrow() == Arrow.NONE && root.reading().kind() == StepKind.DECLARATION && loneDeclaration(root)) {
            return Unit.DECLARATION;
        }
        return root.arrow() == Arrow.NONE && sentence.test(root) ? Unit.SENTENCES : null;
    }

    /** The index of the first line from {@code i} that is no comment, up to the paragraph's end; -1 when none. */
    private static int firstCode(List<TraceLine> lines, int i) {
        for (int k = i; k < lines.size() && !lines.get(k).isBlank(); k++) {
            if (!lines.get(k).isCommentOnly()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The index of a definition listing's closing line ({@code };} at the margin, the lines between deeper),
     * followed by a blank line or the block's end; -1 when it has none.
     */
    private static int definitionEnd(List<TraceLine> lines, int head, int margin, java.util.function.Function<TraceLine, String> code) {
        for (int k = head + 1; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (l.indent() > margin) {
                continue;   // a field
            }
            String c = code.apply(l);
            if (c == null || !DEFINITION_END.matcher(c).matches()) {
                return -1;
            }
            return k + 1 == lines.size() || lines.get(k + 1).isBlank() ? k : -1;
        }
        return -1;
    }

    /** The code of a source line: stripped, a trailing {@code //} or {@code /*} comment cut off. */
    private static String code(String line) {
        String t = line.strip();
        for (int k = 0; k + 1 < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '/' && (t.charAt(k + 1) == '/' || t.charAt(k + 1) == '*') && (k == 0 || Character.isWhitespace(t.charAt(k - 1)))) {
                return t.substring(0, k).strip();
            }
        }
        return t;
    }

    /**
     * Whether a source line is a sentence in words: its code holds two CJK characters in a row
     * ({@code 全局变量foo_table在初始化时注册了…}), or three English words in a row none of which is a C
     * type word ({@code the table keeps the addresses of foo_rcv()}), ends with no {@code ;} or {@code {}
     * and joins no steps by arrows.
     */
    static boolean sentence(String line) {
        String c = code(line);
        if (c.isEmpty() || c.endsWith(";") || c.endsWith("{") || c.startsWith("#") || CHAIN_ARROW.matcher(c).find()) {
            return false;   // `中断->软中断->foo_rcv`: a flow written on one line, no sentence
        }
        if (CJK_WORDS.matcher(c).find()) {
            return true;
        }
        int run = 0;
        for (String w : c.split("\\s+")) {
            boolean word = WORD.matcher(w).matches() && !C_WORDS.contains(w);
            run = word ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
        }
        return false;
    }

    /** The line as text: a comment line holding its whole source line, no step. */
    private static TraceLine asText(TraceLine l, SourceText source) {
        String line = source.line(l.line());
        int start = source.lineStart(l.line());
        int from = start + SourceText.firstNonBlank(line);
        int to = start + line.stripTrailing().length();
        var range = source.range(Math.min(from, to), to);
        return new TraceLine(l.line(), l.indent(), l.indent(), Arrow.NONE, null, range,
                List.of(new Comment("", line.strip(), Comment.Placement.LEADING, range)));
    }
}
