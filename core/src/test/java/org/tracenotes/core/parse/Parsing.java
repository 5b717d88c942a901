package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/** Small helpers for parser tests. */
final class Parsing {

    private Parsing() {
    }

    static Note parse(String text) {
        return new NoteParser().parse("test.md", text);
    }

    /** Wraps lines in a fence and parses them. */
    static Note fenced(String... lines) {
        return parse("```\n" + String.join("\n", lines) + "\n```\n");
    }

    static TraceBlock onlyBlock(Note note) {
        List<TraceBlock> blocks = note.traceBlocks();
        assertEquals(1, blocks.size(), () -> "trace blocks: " + blocks);
        return blocks.get(0);
    }

    static Root onlyRoot(Note note) {
        TraceBlock b = onlyBlock(note);
        assertEquals(1, b.roots().size(), () -> "roots: " + b.roots());
        return b.roots().get(0);
    }

    /** The first step of the only root. */
    static Step firstStep(Note note) {
        return onlyRoot(note).body().get(0);
    }

    /** Parses the lines in a fence and checks its trees against {@code expected}, written as {@link #shape} writes them. */
    static void assertShape(String expected, String... lines) {
        Note note = fenced(lines);
        assertEquals(expected, shape(note), () -> String.join("\n", lines));
    }

    /** The trees of a note as indented {@code kind text} lines; trailing comments after two blanks. */
    static String shape(Note note) {
        StringBuilder out = new StringBuilder();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                out.append("root ").append(r.text()).append(r.comments().stream()
                        .filter(c -> c.placement() == Comment.Placement.TRAILING)
                        .map(c -> "  " + c.marker() + (c.marker().isEmpty() ? "" : " ") + c.text()).findFirst().orElse(""))
                        .append('\n');
                r.body().forEach(s -> step(s, 1, out));
            }
        }
        return out.toString();
    }

    private static void step(Step s, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(s.kind().id()).append(' ').append(s.text());
        s.comments().stream().filter(c -> c.placement() == Comment.Placement.TRAILING)
                .findFirst().ifPresent(c -> out.append("  ").append(c.marker()).append(c.marker().isEmpty() ? "" : " ")
                        .append(c.text()));
        out.append('\n');
        s.children().forEach(c -> step(c, depth + 1, out));
        for (Step alt : s.alternatives()) {
            step(alt, depth, out);
        }
    }

    static List<String> ruleIds(Note note) {
        return note.diagnostics().stream().map(Diagnostic::ruleId).toList();
    }
}
