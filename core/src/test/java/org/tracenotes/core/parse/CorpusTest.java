package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracenotes.core.CorpusFiles;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;

/** Every note of the shared corpus of real notes parses without a syntax error. */
class CorpusTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyCorpusNoteParsesWithoutSyntaxErrors() throws Exception {
        List<Path> files = CorpusFiles.all();
        NoteLoader loader = new NoteLoader(new NoteParser());
        List<String> errors = new ArrayList<>();
        int blocks = 0;
        int steps = 0;
        int roots = 0;
        int warnings = 0;
        for (Path f : files) {
            Note note = ((NoteLoader.Loaded) loader.load(f)).note();
            for (Diagnostic d : note.diagnostics()) {
                if (d.severity() == Severity.ERROR) {
                    errors.add(d.format(f.toString()));
                }
                warnings += d.severity() == Severity.WARNING ? 1 : 0;
            }
            blocks += note.traceBlocks().size();
            roots += note.traceBlocks().stream().mapToInt(b -> b.roots().size()).sum();
            steps += note.steps().size();
        }
        System.out.printf("corpus: %d files, %d trace blocks, %d roots, %d steps, %d warnings%n",
                files.size(), blocks, roots, steps, warnings);
        assertEquals(List.of(), errors);
        assertTrue(files.size() >= 100, "files: " + files.size());
        assertTrue(blocks >= 300, "trace blocks: " + blocks);
    }
}
