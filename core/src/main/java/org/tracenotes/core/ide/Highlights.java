package org.tracenotes.core.ide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * What to colour in a note's trace blocks: arrows, keywords, called and traced function names,
 * comments, annotations and "skipped here" comments. Ranges are UTF-16 offsets into the note's text,
 * sorted and never overlapping; text outside trace blocks has none.
 */
public final class Highlights {

    /** What a highlighted range is. */
    public enum Kind {
        /** {@code =>}, {@code ->}, {@code +->} … */
        ARROW,
        /** {@code if}, {@code else}, {@code return}, {@code goto} … leading a step. */
        KEYWORD,
        /** A traced function's name on its root line, or a called function's name. */
        FUNCTION,
        /** A comment. */
        COMMENT,
        /** A comment that is an annotation ({@code ## @scenario …}). */
        ANNOTATION,
        /** A comment saying code was left out ({@code 先略}, {@code skip}). */
        SKIPPED
    }

    /** One coloured range. */
    public record Highlight(Kind kind, int offset, int length) {

        public int end() {
            return offset + length;
        }
    }

    private static final Pattern ARROW = Pattern.compile("\\G[ \\t]*([+|\\\\`]?-+>|=>)");
    private static final Pattern KEYWORD = Pattern.compile(
            "\\G[ \\t]*(else[ \\t]+if|if|else|return|goto|while|for|do|switch|case|default|break|continue)\\b");

    private static final Comparator<Highlight> BY_OFFSET_LONGEST_FIRST = (a, b) -> a.offset() != b.offset()
            ? Integer.compare(a.offset(), b.offset()) : Integer.compare(b.length(), a.length());

    private Highlights() {
    }

    /** The highlights of {@code note}, in text order. */
    public static List<Highlight> of(Note note) {
        return new Collector(note.text()).of(note);
    }

    /** One computation: the highlights found so far, and one matcher of each pattern over the text. */
    private static final class Collector {
        private final String text;
        private final Matcher arrow;
        private final Matcher keyword;
        private final List<Highlight> out = new ArrayList<>();

        Collector(String text) {
            this.text = text;
            this.arrow = ARROW.matcher(text);
            this.keyword = KEYWORD.matcher(text);
        }

        List<Highlight> of(Note note) {
            for (TraceBlock b : note.traceBlocks()) {
                for (Root r : b.roots()) {
                    int name = r.nameOffset(text);
                    if (name >= 0) {
                        out.add(new Highlight(Kind.FUNCTION, name, r.name().length()));
                    }
                    comments(r.comments(), out);
                    steps(r.body());
                }
                comments(b.comments(), out);
            }
            return clean(out);
        }

        private void steps(List<Step> steps) {
            for (Step s : steps) {
                step(s);
                for (Step alt : s.alternatives()) {
                    step(alt);
                }
            }
        }

        private void step(Step s) {
            int at = s.range().offset();
            int end = s.range().endOffset();
            Matcher m = arrow.region(at, Math.max(at, end));
            if (m.lookingAt()) {
                out.add(new Highlight(Kind.ARROW, m.start(1), m.end(1) - m.start(1)));
                at = m.end();
            }
            Matcher k = keyword.region(at, Math.max(at, end));
            if (k.lookingAt()) {
                out.add(new Highlight(Kind.KEYWORD, k.start(1), k.end(1) - k.start(1)));
            }
            calls(s.expression(), out);
            if (s.inline() != null) {
                step(s.inline());
            }
            comments(s.comments(), out);
            steps(s.children());
        }
    }

    private static void calls(Expr e, List<Highlight> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name n) {
            out.add(new Highlight(Kind.FUNCTION, n.range().offset(), n.range().endOffset() - n.range().offset()));
        }
        for (Expr child : Expr.children(e)) {
            calls(child, out);
        }
    }

    private static void comments(List<Comment> comments, List<Highlight> out) {
        for (Comment c : comments) {
            Kind kind = c.isAnnotation() ? Kind.ANNOTATION : c.saysSkipped() ? Kind.SKIPPED : Kind.COMMENT;
            out.add(new Highlight(kind, c.range().offset(), c.range().endOffset() - c.range().offset()));
        }
    }

    /** Sorted by offset; empty and overlapping ranges (a later one inside an earlier one) dropped. */
    private static List<Highlight> clean(List<Highlight> all) {
        List<Highlight> sorted = new ArrayList<>(all.size());
        for (Highlight h : all) {
            if (h.length() > 0) {
                sorted.add(h);
            }
        }
        sorted.sort(BY_OFFSET_LONGEST_FIRST);
        List<Highlight> out = new ArrayList<>();
        int end = -1;
        for (Highlight h : sorted) {
            if (h.offset() >= end) {
                out.add(h);
                end = h.end();
            }
        }
        return out;
    }
}
