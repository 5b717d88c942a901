package org.tracenotes.core.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * How deep the lines of one call chain wrapped in a small fence stand ({@code org.tracenotes.grammar.WrappedChainFences}
 * finds them):
 * <pre>
 * 1.open() -&gt; 2.lookup(name *n) -&gt; 3.bind(d *dev) -&gt;
 * 4.attach(d *dev) -&gt;  link()
 *                      publish()
 * -&gt; notify() -&gt; wake()
 * probe()
 * </pre>
 * A line under one that ends in an arrow, at its column, is the chain going on: its first link is called
 * by the last link above, so the line is the callee of the line above ({@code 4.attach} under {@code 1.open}).
 * So is a line led by the arrow ({@code -> notify()}). A call aligned under a later link of a line stays
 * where its indentation puts it, in that line's body ({@code publish()}, another call of {@code attach}), and
 * moves with it. A bare name at the chain's column under a line that ends in no arrow is another entry point:
 * a root of its own ({@code probe()}). Every line is read by its first link: a call, also when a dash arrow
 * ({@code 2.exec() –>run()}) made the line look like words.
 */
final class WrappedChainFenceDepths {

    /** A line's first link when it is a call: perhaps a number, the name, its parentheses, then an arrow. */
    private static final Pattern FIRST_CALL = Pattern.compile(
            "^(?:(?:-{1,2}|\u2013)> *)?(?:\\d{1,2}\\.)?([A-Za-z_][A-Za-z0-9_.]*)\\(.*?(?:-{1,2}|\u2013)>");

    private WrappedChainFenceDepths() {
    }

    /** The block's lines with each wrap and continuation moved under the line above, when the block is such a chain. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean chain) {
        if (!chain) {
            return lines;
        }
        boolean[] links = new boolean[lines.size()];
        boolean trailing = false;
        int column = -1;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            String text = source.line(l.line());
            String stripped = text.strip();
            column = column < 0 ? l.indent() : column;
            boolean led = stripped.startsWith("->") || stripped.startsWith("-->") || stripped.startsWith("\u2013>");
            links[i] = l.indent() == column && (trailing || led && i > 0);
            trailing = stripped.endsWith("->") || stripped.endsWith("\u2013>");
        }
        List<TraceLine> out = ChainLinks.apply(lines, links);
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (links[i] && l.arrow() == Arrow.NONE && l.reading() != null) {
                l = new TraceLine(l.line(), l.indent(), l.textIndent(), Arrow.STEP, l.reading(), l.range(), l.comments());
                out.set(i, l);
            }
            Matcher m = l.reading() != null && l.reading().kind() == StepKind.PROSE
                    ? FIRST_CALL.matcher(source.line(l.line()).strip()) : null;
            if (m != null && m.lookingAt()) {
                StepReader.Reading r = l.reading();
                Expr.Call call = new Expr.Call(new Expr.Name(m.group(1), l.range()), List.of(), l.range());
                out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(),
                        new StepReader.Reading(StepKind.CALL, r.text(), call, null, null, null, r.context()), l.range(), l.comments()));
            }
        }
        return out;
    }
}
