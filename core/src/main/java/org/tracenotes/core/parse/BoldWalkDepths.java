package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;

import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.ListNumbers;

/**
 * The depths of a walkthrough of bold numbered function steps under a stage heading, outside fences (the
 * layout's {@code BOLD_WALK}, {@code org.tracenotes.grammar.BoldWalkSections}), whose lines all stand at
 * the margin:
 * <pre>
 * #### 2.1 SEND stage
 * **1. Client::writeData**
 * (1) put the request into the buffer
 * **2. Client::waitForReply**
 * **2.1 Client::talkToDriver**
 * (1) write to the driver
 * `ioctl(fd, DRV_WRITE_READ, &amp;rw)`
 * </pre>
 * The heading is the root; a bold step is as deep as its number has parts ({@code 1.} under the heading,
 * {@code 2.1} under {@code 2.}), one level below the bold step above at most; a {@code (n)} sub-step is
 * one level below its bold step; a code span under a sub-step is that sub-step's code, one level below
 * it (under the bold step when no sub-step came yet); any other line is a remark of the bold step. A
 * sub-step in words is a step in words, though it names a function or a field on its way. The closing
 * {@code **} of a bold step and back-tick of a code span are no part of the step's text.
 */
final class BoldWalkDepths {

    /** Columns per level. */
    private static final int STEP = 2;

    private BoldWalkDepths() {
    }

    /** The block's lines at their depths in the walkthrough, when {@code walk}; else {@code lines}. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean walk) {
        if (!walk) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int bold = 0;   // the depth of the last bold step
        int sub = -1;   // the depth of the last sub-step under it, -1 for none
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.isBlank()) {
                continue;
            }
            String s = source.line(l.line()).strip();
            int depth;
            if (l.reading() == null) {
                depth = bold + 1;   // a remark: a sentence or indented code under the bold step
            } else if (s.startsWith("#")) {
                depth = 0;
                bold = 0;
                sub = -1;
            } else if (s.startsWith("**")) {
                depth = Math.min(ListNumbers.depth(s.subSequence(2, s.length())), bold + 1);   // its number's parts
                bold = depth;
                sub = -1;
            } else if (s.startsWith("(") || s.startsWith("\uFF08")) {
                depth = bold + 1;
                sub = depth;
            } else if (s.startsWith("`") && sub >= 0) {
                depth = sub + 1;
            } else {
                depth = bold + 1;
            }
            int shift = depth * STEP - l.indent();
            StepReader.Reading r = l.reading();
            if (sub == depth && r != null && r.kind() != StepKind.PROSE && inWords(s)) {
                r = new StepReader.Reading(StepKind.PROSE, r.text(), null, null, null, null, r.context());   // `(1) copy the header`
            } else if (r != null && (s.startsWith("**") && r.text().endsWith("**") || s.startsWith("`") && r.text().endsWith("`"))) {
                String t = r.text().substring(0, r.text().length() - (s.startsWith("**") ? 2 : 1)).stripTrailing();   // the closing marks
                r = new StepReader.Reading(r.kind(), t, r.expression(), r.inline(), r.label(), r.declaredType(), r.context());
            }
            out.set(i, new TraceLine(l.line(), l.indent() + shift, l.textIndent() + shift, l.arrow(), r, l.range(), l.comments()));
        }
        return out;
    }

    /**
     * Whether a sub-step's text past its number is words, not one statement of code: a letter that is no
     * ASCII one, or it does not end as a statement does ({@code ;} or {@code )}).
     */
    private static boolean inWords(String s) {
        String t = s.substring(s.indexOf(s.charAt(0) == '(' ? ')' : '\uFF09') + 1).strip();
        return t.codePoints().anyMatch(c -> c > 0x7F && Character.isLetter(c)) || !(t.endsWith(";") || t.endsWith(")"));
    }
}
