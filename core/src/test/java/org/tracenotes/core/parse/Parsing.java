package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    static List<String> ruleIds(Note note) {
        return note.diagnostics().stream().map(Diagnostic::ruleId).toList();
    }
}
