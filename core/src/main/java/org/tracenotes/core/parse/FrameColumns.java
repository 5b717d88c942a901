package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.FlatChainRuns;

/**
 * A call stack copied top down as a flat column ({@link FrameLines}): a caller, then three or more bare frame
 * names one a line at one deeper column, each called by the frame above it, as a debugger's backtrace lists
 * them outermost first. Indentation cannot show such a chain, and the same column is what a list of the calls
 * in one body looks like; it is read as a chain only when the column itself shows it is a stack:
 * <ul>
 * <li>it closes with the frame the debugger stopped in, showing its arguments' values
 * ({@code ret = map_area(addr=0x0, len=4096)});</li>
 * <li>its names are layered as a call path ({@link FlatChainRuns#layered}: {@code tsd_fetch}, then
 * {@code tsd_fetch_impl});</li>
 * <li>or another column of the note under the same caller starts with the same frames and then goes elsewhere
 * ({@link SharedStackPrefixes}): stacks caught from one entry point.</li>
 * </ul>
 * A line deeper than the column between two frames (a side chain, {@code --> f --> g}) hangs under the frame
 * above it and the column goes on from that frame; a deeper bare step there means the author shows calls by
 * indentation, and the column is a list. Each frame is moved under the frame before it ({@link ChainLinks}), and
 * is a call though a note makes its line read as words ({@code ipalloc : inlines.h}).
 */
final class FrameColumns {

    /** The fewest frames under the caller a column is read as a stack with. */
    static final int MIN_FRAMES = 3;

    private FrameColumns() {
    }

    /** The block's lines with each stack column's frames moved under the frame before them. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int[] callers = null;
        List<TraceLine> read = lines;   // the lines, frames read as words read as calls
        int[] frames = null;
        int n = lines.size();
        for (int h = 0; h < n; h++) {
            TraceLine head = lines.get(h);
            if (!isStep(head)) {
                continue;
            }
            int first = nextStep(lines, h + 1);
            if (first < 0 || lines.get(first).indent() <= head.indent() || lines.get(first).arrow() != Arrow.NONE) {
                continue;   // the cheap test: a step with an arrowless deeper line below it
            }
            if (!FrameLines.isFrame(source.line(lines.get(first).line())) || !FlatChainRuns.isLink(source.line(head.line()).strip())) {
                continue;
            }
            if (frames == null) {
                frames = new int[n];
            }
            int column = lines.get(first).indent();
            int count = 0;
            int tail = -1;
            int end = first;   // the last line of the column
            boolean list = false;
            for (int i = first; i < n && !list; i++) {
                TraceLine l = lines.get(i);
                if (!isStep(l) || l.indent() > column) {
                    list = l.indent() > column && isStep(l) && l.arrow() == Arrow.NONE && tail < 0;   // calls shown by indentation
                    end = i;
                    continue;
                }
                if (l.indent() < column) {
                    break;
                }
                String text = source.line(l.line());
                if (tail < 0 && l.arrow() == Arrow.NONE && FrameLines.isFrame(text)) {
                    frames[count++] = i;
                } else if (tail < 0 && count >= MIN_FRAMES && FrameLines.showsArgumentValues(text)) {
                    tail = i;
                } else {
                    list = true;   // a statement at the column: a body, not a stack
                }
                end = i;
            }
            if (!list && count >= MIN_FRAMES && count <= FlatChainRuns.MAX_LINKS && isStack(lines, source, head, frames, count, tail >= 0)) {
                if (callers == null) {
                    callers = new int[n];
                    Arrays.fill(callers, ChainLinks.NONE);
                }
                for (int k = 1; k < count; k++) {
                    callers[frames[k]] = frames[k - 1];
                }
                for (int k = 0; k < count; k++) {
                    TraceLine f = lines.get(frames[k]);
                    if (f.reading().kind() == StepKind.PROSE) {
                        read = read == lines ? new ArrayList<>(lines) : read;
                        read.set(frames[k], asCall(f, FrameLines.name(source.line(f.line()))));
                    }
                }
                if (tail >= 0) {
                    callers[tail] = frames[count - 1];
                }
            }
            h = Math.max(h, (list ? first : end) - 1);
        }
        return callers == null ? lines : ChainLinks.apply(read, callers);
    }

    /** Frame line {@code f} read as a call of {@code name}, the name it starts with. */
    private static TraceLine asCall(TraceLine f, String name) {
        SourceRange r = f.range();
        SourceRange at = new SourceRange(r.line(), r.column(), r.line(), r.column() + name.length(), r.offset(),
                r.offset() + name.length());
        StepReader.Reading words = f.reading();
        StepReader.Reading call = new StepReader.Reading(StepKind.CALL, words.text(), new Expr.Call(new Expr.Name(name, at),
                List.of(), r), null, null, null, words.context());
        return new TraceLine(f.line(), f.indent(), f.textIndent(), f.arrow(), call, r, f.comments());
    }

    /** Whether the column of {@code frames} under {@code head} shows it is a stack (see the class comment). */
    private static boolean isStack(List<TraceLine> lines, SourceText source, TraceLine head, int[] frames, int count,
            boolean valuesShown) {
        if (valuesShown) {
            return true;
        }
        String[] names = new String[count];
        for (int k = 0; k < count; k++) {
            names[k] = FrameLines.name(source.line(lines.get(frames[k]).line()));
        }
        return FlatChainRuns.layered(names) || SharedStackPrefixes.shared(source, head.line(), names);
    }

    /** The index of the first step line at or after {@code from}, -1 when none is. */
    private static int nextStep(List<TraceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (isStep(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStep(TraceLine l) {
        return !l.isBlank() && !l.isCommentOnly() && l.reading() != null;
    }
}
