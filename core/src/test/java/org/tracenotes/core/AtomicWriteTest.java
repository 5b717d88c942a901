package org.tracenotes.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNewBytesReplaceTheFileAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("笔记.md");
        Files.writeString(note, "old\n");
        assertNull(AtomicWrite.replace(note, "新的 ## 先略\n".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals("新的 ## 先略\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(note));
        assertEquals(List.of("笔记.md"), names(dir));
    }

    @Test
    void setuidSetgidAndStickyBitsAreKept(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("n.md");
        Files.writeString(note, "old\n");
        int mode = 04000 | 02000 | 01000 | 0640;
        Files.setAttribute(note, "unix:mode", mode);
        assertNull(AtomicWrite.replace(note, "new\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(mode, ((Integer) Files.getAttribute(note, "unix:mode")) & 07777);
    }

    @Test
    void aTemporaryFileOfAKilledProcessIsRemovedByTheNextWrite(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("n.md");
        Files.writeString(note, "old\n");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        Path stale = Files.writeString(dir.resolve(".n.md.tracenotes-" + dead + "-17.tmp"), "half a note");
        Path live = Files.writeString(dir.resolve(".n.md.tracenotes-" + ProcessHandle.current().pid() + "-18.tmp"), "in use");
        Path other = Files.writeString(dir.resolve(".m.md.tracenotes-" + dead + "-19.tmp"), "another note's");
        assertNull(AtomicWrite.replace(note, "new\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Files.exists(stale), "a dead process's temporary file of this note goes");
        assertTrue(Files.exists(live), "a live process's stays: it may still be writing");
        assertTrue(Files.exists(other), "another note's is that note's write's business");
    }

    @Test
    void aFileInAFolderThatCannotBeWrittenIsNotWrittenAndSaysWhy(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-folder/n.md");
        String why = AtomicWrite.replace(missing, "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(why != null && why.startsWith("not written: "), why);
    }
}
