package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.CorpusFiles;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * Writes every shared-corpus note's trees (line, depth, kind, text per step) to the file named by
 * {@code -Dtracenotes.outlineDump=PATH}, to diff before and after a parser change; skipped without it.
 */
class CorpusOutlineDump {

    @Test
    void dumpsTheCorpusOutline() throws Exception {
        String out = System.getProperty("tracenotes.outlineDump");
        assumeTrue(out != null, "no -Dtracenotes.outlineDump");
        String corpus = System.getProperty("tracenotes.dumpCorpus");
        List<Path> files = corpus == null ? CorpusFiles.all()
                : Files.walk(Path.of(corpus)).filter(Files::isRegularFile).sorted().toList();
        NoteLoader loader = new NoteLoader(new NoteParser());
        StringBuilder sb = new StringBuilder();
        for (Path f : files) {
            if (!(loader.load(f) instanceof NoteLoader.Loaded loaded)) {
                continue;
            }
            Note note = loaded.note();
            for (TraceBlock b : note.traceBlocks()) {
                sb.append("== ").append(f.getFileName()).append(" block\n");
                for (Root r : b.roots()) {
                    sb.append(f.getFileName()).append(':').append(r.range().line()).append(" root ").append(r.name()).append('\n');
                    r.body().forEach(s -> step(f, s, 1, sb));
                }
            }
        }
        Files.writeString(Path.of(out), sb);
    }

    private static void step(Path f, Step s, int depth, StringBuilder sb) {
        sb.append(f.getFileName()).append(':').append(s.range().line()).append(' ').append("  ".repeat(depth))
                .append(s.kind().id()).append(' ').append(s.text()).append('\n');
        s.children().forEach(c -> step(f, c, depth + 1, sb));
        s.alternatives().forEach(a -> step(f, a, depth, sb));
    }
}
