package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.NameShapes;

/**
 * A line {@code or name} right under a {@code ->} step in a fence, at the step's arrow column or one past it:
 * <pre>
 * -&gt; pump_irq_entry (drivers/pump/irq.c)
 *  or sysvec_pump (from v2.4)
 * -&gt; pump_park (drivers/pump/park.c)
 * </pre>
 * The step names two functions, the second the other name it goes by (another version, another
 * architecture): the {@code or} line is a continuation of that step, not a step of its own and not a
 * call under it. Its words become the step's trailing remark and its line a blank one, so that the next
 * {@code ->} line is the next step as it would be without it. What tells it from a step in words that
 * starts with {@code or} ({@code or just return}): after {@code or} comes a name of code (an {@code _} in
 * it, a member, or a {@code (} after it), then nothing but a remark in parentheses; the line has no
 * bullet, arrow or {@code ||} of its own; and the step above is a call ({@code -> install the_package},
 * words, takes none).
 */
final class AlternativeNameLines {

    /**
     * {@code or}, a name (members perhaps, a call's parentheses perhaps), then a parenthesised remark at most;
     * that the name is code is {@link NameShapes#codeOrMember}'s to say.
     */
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "or[ \\t]+(" + NameShapes.MEMBER_NAME + "(?:\\([^()]*\\))?)(?:[ \\t]+\\([^()]*\\))?[ \\t]*");

    private AlternativeNameLines() {
    }

    /** The block's lines with each such {@code or} line, in a fence ({@code fenced}), joined to the step above it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        if (!fenced) {
            return lines;
        }
        List<TraceLine> out = null;
        for (int i = 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.arrow() != Arrow.NONE || l.reading() == null || !l.reading().text().startsWith("or")) {
                continue;   // the cheap test: most steps do not start with `or`
            }
            TraceLine above = (out == null ? lines : out).get(i - 1);
            String text = source.line(l.line()).strip();
            if (above.arrow() != Arrow.DASH || above.reading() == null || above.reading().kind() != StepKind.CALL
                    || above.line() + 1 != l.line() || l.indent() < above.indent() || l.indent() > above.indent() + 1) {
                continue;   // only a `->` call takes another name
            }
            Matcher m = ALTERNATIVE.matcher(text);
            if (!m.matches() || !NameShapes.codeOrMember(m.group(1))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            List<Comment> comments = new ArrayList<>(above.comments());
            comments.add(new Comment("", text, Comment.Placement.TRAILING, l.range()));
            out.set(i - 1, new TraceLine(above.line(), above.indent(), above.textIndent(), above.arrow(), above.reading(),
                    above.range(), List.copyOf(comments)));
            out.set(i, new TraceLine(l.line(), l.indent(), l.indent(), Arrow.NONE, null, l.range(), List.of()));
        }
        return out == null ? lines : out;
    }
}
