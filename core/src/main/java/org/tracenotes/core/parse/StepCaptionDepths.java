package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.StepCaptionBlocks;

/**
 * The depths of a code path walked under numbered {@code #} captions in an indented block (the layout's
 * {@code STEP_CAPTIONS}, {@link StepCaptionBlocks}), whose lines all stand at one column: the numbering and the
 * chapters' titles give the depth, not the indentation.
 * <pre>
 *     ######################## 1 entry                                  a chapter naming no step
 *     # 1.1 the syscall
 *     SYSCALL_DEFINE2(widget_open, const char __user *, name, int, flags)   a root
 *     # 1.2 down to the worker
 *     svc_entry =&gt; svc_dispatch =&gt; widget_load                          a root (the path, not in the syscall)
 *     ######################## 2 widget_load                            a chapter walking widget_load
 *     # 2.1 check the header
 *     header_check &amp;&amp; setup_info                                      a call of the chain line
 *     # 2.2 start it
 *     widget_start                                                     a call of the chain line
 *     ######################## 3 widget_start                           a chapter walking widget_start
 *     # 3.1 run the hook
 *     do_call(w-&gt;start); =&gt; part_start                                 a call of widget_start's line
 * </pre>
 * A chapter titled with a name that an earlier step line calls (a link of its chain, the name it calls, the
 * system call a {@code SYSCALL_DEFINE}n defines; the latest such line) walks that line's callee: the steps
 * under its captions are calls of that line. A chapter whose title names no step line, or the lines before
 * any chapter, hold roots, one a step line. A caption numbered deeper than two parts ({@code # 2.1.1}) walks
 * the step under the caption it is numbered under ({@code # 2.1}): its steps are that step's calls. Each step
 * line at a root's depth is a root, whatever it holds (a chain, calls joined by {@code &&}).
 */
final class StepCaptionDepths {

    /** Columns per level. */
    private static final int STEP = 2;

    private StepCaptionDepths() {
    }

    /** The block's lines at their depths in the walk, when {@code captions}; else {@code lines}. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean captions) {
        if (!captions) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        List<List<String>> names = new ArrayList<>();   // the names each step line so far calls
        List<Integer> depths = new ArrayList<>();   // and its depth
        Map<Integer, Integer> stepsOf = new HashMap<>();   // a caption's parts -> the depth of its steps
        Map<Integer, Integer> lastOf = new HashMap<>();   // a caption's parts -> the depth of its last step, if any
        int chapter = 0;   // the depth of the steps of the chapter's captions
        int depth = 0;   // the depth of the steps under the current caption
        int parts = 2;   // the current caption's parts
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            String text = source.line(l.line());
            if (l.reading() == null) {
                if (StepCaptionBlocks.isRule(text)) {
                    chapter = walked(StepCaptionBlocks.ruleName(text), names, depths);
                    depth = chapter;
                    parts = 2;
                    stepsOf.clear();
                    lastOf.clear();
                } else if (StepCaptionBlocks.captionParts(text) > 0) {
                    int own = StepCaptionBlocks.captionParts(text);
                    parts = own;
                    Integer lastAbove = lastOf.get(parts - 1);
                    Integer stepsAbove = stepsOf.get(parts - 1);
                    depth = parts <= 2 ? chapter : lastAbove != null ? lastAbove + 1 : stepsAbove != null ? stepsAbove : chapter;
                    stepsOf.keySet().removeIf(p -> p >= own);   // the captions numbered under an earlier one end
                    lastOf.keySet().removeIf(p -> p >= own);
                    stepsOf.put(own, depth);
                }
                continue;
            }
            names.add(StepCaptionBlocks.linkNames(text));
            depths.add(depth);
            lastOf.put(parts, depth);
            StepReader.Reading r = l.reading();
            if (depth == 0 && !RootLines.startsRoot(l)) {
                r = new StepReader.Reading(StepKind.CALL, r.text(), r.expression(), r.inline(), r.label(), r.declaredType(),
                        r.context());   // `a => b => c`, `f && g` at a root's depth: a root, as a call is
            }
            int shift = depth * STEP - l.indent();   // roots at the margin: a block all indented reads as a tree begun mid-way
            out.set(i, new TraceLine(l.line(), l.indent() + shift, l.textIndent() + shift, l.arrow(), r, l.range(), l.comments()));
        }
        return out;
    }

    /** The depth of the steps of a chapter walking {@code name}: one below the latest step line calling it; 0 when none does. */
    private static int walked(String name, List<List<String>> names, List<Integer> depths) {
        if (name == null) {
            return 0;
        }
        for (int k = names.size() - 1; k >= 0; k--) {
            if (names.get(k).contains(name)) {
                return depths.get(k) + 1;
            }
        }
        return 0;
    }
}
