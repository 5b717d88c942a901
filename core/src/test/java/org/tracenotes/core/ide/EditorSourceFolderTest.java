package org.tracenotes.core.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which source tree an editor's note describes: the rule the language server and Eclipse share. */
class EditorSourceFolderTest {

    @TempDir
    Path dir;

    @Test
    void theConfigThatAppliesToTheNoteNamesTheSourceTree() throws IOException {
        Path src = Files.createDirectories(dir.resolve("linux"));
        Path notes = Files.createDirectories(dir.resolve("ws/notes"));
        Files.createDirectory(dir.resolve("ws/.git"));
        Files.writeString(notes.resolve(".tracenotes.yaml"), "source: ../../linux\n");
        Path note = Files.writeString(notes.resolve("a.md"), "x\n");
        assertEquals(Optional.of(src.toRealPath()), EditorLintOptions.sourceFolder(note, null).map(EditorSourceFolderTest::real));
    }

    @Test
    void aWorkspaceConfigAnswersForANoteOutsideItsFolders() throws IOException {
        Path src = Files.createDirectories(dir.resolve("linux"));
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(ws.resolve(".tracenotes.yaml"), "source: ../linux\n");
        Path elsewhere = Files.createDirectories(dir.resolve("other"));
        Files.createDirectory(elsewhere.resolve(".git"));
        Path note = Files.writeString(elsewhere.resolve("b.md"), "x\n");
        assertEquals(Optional.empty(), EditorLintOptions.sourceFolder(note, null));
        assertEquals(Optional.of(src.toRealPath()), EditorLintOptions.sourceFolder(note, ws).map(EditorSourceFolderTest::real));
        assertEquals(Optional.of(src.toRealPath()), EditorLintOptions.sourceFolder(null, ws).map(EditorSourceFolderTest::real));
    }

    @Test
    void noConfigNoSourceTree() throws IOException {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.createDirectory(ws.resolve(".git"));
        assertEquals(Optional.empty(), EditorLintOptions.sourceFolder(Files.writeString(ws.resolve("c.md"), "x\n"), ws));
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
