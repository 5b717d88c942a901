package org.tracenotes.core.parse.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/**
 * How general the parser is, measured on notations rather than on notes: one made-up call tree written
 * in every cell of {@link NotationGrid} (ways of marking depth × ways of writing a call × trailing notes ×
 * holders) must be read with every step under its parent. Prints the share of cells read right along
 * each dimension and fails below a floor that only goes up; {@code -Dgrid.verbose=true} lists the first
 * wrong line of every cell read wrong.
 */
class NotationGridTest {

    /** Cells read fully right at least (of {@link NotationGrid#cells()}); raise it as the parser improves. */
    // 4870 -> 4845: the 25 cells of `-- name` runs over bare names (no call anywhere) are a SQL or Lua
    // comment outline's shape (`-- create_tables` / `---- users_table`), kept text since session 25
    // 4845 -> 5220 (session 30): tab-margin arm trees (`\t|-----f();`, `\t\t\t\\-----g();`) and `+--`/`\--` trees
    static final int FLOOR = 5800;   // 5220 -> 5800 of 5900: em-dash arm layouts added (session 31), read as their ASCII twins
    /** Cells read fully right at least (of {@link NotationGrid#sampledCells()}: more holders and root styles). */
    // 2051 -> 2045: the same `-- name` cells with no call; 2045 -> 2559 (session 26): a fence or tree in a
    // blockquote, branches or items with no root line over them, a title or an item over a bulleted tree
    // (and, merged with it, dash runs and bullet items of control flow: if/else, return, remarks, blank lines)
    static final int SAMPLED_FLOOR = 3077;   // 2559 -> 2579 with the session's other rules merged; 2615: a fence's caption is its tree's root (CaptionRoots); 2745: session 30's tab-arm layouts; 2797: all of session 30 merged; 3077 of 3247: em-dash arm layouts (session 31)

    @Test
    void readsTheCanonicalTreeInEveryNotationOfTheGrid() {
        int right = readAll("grid", NotationGrid.cells());
        assertTrue(right >= FLOOR, "grid cells read right: " + right + " < floor " + FLOOR);
    }

    @Test
    void readsTheCanonicalTreeInEveryHolderAndRootStyle() {
        int right = readAll("grid sampled", NotationGrid.sampledCells());
        assertTrue(right >= SAMPLED_FLOOR, "sampled grid cells read right: " + right + " < floor " + SAMPLED_FLOOR);
    }

    /** Plain-text documents whose bullets, drawn trees and dashes hold words, not calls: no step in any. */
    @Test
    void leavesOrdinaryListsOfPlainTextAsProse() {
        List<String> documents = List.of("""
                Shopping

                Things to buy this week:

                - fruit
                  - apples
                  - pears
                - bread
                - milk
                  - whole
                  - skimmed
                """, """
                Release notes

                Changes in this version:

                * The installer now checks the free disk space first.
                  * It warns when less than a gigabyte is free.
                  * It stops when nothing is free.
                * Logging is quieter by default.
                """, """
                Meeting agenda
                  - budget
                  - hiring
                    - interns
                  - roadmap
                """, """
                Project layout

                src
                |-- main
                |   |-- app.c
                |   `-- util.c
                `-- README
                """, """
                Usage: tool [options] FILE

                  -v, --verbose    print more
                  -q, --quiet      print less
                  --dry-run        change nothing
                """, """
                Notes
                - first point
                -- a sub point
                -- another sub point
                - second point
                """, """
                Team
                ├─ design
                │  └─ icons
                └─ support
                """);
        NoteParser parser = new NoteParser();
        for (String d : documents) {
            assertEquals(Map.of(), StructureScore.readings(parser.parse("list.txt", d)), d);
        }
    }

