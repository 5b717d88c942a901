package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteHeadWarmUpTest {

    @TempDir
    Path dir;

    private Path note(String name, long bytes) throws IOException {
        String line = "## step\n\n```\nf(x)\n=> g(x)\n```\n";
        StringBuilder text = new StringBuilder();
        while (text.length() < bytes) {
            text.append(line);
        }
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theLongestNoteOfAMegabyteOrMoreIsPicked() throws IOException {
        Path small = note("small.md", 4_000);
        Path long1 = note("long1.md", NoteHeadWarmUp.LONG_NOTE_BYTES);
        Path long2 = note("long2.md", 2 * NoteHeadWarmUp.LONG_NOTE_BYTES);
        assertEquals(long2, NoteHeadWarmUp.longNote(new String[] {"check", small.toString(), long2.toString(), long1.toString()}));
        assertEquals(long1, NoteHeadWarmUp.longNote(new String[] {"check", long1.toString(), small.toString()}));
    }

    @Test
    void shortNotesFoldersOptionsAndMissingFilesPickNone() throws IOException {
        Path small = note("small.md", 4_000);
        assertNull(NoteHeadWarmUp.longNote(new String[] {"check", small.toString(), dir.toString(), "-f", "json",
                dir.resolve("missing.md").toString(), "--min-severity=info"}));
        assertNull(NoteHeadWarmUp.longNote(new String[] {"check"}));
    }

    @Test
    void aHeadWithoutALineEndOrOfBinaryBytesIsParsedOrSkippedWithoutAFailure() throws IOException {
        Path oneLine = Files.writeString(dir.resolve("one-line.md"), "x".repeat(NoteHeadWarmUp.HEAD_BYTES + 10));
        byte[] binary = new byte[NoteHeadWarmUp.HEAD_BYTES];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Path noise = Files.write(dir.resolve("noise.md"), binary);
        assertDoesNotThrow(() -> NoteHeadWarmUp.parseHead(oneLine));
        assertDoesNotThrow(() -> NoteHeadWarmUp.parseHead(noise));
        assertDoesNotThrow(() -> NoteHeadWarmUp.parseHead(note("long.md", NoteHeadWarmUp.LONG_NOTE_BYTES)));
    }
}
