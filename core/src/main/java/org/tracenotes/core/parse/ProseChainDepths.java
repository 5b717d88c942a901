package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * The depths of one-line call chains written among a note's words, in the two layouts the layout finds
 * ({@code CaptionedChainRuns}, {@code DashedChainSteps}); each chain line is one call step.
 *
 * <p>Captions over chains: each caption is a root, the chain line under it, at its column, is the caption's
 * call, and a line led by {@code ->} at that column carries the chain on from where the line above ended, so it
 * is that line's call. A name aligned under a callee is deeper already: a call of the chain line.
 * <pre>
 * When a driver registers:                                    root
 * plat_drv_register() -&gt; drv_register() -&gt; bus_each_dev()    its call
 *                        drv_add()                            a call of the chain line
 * -&gt; __drv_attach() -&gt; plat_match()                          a call of the chain line
 * -&gt; strcmp(a, b)                                           a call of the line above
 * </pre>
 * The lines move right: a chain line one column past its caption, each wrapped line one past the line it
 * carries on. A caption of one word ({@code Boot:}) is words too, no C label: a label would take the next
 * caption as its body ({@code LabelCaptions} runs after this).
 *
 * <p>Numbered steps over {@code -- } chain lines: the layout made the dashes the chain's margin, so the chain
 * stands where its text starts; it belongs where its dashes stand. A chain line whose dashes stand at the
 * column of a step above it (same leading blanks and tabs) is that step's sibling, not its child:
 * <pre>
 * 	4. flush the pages          a step
 * 		1. lock the pool        its sub-step
 * 		-- a_x->b_x->c_x        step 4's call, beside the sub-step
 * </pre>
 */
final class ProseChainDepths {

    private ProseChainDepths() {
    }

    /** The lines of a captioned-chains block ({@code captioned}) or a dashed-chain-steps block ({@code dashed}), at their depths. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean captioned, boolean dashed) {
        return captioned ? captioned(lines, source) : dashed ? dashed(lines, source) : lines;
    }

    private static List<TraceLine> captioned(List<TraceLine> lines, SourceText source) {
        int column = Integer.MAX_VALUE;
        for (TraceLine l : lines) {
            if (l.reading() != null) {
                column = Math.min(column, l.indent());
            }
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int depth = -1;   // the depth of the last chain line, -1 before any
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() == null || l.indent() != column) {
                continue;
            }
            String text = source.line(l.line()).strip();
            char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
            if (l.arrow() == Arrow.NONE && (last == ':' || last == '\uFF1A')) {
                depth = -1;   // a caption: a root
                if (l.reading().kind() == StepKind.LABEL) {
                    out.set(i, asWords(l, text));   // `Boot:`, one word: no C label, which would take the lines below as its body
                }
                continue;
            }
            int to = l.arrow() == Arrow.NONE || depth < 0 ? column + 1 : depth + 1;
            depth = to;
            out.set(i, moved(l, to, l.textIndent() + to - l.indent()));
        }
        return out;
    }

    private static List<TraceLine> dashed(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = new ArrayList<>(lines);
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            String line = source.line(l.line());
            String lead = TabWidth.leadingBlanks(line);
            if (l.reading() == null || !line.startsWith("-- ", lead.length())) {
                continue;
            }
            for (int k = i - 1; k >= 0; k--) {
                TraceLine above = lines.get(k);
                if (above.reading() == null) {
                    continue;
                }
                String aboveLead = TabWidth.leadingBlanks(source.line(above.line()));
                if (aboveLead.equals(lead)) {
                    out.set(i, moved(l, out.get(k).indent(), out.get(k).textIndent()));   // at a step's column: its sibling
                    break;
                }
                if (aboveLead.length() < lead.length()) {
                    break;   // a shallower step first: the chain is its child, as read
                }
            }
        }
        return out;
    }

    /** Caption line {@code l}, read as a label, read as the words {@code text} it is. */
    private static TraceLine asWords(TraceLine l, String text) {
        StepReader.Reading words = new StepReader.Reading(StepKind.PROSE, text, null, null, null, null, l.reading().context());
        return l.withReading(words);
    }

    private static TraceLine moved(TraceLine l, int indent, int textIndent) {
        return new TraceLine(l.line(), indent, textIndent, l.arrow(), l.reading(), l.range(), l.comments());
    }
}
