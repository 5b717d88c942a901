package org.tracenotes.core.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.lint.NoteFormatter.Edit;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Fix;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.parse.NoteParser;

/**
 * The safe fixes of a note, as edits of its text: tabs in a trace line's indentation become spaces,
 * a snapped line (and what stands under it) moves to the level it was read at, trailing blanks on
 * fenced trace lines go, and the step rules' own fixes ({@code =>} else to {@code ->}, {@code =} in a
 * condition to {@code ==}); and applying such edits.
 */
final class FormatFixes {

    private static final Pattern SNAPPED = Pattern.compile("indentation (\\d+) matches no open level; read as (\\d+)");

    private FormatFixes() {
    }

    /** The safe fixes for a parsed note, non-overlapping, in text order. */
    static List<Edit> of(Note note, NoteParser parser) {
        String text = note.text();
        int[] starts = lineStarts(text);
        Map<Integer, Integer> snapDelta = new HashMap<>();
        for (Diagnostic d : note.diagnostics()) {
            if (d.ruleId().equals(LintRule.INDENT_SNAPPED.id())) {
                Matcher m = SNAPPED.matcher(d.message());
                if (m.find()) {
                    snapDelta.put(d.range().line(), Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)));
                }
            }
        }
        List<Edit> edits = new ArrayList<>();
        NoteParser.Lines measured = new NoteParser.Lines(text);
        String[] allLines = text.split("\n", -1);
        for (TraceBlock b : note.traceBlocks()) {
            int width = parser.tabWidthOf(note, b, measured);
            int first = b.range().line() + (b.fenced() ? 1 : 0);
            int last = b.range().endLine() - (b.fenced() ? 1 : 0);
            BitSet blockComments = BlockComments.of(allLines, first, last);
            MovedLines moved = new MovedLines();
            for (int ln = first; ln <= last && ln < starts.length; ln++) {
                int start = starts[ln - 1];
                int end = lineEnd(text, start);
                String line = text.substring(start, end);
                if (blockComments.get(ln)) {
                    continue;
                }
                int ws = 0;
                int visual = 0;
                boolean tab = false;
                while (ws < line.length() && (line.charAt(ws) == ' ' || line.charAt(ws) == '\t')) {
                    tab |= line.charAt(ws) == '\t';
                    visual = line.charAt(ws) == '\t' ? (visual / width + 1) * width : visual + 1;
                    ws++;
                }
                boolean blank = ws == line.length();
                int own = snapDelta.getOrDefault(ln, 0);
                int under = blank ? 0 : moved.shiftOf(visual);
                int delta = blank ? 0 : own != 0 ? own : under;   // what is under a moved line moves with it
                if (!blank && own != 0) {
                    moved.push(visual, own);
                }
                if (!blank && (tab || delta != 0)) {
                    String rule = delta != 0 ? LintRule.INDENT_SNAPPED.id() : LintRule.MIXED_INDENTATION.id();
                    edits.add(new Edit(start, ws, " ".repeat(Math.max(0, visual + delta)), rule, ln));
                }
                int trail = line.length();
                while (trail > ws && (line.charAt(trail - 1) == ' ' || line.charAt(trail - 1) == '\t')) {
                    trail--;
                }
                // outside a fence, two trailing blanks are a Markdown hard line break: kept
                if (!blank && trail < line.length() && b.fenced()) {
                    edits.add(new Edit(start + trail, line.length() - trail, "", LintRule.TRAILING_SPACE.id(), ln));
                }
            }
            for (Root r : b.roots()) {
                stepFixes(note, r.body(), text, edits);
            }
        }
        edits.sort(Comparator.comparingInt(Edit::offset));
        List<Edit> out = new ArrayList<>();
        int covered = -1;
        for (Edit e : edits) {
            if (e.offset() >= covered) {
                out.add(e);
                covered = e.offset() + e.length();
            }
        }
        return out;
    }

    /**
     * The lines an {@code indent-snapped} fix moves besides the snapped line: every line after it that
     * stands right of where it stood, up to the first that does not (its body, its continuations, a line
     * aligned with its text), all by the same columns, so that nothing there ends up at a column no open
     * level has and one pass settles. A line snapped itself moves by its own columns.
     */
    private static final class MovedLines {
        private final ArrayDeque<int[]> open = new ArrayDeque<>();   // {column it stood at, shift}

        /** The shift of a line at {@code column}: the innermost moved line it stands right of, or 0. */
        int shiftOf(int column) {
            while (!open.isEmpty() && column <= open.peek()[0]) {
                open.pop();
            }
            return open.isEmpty() ? 0 : open.peek()[1];
        }

        void push(int column, int shift) {
            open.push(new int[] {column, shift});
        }
    }

    private static void stepFixes(Note note, List<Step> steps, String text, List<Edit> out) {
        for (Step s : steps) {
            List<Diagnostic> found = new ArrayList<>();
            Linter.staticStepRules(note, s, found);
            // the rule's own fixes, the same edits the editors apply
            for (Diagnostic d : found) {
                for (Fix f : d.fixes()) {
                    if (f.appliesTo(text)) {
                        out.add(new Edit(f.offset(), f.original().length(), f.replacement(), d.ruleId(), s.range().line()));
                    }
                }
            }
            stepFixes(note, s.children(), text, out);
            stepFixes(note, s.alternatives(), text, out);
        }
    }

    /** {@code text} with {@code edits} applied (non-overlapping, in order). */
    static String apply(String text, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Edit e : edits) {
            sb.append(text, at, e.offset()).append(e.replacement());
            at = e.offset() + e.length();
        }
        return sb.append(text, at, text.length()).toString();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The end of the line starting at {@code start}, before its {@code \n} or {@code \r\n}. */
    private static int lineEnd(String text, int start) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }
}
