package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * A box-drawn tree that draws two kinds of arm: with a head ({@code ├──> f()}, {@code └──> g()}) for the
 * calls and without one ({@code ├── 读取参数}) for what a function does in words. There the head says
 * "calls": an arm with a head whose step is said in words ({@code ├──> 调用 set 回调}) is a call all the
 * same, one the author names in words.
 * <pre>
 * load_conf()
 *   └──> parse_file(&amp;cf);
 *         ├── 逐行读取            (a step in words: no head)
 *         ├──> 调用指令的 set 回调   (a call said in words: its arm has a head)
 * </pre>
 * Only in a block with both kinds of box-drawn arm; an elision ({@code ├──> ...}) stays prose, and a tree
 * whose arms all have heads keeps its steps in words as they are (its heads mark nothing).
 */
final class BoxArrowArms {

    private BoxArrowArms() {
    }

    /** The block's lines with each headed arm in words read as a call, when the block draws both kinds of arm. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        boolean headless = false;
        boolean headed = false;
        for (TraceLine l : lines) {
            if (l.isBlank()) {
                continue;
            }
            int arm = armEnd(source.line(l.line()));
            if (arm > 0) {
                headed |= source.line(l.line()).charAt(arm - 1) == '>';
                headless |= source.line(l.line()).charAt(arm - 1) != '>';
            }
        }
        if (!headed || !headless) {
            return lines;
        }
        List<TraceLine> out = lines;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (l.arrow() == Arrow.NONE || r == null || r.kind() != StepKind.PROSE || r.expression() != null || !hasLetter(r.text())) {
                continue;
            }
            String text = source.line(l.line());
            int arm = armEnd(text);
            if (arm > 0 && text.charAt(arm - 1) == '>') {
                if (out == lines) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(),
                        new StepReader.Reading(StepKind.CALL, r.text(), null, null, null, null, null), l.range(), l.comments()));
            }
        }
        return out;
    }

    /**
     * Where a box-drawn arm leading {@code line} ends (a tee or corner, horizontals, a {@code >} perhaps), as a char
     * index, when a blank follows it; -1 when none leads the line.
     */
    static int armEnd(String line) {
        int p = SourceText.firstNonBlank(line);
        if (p < 0 || p >= line.length() || "├└╰┣┗".indexOf(line.charAt(p)) < 0) {
            return -1;
        }
        int q = p + 1;
        while (q < line.length() && "─━".indexOf(line.charAt(q)) >= 0) {
            q++;
        }
        if (q == p + 1) {
            return -1;
        }
        if (q < line.length() && line.charAt(q) == '>') {
            q++;
        }
        return q < line.length() && (line.charAt(q) == ' ' || line.charAt(q) == '\t') ? q : -1;
    }

    private static boolean hasLetter(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
