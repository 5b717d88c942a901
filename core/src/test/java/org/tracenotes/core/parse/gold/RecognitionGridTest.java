package org.tracenotes.core.parse.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.parse.NoteParser;

/**
 * Whether trace blocks written in unfamiliar surface forms are recognised at all, and read right
 * ({@link RecognitionGrid}): prints the share of cells read right by line style, indentation unit and
 * holder, and fails below a floor that only goes up. The listings beside it (a function's source, a
 * shell session, a config, samples of other languages) must read as no step at all: recognition may
 * not grow into them. {@code -Dgrid.verbose=true} lists the first wrong line of every cell read wrong.
 */
class RecognitionGridTest {

    /** Cells read fully right at least (of {@link RecognitionGrid#cells()}); raise it as the parser improves. */
    // 453 at main (89dfdb30); 597 with file-led calls, `f() @ file` and `f():` captions recognised; 612 with
    // brace-nesting pseudocode outside fences; 702/702 with `name:` captions over their calls (LabelCaptions) and
    // trees in a block comment led by ` * ` (StarredComments); 756/756 with such a comment in a ```c fence added;
    // 972/972 with holders outside Markdown fences added (an escaped <pre>, rst code-block and literal block, org src)
    static final int FLOOR = 972;

    @Test
    void recognisesTheTreeInEverySurfaceFormAndHolder() {
        NoteParser parser = new NoteParser();
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, int[]>> by = new LinkedHashMap<>();
        List<RecognitionGrid.Cell> cells = RecognitionGrid.cells();
        int right = 0;
        for (RecognitionGrid.Cell c : cells) {
            String miss = firstMiss(c, StructureScore.readings(parser.parse("grid." + c.holder().extension, c.text())));
            boolean ok = miss == null;
            right += ok ? 1 : 0;
            count(by, "style", c.style().name(), ok);
            count(by, "unit", c.unit().name(), ok);
            count(by, "holder", c.holder().name(), ok);
            if (!ok) {
                wrong.add(c.name() + ": " + miss);
            }
        }
        by.forEach(RecognitionGridTest::print);
        System.out.printf("recognition all %d/%d cells (%.1f%%)%n", right, cells.size(), 100.0 * right / cells.size());
        if (Boolean.getBoolean("grid.verbose")) {
            wrong.forEach(w -> System.out.println("recognition wrong " + w));
        }
        assertTrue(right >= FLOOR, "recognition cells read right: " + right + " < floor " + FLOOR);
    }

    @Test
    void readsNoStepInSourceListingsSessionsAndConfigs() {
        NoteParser parser = new NoteParser();
        List<String> misread = new ArrayList<>();
        for (RecognitionGrid.Listing l : RecognitionGrid.listings()) {
            Map<Integer, StructureScore.Reading> read = StructureScore.readings(parser.parse("doc." + l.extension(), l.text()));
            if (!read.isEmpty()) {
                misread.add(l.name() + ": steps on lines " + new TreeMap<>(read).keySet());
            }
        }
        misread.forEach(m -> System.out.println("recognition listing read as a trace: " + m));
        assertTrue(misread.isEmpty(), misread.size() + " listings read as traces");
    }

    /** The first line of the cell read wrong, or null when every step is under its parent with its kind and nothing else is a step. */
    static String firstMiss(RecognitionGrid.Cell c, Map<Integer, StructureScore.Reading> read) {
        for (Map.Entry<Integer, RecognitionGrid.Meant> m : c.lines().entrySet()) {
            int line = m.getKey();
            RecognitionGrid.Meant meant = m.getValue();
            StructureScore.Reading r = read.get(line);
            switch (meant.role()) {
                case NO_STEP -> {
                    if (r != null) {
                        return "line " + line + " (no step) read as " + r.kind();
                    }
                }
                case BRACE -> { }
                case ELISION -> {
                    int parent = c.lineOf(RecognitionGrid.STEPS.get(meant.step()).parent());
                    if (r != null && (!r.kind().equals("prose") || r.parent() != parent)) {
                        return "elision line " + line + " read as " + r.kind() + " under " + r.parent();
                    }
                }
                case STEP -> {
                    String why = stepMiss(c, meant.step(), line, r);
                    if (why != null) {
                        return why;
                    }
                }
            }
        }
        for (int line : read.keySet()) {
            if (!c.lines().containsKey(line)) {
                return "line " + line + " outside the tree read as " + read.get(line).kind();
            }
        }
        return null;
    }

    private static String stepMiss(RecognitionGrid.Cell c, int i, int line, StructureScore.Reading r) {
        RecognitionGrid.Step s = RecognitionGrid.STEPS.get(i);
        String what = "line " + line + " (" + s.name() + ")";
        if (r == null) {
            return what + " read as no step";
        }
        if (s.parent() < 0) {
            return r.parent() > 0 ? what + " root read under " + r.parent() : null;
        }
        int parent = c.lineOf(s.parent());
        if (r.parent() != parent) {
            return what + " read under " + r.parent() + ", meant " + parent;
        }
        if (s.chainIf() >= 0 && r.ifLine() != c.lineOf(s.chainIf())) {
            return what + " read in the chain of " + r.ifLine();
        }
        String kind = c.style() == RecognitionGrid.Style.ASSIGN && s.result() != null ? "assign" : s.kind();
        return r.kind().equals(kind) ? null : what + " read as " + r.kind() + ", meant " + kind;
    }

    private static void count(Map<String, Map<String, int[]>> by, String dimension, String key, boolean ok) {
        int[] c = by.computeIfAbsent(dimension, d -> new TreeMap<>()).computeIfAbsent(key, k -> new int[2]);
        c[0] += ok ? 1 : 0;
        c[1]++;
    }

    private static void print(String dimension, Map<String, int[]> m) {
        Function<int[], String> share = c -> String.format("%d/%d (%.0f%%)", c[0], c[1], 100.0 * c[0] / c[1]);
        m.forEach((k, c) -> System.out.printf("recognition %-7s %-20s %s%n", dimension, k, share.apply(c)));
    }
}
