package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;

/**
 * A call tree drawn sideways in a fence, growing to the right: a caller with callees ends with a fork
 * {@code name --|}, its callees are {@code |-->} arms drawn from the fork's {@code |} on a vertical rail,
 * some above the caller's row, some below it, one perhaps right after the fork on the caller's own row
 * ({@code --|--> callee}). The caller stands on the middle row of its arms, so one row may hold steps of
 * several depths, and a row may hold rails only.
 * <pre>
 *                                     |--&gt; new_main_foo
 *                                     |
 *                   |--&gt; create_foo --|--&gt; birth_cry
 *                   |                 |
 * run_cmd --&gt; run --|--&gt; run_foo      |--&gt; start_gc
 *                   |
 *                   |--&gt; serve_http --&gt; http_loop
 * </pre>
 * (here {@code create_foo}, {@code run_foo} and {@code serve_http} are arms of {@code run};
 * {@code new_main_foo}, {@code birth_cry} and {@code start_gc} arms of {@code create_foo}; {@code http_loop}
 * the next link of a chain). An arm belongs to the nearest fork whose {@code |} stands on its rail: a
 * {@code |} at the fork's column on every row between them, the arm's own bar there or one column off (an
 * author's slip). Each row is read as its first (leftmost) step, under the row holding that step's
 * caller; the row's other steps are kept as its trailing remark. The tree builder reads callers above
 * callees, so the rows are handed to it in the tree's order, each indented by its depth; every row keeps
 * its source line.
 *
 * <p>A block is read so only when it is fenced, every row is made of rails, arms, forks, a leading name
 * and names after arms (no other text, no tab), every arm finds its fork, two arms at least on a fork's
 * rail off its row.
 */
final class MiddleRowForks {

    /** The columns one level of the rebuilt block takes. */
    private static final int LEVEL = 2;
    /** The most rows a diagram may have: a longer fence is no drawing of one tree (and its arms' search stays cheap). */
    private static final int MAX_ROWS = 300;

    private MiddleRowForks() {
    }

    /** One step drawn on a row: its text, where its arm's bar stands (-1: the row's leading name), its fork's bar (-1: none). */
    private record Item(int row, int bar, int textStart, String text, int fork) { }

    /** The block's lines read as such a diagram, or {@code lines} as they are. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        if (!fenced || lines.isEmpty() || lines.size() > MAX_ROWS) {
            return lines;
        }
        int n = lines.size();
        String[] rows = new String[n];
        List<List<Item>> items = new ArrayList<>(n);
        boolean anyFork = false;
        for (int i = 0; i < n; i++) {
            TraceLine l = lines.get(i);
            String s = l.line() == lines.get(0).line() + i ? source.line(l.line()) : null;
            if (s == null || s.indexOf('\t') >= 0) {
                return lines;
            }
            rows[i] = s;
            List<Item> row = parseRow(s, i);
            if (row == null) {
                return lines;
            }
            if (row.isEmpty() ? l.reading() != null : l.reading() == null) {
                return lines;   // the reader saw a step where the drawing has none, or the other way round
            }
            for (Item it : row) {
                anyFork |= it.fork >= 0;
            }
            items.add(row);
        }
        if (!anyFork) {
            return lines;   // the cheap test failed: no fork at all
        }
        // Each row's first item and where its caller stands.
        int[] parentRow = new int[n];
        int railed = 0;
        for (int i = 0; i < n; i++) {
            parentRow[i] = -1;
            List<Item> row = items.get(i);
            for (Item it : row) {
                if (it.bar < 0) {
                    continue;
                }
                Item owner = forkOf(it, items, rows);
                if (owner == null) {
                    return lines;   // an arm hanging from nothing: another drawing
                }
                if (owner.row != it.row) {
                    railed++;
                }
                if (it == row.get(0)) {
                    parentRow[i] = owner.row;
                }
            }
        }
        if (railed < 2) {
            return lines;
        }
        int[] depth = new int[n];
        for (int i = 0; i < n; i++) {
            int d = 0;
            for (int p = parentRow[i]; p >= 0; p = parentRow[p]) {
                if (++d > n) {
                    return lines;   // a cycle: not a tree
                }
            }
            depth[i] = d;
        }
        List<TraceLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (parentRow[i] < 0 && !items.get(i).isEmpty()) {
                emit(i, lines, items, parentRow, depth, out);
            }
        }
        for (int i = 0; i < n; i++) {
            if (items.get(i).isEmpty()) {
                out.add(lines.get(i));   // rails only, blanks: nothing to nest
            }
        }
        return out;
    }

    private static void emit(int i, List<TraceLine> lines, List<List<Item>> items, int[] parentRow, int[] depth,
            List<TraceLine> out) {
        out.add(rebuilt(lines.get(i), items.get(i), depth[i] * LEVEL));
        for (int k = 0; k < lines.size(); k++) {
            if (parentRow[k] == i) {
                emit(k, lines, items, parentRow, depth, out);
            }
        }
    }

    /** The row read as its first step at {@code indent}, its other steps a trailing remark. */
    private static TraceLine rebuilt(TraceLine l, List<Item> row, int indent) {
        Item first = row.get(0);
        StepReader.Reading r = l.reading();
        if (!r.text().strip().equals(first.text)) {
            StepKind kind = NAME_LINK.matcher(first.text).find() ? StepKind.CALL : r.kind();
            r = new StepReader.Reading(kind, first.text, null, null, null, null, null);
        }
        List<Comment> comments = new ArrayList<>(l.comments());
        if (row.size() > 1) {
            StringBuilder rest = new StringBuilder();
            for (Item it : row.subList(1, row.size())) {
                rest.append(rest.isEmpty() ? "" : "  ").append(it.bar >= 0 ? "|--> " : "").append(it.text).append(it.fork >= 0 ? " --|" : "");
            }
            comments.add(new Comment("", rest.toString(), Comment.Placement.TRAILING, l.range()));
        }
        int shift = indent - l.indent();
        return new TraceLine(l.line(), indent, Math.max(indent, l.textIndent() + shift), l.arrow(), r, l.range(),
                List.copyOf(comments));
    }

