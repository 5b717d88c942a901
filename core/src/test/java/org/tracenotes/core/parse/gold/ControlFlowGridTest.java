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
 * How general the parser is on control flow: the tree of {@link ControlFlowGrid} (if/else, else if,
 * return, assignment, elided body, remarks, a blank line, braces) in every depth layout of
 * {@link NotationGrid} must be read with every step under its parent with its kind, an else in its
 * chain, and no remark, blank or brace line as a step (a brace line may be read as a {@code brace}, as the
 * gold set's scorer allows: its parent is not scored). Prints the share of cells read right along each
 * dimension and how often each line is misread; fails below a floor that only goes up;
 * {@code -Dgrid.verbose=true} lists the first wrong line of every cell read wrong.
 */
class ControlFlowGridTest {

    /** Cells read fully right at least (of {@link ControlFlowGrid#cells()}); raise it as the parser improves. */
    static final int FLOOR = 5614;   // 3700 -> 4130: elisions after drawn prefixes, remarks under ASCII edges, brace heads (session 27); 4226: tab-arm layouts (session 30); 5432 of 6136: Allman braces added as a dimension (session 31); 5614 of 6328: em-dash arm layouts

    @Test
    void readsTheControlFlowTreeInEveryNotationOfTheGrid() {
        NoteParser parser = new NoteParser();
        List<ControlFlowGrid.Cell> cells = ControlFlowGrid.cells();
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, int[]>> dims = new TreeMap<>();
        Map<String, int[]> byLine = new TreeMap<>();
        int right = 0;
        for (ControlFlowGrid.Cell c : cells) {
            Note note = parser.parse("grid." + c.holder().extension, c.text());
            List<String> misses = misses(c, StructureScore.readings(note));
            boolean ok = misses.isEmpty();
            right += ok ? 1 : 0;
            count(dims, "layout", c.layout().id(), ok);
            count(dims, "call", c.call().name(), ok);
            count(dims, "else", c.elseStyle().name(), ok);
            count(dims, "remark", c.remark().name(), ok);
            count(dims, "braces", c.braces().name(), ok);
            count(dims, "holder", c.holder().name(), ok);
            for (String m : misses) {
                byLine.computeIfAbsent(m.substring(0, m.indexOf(':')), k -> new int[1])[0]++;
            }
            if (!ok) {
                wrong.add(c.name() + ": " + misses.get(0));
            }
        }
        dims.forEach(ControlFlowGridTest::print);
        byLine.forEach((k, n) -> System.out.printf("cfgrid misread %-28s in %d cells%n", k, n[0]));
        System.out.printf("cfgrid all %d/%d cells (%.1f%%)%n", right, cells.size(), 100.0 * right / cells.size());
        if (Boolean.getBoolean("grid.verbose")) {
            wrong.forEach(w -> System.out.println("cfgrid wrong " + w));
        }
        assertTrue(right >= FLOOR, "control-flow grid cells read right: " + right + " < floor " + FLOOR);
    }

    @Test
    void writesTheTreeItDescribes() {
        ControlFlowGrid.Cell c = ControlFlowGrid.write(new NotationGrid.Indented("-> ", "2", "  "),
                NotationGrid.CallStyle.ARGUMENTS, ControlFlowGrid.ElseStyle.BARE, ControlFlowGrid.Remark.SLASHES,
                ControlFlowGrid.Braces.BRACES, NotationGrid.Holder.FENCE);
        assertEquals("""
                # Request path

                How a request is served:

                ```
                handle_request(req, n) {
                  -> check_args(req, n)
                    // then check args
                  -> if (req->sync) {
                    -> flush_pages(req, n)
                  }
                  else {
                    -> queue_pages(req, n) {
                      // then queue pages
                      -> ...
                    }
                  }

                  -> ret = submit_io(req)
                  -> if (ret < 0) {
                    -> return ret;
                  }
                  else if (ret == 0) {
                    -> retry_io(req, n)
                      // then retry io
                  }
                  -> finish_request(req, n)
                }
                ```

                The request is then done.
                """, c.text());
        assertEquals(6, c.lineOf(0));
        assertEquals(12, c.lineOf(4));
    }

    @Test
    void drawsRemarksOnTheStemsOfTheirCall() {
        ControlFlowGrid.Cell c = ControlFlowGrid.write(new NotationGrid.Drawn("+- ", "`- ", "|", 3),
                NotationGrid.CallStyle.EMPTY_PARENS, ControlFlowGrid.ElseStyle.MARKED, ControlFlowGrid.Remark.CHINESE,
                ControlFlowGrid.Braces.NONE, NotationGrid.Holder.TEXT_FILE);
        assertEquals("""
                Request path

                How a request is served:

                handle_request()
                +- check_args()
                |  这里处理 check args
                +- if (req->sync)
                |  `- flush_pages()
                +- else
                |  `- queue_pages()
                |     `- ...

                +- ret = submit_io(req)
                +- if (ret < 0)
                |  `- return ret;
                +- else if (ret == 0)
                |  `- retry_io()
                |     这里处理 retry io
                `- finish_request()

                The request is then done.
                """, c.text());
    }

    /** Every line of the cell read wrong, each as "what: how". */
    private static List<String> misses(ControlFlowGrid.Cell c, Map<Integer, StructureScore.Reading> read) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < c.lines().size(); k++) {
            ControlFlowGrid.Meant m = c.lines().get(k);
            int line = c.firstLine() + k;
            StructureScore.Reading r = read.get(line);
            if (m.role() != ControlFlowGrid.LineRole.STEP) {
                boolean braceAsBrace = m.role() == ControlFlowGrid.LineRole.BRACE && r != null && r.kind().equals("brace");
                if (r != null && !braceAsBrace) {
                    out.add(m.role().name().toLowerCase() + ": line " + line + " read as a " + r.kind() + " step");
                }
                continue;
            }
            ControlFlowGrid.Step s = ControlFlowGrid.STEPS.get(m.step());
            String what = m.step() + " " + s.kind() + " '" + s.text() + "'";
            if (r == null) {
                out.add(what + ": line " + line + " read as no step");
                continue;
            }
            if (s.parent() < 0) {
                if (r.parent() > 0) {
                    out.add(what + ": root line " + line + " read under " + r.parent());
                }
                continue;
            }
            int parent = c.lineOf(s.parent());
            int chainIf = s.chainIf() < 0 ? -1 : c.lineOf(s.chainIf());
            if (r.parent() != parent || r.ifLine() != chainIf) {
                out.add(what + ": line " + line + " read under " + r.parent() + (r.ifLine() >= 0 ? " if=" + r.ifLine() : "")
                        + ", meant " + parent + (chainIf >= 0 ? " if=" + chainIf : ""));
            } else if (!r.kind().equals(s.kind())) {
                out.add(what + ": line " + line + " read as " + r.kind());
            }
        }
        long outside = read.keySet().stream().filter(l -> l < c.firstLine() || l >= c.firstLine() + c.lines().size()).count();
        if (outside > 0) {
            out.add("outside: " + outside + " line(s) outside the block read as steps");
        }
        return out;
    }

    private static void count(Map<String, Map<String, int[]>> dims, String dimension, String key, boolean ok) {
        int[] c = dims.computeIfAbsent(dimension, d -> new TreeMap<>()).computeIfAbsent(key, k -> new int[2]);
        c[0] += ok ? 1 : 0;
        c[1]++;
    }

    private static void print(String dimension, Map<String, int[]> m) {
        Function<int[], String> share = c -> String.format("%d/%d (%.0f%%)", c[0], c[1], 100.0 * c[0] / c[1]);
        m.forEach((k, c) -> System.out.printf("cfgrid %-7s %-44s %s%n", dimension, k, share.apply(c)));
    }
}
