package org.tracenotes.core.parse.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
    static final int FLOOR = 4320;

    @Test
    void readsTheCanonicalTreeInEveryNotationOfTheGrid() {
        NoteParser parser = new NoteParser();
        List<NotationGrid.Cell> cells = NotationGrid.cells();
        List<String> wrong = new ArrayList<>();
        Map<String, int[]> byLayout = new TreeMap<>();
        Map<String, int[]> byCall = new TreeMap<>();
        Map<String, int[]> byNote = new TreeMap<>();
        Map<String, int[]> byHolder = new TreeMap<>();
        int right = 0;
        for (NotationGrid.Cell c : cells) {
            Note note = parser.parse("grid." + c.holder().extension, c.text());
            String miss = firstMiss(c, StructureScore.readings(note));
            boolean ok = miss == null;
            right += ok ? 1 : 0;
            count(byLayout, c.layout().id(), ok);
            count(byCall, c.call().name(), ok);
            count(byNote, c.note().name(), ok);
            count(byHolder, c.holder().name(), ok);
            if (!ok) {
                wrong.add(c.name() + ": " + miss);
            }
        }
        print("layout", byLayout);
        print("call", byCall);
        print("note", byNote);
        print("holder", byHolder);
        System.out.printf("grid all %d/%d cells (%.1f%%)%n", right, cells.size(), 100.0 * right / cells.size());
        if (Boolean.getBoolean("grid.verbose")) {
            wrong.forEach(w -> System.out.println("grid wrong " + w));
        }
        assertTrue(right >= FLOOR, "grid cells read right: " + right + " < floor " + FLOOR);
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

    /** The first line of the cell read wrong, or null when every node is under its parent and nothing else is a step. */
    private static String firstMiss(NotationGrid.Cell c, Map<Integer, StructureScore.Reading> read) {
        for (int i = 0; i < NotationGrid.TREE.size(); i++) {
            int line = c.lines()[i];
            StructureScore.Reading r = read.get(line);
            NotationGrid.Node n = NotationGrid.TREE.get(i);
            if (r == null) {
                return "line " + line + " (" + n.name() + ") read as no step";
            }
            if (n.parent() < 0) {
                if (r.parent() > 0) {
                    return "root line " + line + " read under " + r.parent();
                }
                continue;
            }
            int expected = c.lines()[n.parent()];
            if (r.parent() != expected) {
                return "line " + line + " (" + n.name() + ") read under " + r.parent() + ", meant " + expected;
            }
            if (!r.kind().equals("call")) {
                return "line " + line + " (" + n.name() + ") read as " + r.kind();
            }
        }
        int extra = read.size() - NotationGrid.TREE.size();
        return extra > 0 ? extra + " other line(s) read as steps" : null;
    }

    private static void count(Map<String, int[]> m, String key, boolean ok) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        c[0] += ok ? 1 : 0;
        c[1]++;
    }

    private static void print(String dimension, Map<String, int[]> m) {
        Function<int[], String> share = c -> String.format("%d/%d (%.0f%%)", c[0], c[1], 100.0 * c[0] / c[1]);
        m.forEach((k, c) -> System.out.printf("grid %-7s %-44s %s%n", dimension, k, share.apply(c)));
    }
}