    /** A code name, maybe a member path or a call, as a step's first link. */
    private static final java.util.regex.Pattern NAME_LINK =
            java.util.regex.Pattern.compile("^[A-Za-z_][\\w.]*(?:(?:->|::)[A-Za-z_][\\w.]*)*(?:\\([^()]*\\))?(?:\\s+-->\\s|$)");

    /**
     * The fork an arm hangs from: the fork at the arm's bar on its own row ({@code --|--> x}), else the
     * nearest fork whose rail (its bar's column, row after row of {@code |}) reaches the arm's row, at the
     * arm's column or one column off when the arm ends that rail.
     */
    private static Item forkOf(Item arm, List<List<Item>> items, String[] rows) {
        Item best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (List<Item> row : items) {
            for (Item f : row) {
                if (f.fork < 0 || Math.abs(f.fork - arm.bar) > 1) {
                    continue;
                }
                if (f.row == arm.row) {
                    if (f.fork == arm.bar) {
                        return f;
                    }
                    continue;
                }
                if (!railReaches(rows, f.row, f.fork, arm.row, arm.bar)) {
                    continue;
                }
                int distance = Math.abs(f.row - arm.row) * 2 + (f.fork == arm.bar ? 0 : 1);
                if (distance < bestDistance) {
                    best = f;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Whether a {@code |} stands at {@code col} on every row between the fork's and the arm's (the arm's own at {@code bar}). */
    private static boolean railReaches(String[] rows, int forkRow, int col, int armRow, int bar) {
        int step = armRow > forkRow ? 1 : -1;
        for (int r = forkRow + step; r != armRow; r += step) {
            if (!barAt(rows[r], col)) {
                return false;
            }
        }
        return barAt(rows[armRow], bar);
    }

    private static boolean barAt(String s, int col) {
        return col < s.length() && s.charAt(col) == '|';
    }

    /** The steps drawn on a row, left to right; empty for rails or a blank; null for anything else. */
    private static List<Item> parseRow(String s, int rowIndex) {
        List<Item> out = new ArrayList<>();
        int n = s.length();
        int p = 0;
        boolean first = true;
        while (true) {
            while (p < n && s.charAt(p) == ' ') {
                p++;
            }
            if (p >= n) {
                return out;
            }
            int bar = -1;
            if (s.charAt(p) == '|') {
                int q = p + 1;
                while (q < n && s.charAt(q) == '-') {
                    q++;
                }
                if (q - p - 1 >= 1 && q < n && s.charAt(q) == '>') {
                    bar = p;
                    p = q + 1;
                    while (p < n && s.charAt(p) == ' ') {
                        p++;
                    }
                } else if (q == p + 1 && (q >= n || s.charAt(q) == ' ')) {
                    p = q;   // a rail
                    first = false;
                    continue;
                } else {
                    return null;
                }
            } else if (!first) {
                return null;   // text after a rail that no arm leads: words, a table
            }
            first = false;
            int textStart = p;
            int fork = -1;
            int end = n;
            int q = p;
            while (q < n) {
                char c = s.charAt(q);
                if (c == '|') {
                    int d = q - 1;
                    int dashes = 0;
                    while (d >= textStart && s.charAt(d) == '-') {
                        d--;
                        dashes++;
                    }
                    if (dashes >= 2 && d >= textStart && s.charAt(d) == ' ') {
                        fork = q;
                        end = d;
                    } else if (q >= 2 && s.charAt(q - 1) == ' ' && s.charAt(q - 2) == ' ') {
                        end = q;
                    } else {
                        return null;
                    }
                    break;
                }
                q++;
            }
            String text = s.substring(textStart, end).strip();
            if (text.isEmpty() || !Character.isLetter(text.charAt(0)) && text.charAt(0) != '_') {
                return null;
            }
            out.add(new Item(rowIndex, bar, textStart, text, fork));
            p = fork >= 0 ? fork : end;
            if (fork >= 0) {
                // the fork's own bar: a middle arm may follow it at once (`--|--> x`), else it is a rail
                if (p + 1 < n && s.charAt(p + 1) == '-') {
                    continue;
                }
                p++;
            }
        }
    }
}
