package org.tracenotes.core.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.Golden;
import org.tracenotes.core.model.Note;

/** An editor's document parses each new text from the last one's note, as a whole parse would. */
class EditorDocumentTest {

    private static String seed() throws IOException {
        return Files.readString(Golden.repositoryRoot().resolve("samples/soft-offline.md"), StandardCharsets.UTF_8);
    }

    @Test
    void typingDeletingAndPastingGiveTheNoteAWholeParseGives(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seed.md");
        String text = seed();
        EditorDocument doc = new EditorDocument(file, file.toString());
        doc.update(text);
        Random random = new Random(17);
        for (int i = 0; i < 60; i++) {
            int at = random.nextInt(text.length());
            int cut = i % 3 == 0 ? Math.min(text.length() - at, random.nextInt(40)) : 0;
            String typed = i % 5 == 0 ? "\n=> folio_put(p);\n" : i % 3 == 0 ? "" : "x";
            text = text.substring(0, at) + typed + text.substring(at + cut);
            Note incremental = doc.update(text);
            assertEquals(EditorNotes.parse(file, file.toString(), text), incremental, "edit " + i + " at " + at);
        }
    }

    @Test
    void theSameTextIsNotParsedAgain() throws IOException {
        EditorDocument doc = new EditorDocument(null, "seed.md");
        Note first = doc.update(seed());
        assertSame(first, doc.update(seed()));
    }

    @Test
    void aConfigWrittenBesideTheNoteChangesItsParseAtTheNextChange(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve(".git"));
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Path file = notes.resolve("n.md");
        String text = "```\nf()\n\t=> g()\n\t\t=> h()\n```\n";
        EditorDocument doc = new EditorDocument(file, file.toString());
        assertEquals(EditorNotes.parse(file, file.toString(), text), doc.update(text));

        Files.writeString(dir.resolve(".tracenotes.yaml"), "tab-width: 2\n");
        String typed = text.replace("h()", "hx()");
        Note withConfig = doc.update(typed);
        assertEquals(2, EditorNotes.options(file, file.toString()).tabWidth());
        assertEquals(EditorNotes.parse(file, file.toString(), typed), withConfig);

        Files.writeString(dir.resolve(".tracenotes.yaml"), "tab-width: 8\n# longer, so its size changes too\n");
        assertEquals(8, EditorNotes.options(file, file.toString()).tabWidth());
        Files.delete(dir.resolve(".tracenotes.yaml"));
        assertEquals(EditorNotes.options(dir.resolve("other.md"), "other.md"), EditorNotes.options(file, file.toString()));
    }
}