    /** Reads every cell, prints the shares along each dimension, and gives the number of cells read right. */
    private static int readAll(String title, List<NotationGrid.Cell> cells) {
        NoteParser parser = new NoteParser();
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, int[]>> by = new LinkedHashMap<>();
        int right = 0;
        for (NotationGrid.Cell c : cells) {
            Note note = parser.parse("grid." + c.holder().extension, c.text());
            String miss = firstMiss(c, StructureScore.readings(note));
            boolean ok = miss == null;
            right += ok ? 1 : 0;
            count(by, "layout", c.layout().id(), ok);
            count(by, "call", c.call().name(), ok);
            count(by, "note", c.note().name(), ok);
            count(by, "holder", c.holder().name(), ok);
            count(by, "root", c.root().name(), ok);
            if (!ok) {
                wrong.add(c.name() + ": " + miss);
            }
        }
        by.forEach((dimension, m) -> print(title, dimension, m));
        System.out.printf("%s all %d/%d cells (%.1f%%)%n", title, right, cells.size(), 100.0 * right / cells.size());
        if (Boolean.getBoolean("grid.verbose")) {
            wrong.forEach(w -> System.out.println(title + " wrong " + w));
        }
        return right;
    }

    @Test
    void writesTheTreeItDescribes() {
        NotationGrid.Cell c = NotationGrid.write(new NotationGrid.Drawn("+- ", "`- ", "|", 3),
                NotationGrid.CallStyle.EMPTY_PARENS, NotationGrid.TrailingNote.SLASHES, NotationGrid.Holder.FENCE);
        assertEquals("""
                # Request path

                How a request is served:

                ```
                start_request()  // start here
                +- prepare_pages()  // prepare here
                |  +- lock_range()  // lock here
                |  `- fill_pages()  // fill here
                |     `- copy_chunk()  // copy here
                +- commit_pages()  // commit here
                |  `- flush_queue()  // flush here
                `- finish_request()  // finish here
                ```

                The request is then done.
                """, c.text());
        assertEquals(6, c.lines()[0]);
    }

    /**
     * The first line of the cell read wrong, or null when every node is under its parent and nothing else
     * is a step. Without a root line, the top-level steps are a block's top (parent 0); a caption over the root
     * is the root, the root call its body's first step.
     */
    private static String firstMiss(NotationGrid.Cell c, Map<Integer, StructureScore.Reading> read) {
        int written = 0;
        for (int i = 0; i < NotationGrid.TREE.size(); i++) {
            if (!c.written(i)) {
                continue;
            }
            written++;
            int line = c.lines()[i];
            StructureScore.Reading r = read.get(line);
            NotationGrid.Node n = NotationGrid.TREE.get(i);
            if (r == null) {
                return "line " + line + " (" + n.name() + ") read as no step";
            }
            if (n.parent() < 0 && c.captionLine() > 0) {
                StructureScore.Reading caption = read.get(c.captionLine());
                if (caption == null || caption.parent() > 0) {
                    return "caption line " + c.captionLine() + " read as no root";
                }
                written++;
                if (r.parent() != c.captionLine()) {
                    return "root line " + line + " read under " + r.parent() + ", meant the caption " + c.captionLine();
                }
                if (!r.kind().equals("call")) {
                    return "line " + line + " (" + n.name() + ") read as " + r.kind();
                }
                continue;
            }
            if (n.parent() < 0) {
                if (r.parent() > 0) {
                    return "root line " + line + " read under " + r.parent();
                }
                continue;
            }
            int expected = c.written(n.parent()) ? c.lines()[n.parent()] : 0;
            if (r.parent() != expected) {
                return "line " + line + " (" + n.name() + ") read under " + r.parent() + ", meant " + expected;
            }
            if (!r.kind().equals("call")) {
                return "line " + line + " (" + n.name() + ") read as " + r.kind();
            }
        }
        int extra = read.size() - written;
        return extra > 0 ? extra + " other line(s) read as steps" : null;
    }

    private static void count(Map<String, Map<String, int[]>> by, String dimension, String key, boolean ok) {
        int[] c = by.computeIfAbsent(dimension, d -> new TreeMap<>()).computeIfAbsent(key, k -> new int[2]);
        c[0] += ok ? 1 : 0;
        c[1]++;
    }

    private static void print(String title, String dimension, Map<String, int[]> m) {
        Function<int[], String> share = c -> String.format("%d/%d (%.0f%%)", c[0], c[1], 100.0 * c[0] / c[1]);
        m.forEach((k, c) -> System.out.printf("%s %-7s %-44s %s%n", title, dimension, k, share.apply(c)));
    }
}
