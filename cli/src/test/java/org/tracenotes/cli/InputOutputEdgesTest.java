package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edges of what commands read and write: {@code -o} never over a note, never half a report;
 * unparsable notes; option limits.
 */
class InputOutputEdgesTest {

    @Test
    void aReportIsNeverWrittenOverTheNoteItReads(@TempDir Path dir) throws Exception {
        Path note = Files.copy(Path.of(CliTest.SEED), dir.resolve("note.md"));
        byte[] before = Files.readAllBytes(note);
        for (String command : new String[] {"explore", "lint", "graph"}) {
            CliTest.Run r = CliTest.run(command, "-o", note.toString(), note.toString());
            assertEquals(2, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("is a note this command reads; not overwritten"), r.err());
            assertArrayEquals(before, Files.readAllBytes(note), command + " kept the note byte for byte");
        }
        CliTest.Run folder = CliTest.run("lint", "-o", dir.resolve("note.md").toString(), dir.toString());
        assertEquals(2, folder.code(), "a note found in a folder is protected too: " + folder.err());
    }

    @Test
    void aDirectoryOrAnEmptyPathIsRefusedInWordsAndAReportIsWrittenWhole(@TempDir Path dir) throws Exception {
        CliTest.Run intoDir = CliTest.run("graph", "-o", dir.toString(), CliTest.SEED);
        assertEquals(2, intoDir.code());
        assertTrue(intoDir.err().endsWith("error: is a directory\n"), intoDir.err());
        CliTest.Run empty = CliTest.run("graph", "-o", "", CliTest.SEED);
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("an empty path is not a file"), empty.err());

        Path report = dir.resolve("graph.dot");
        Files.writeString(report, "old report");
        assertEquals(0, CliTest.run("graph", "-o", report.toString(), CliTest.SEED).code());
        assertTrue(Files.readString(report).startsWith("strict digraph") || Files.readString(report).startsWith("digraph"),
                Files.readString(report));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left beside the report");
        }
    }

    @Test
    void aGraphOfANoteThatCannotBeParsedSaysSoAndExitsOne(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("bin.md"), new byte[] {0, 1, 'x'});
        CliTest.Run r = CliTest.run("graph", binary.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("[binary-input]"), r.err());
    }

    @Test
    void maxDepthAcceptsOnlyWhatARunCanReach() {
        CliTest.Run r = CliTest.run("run", CliTest.SEED, "--max-depth", "100000");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--max-depth from 1 to 20000"), r.err());
        assertEquals(0, CliTest.run("run", CliTest.SEED, "--max-depth", "20000", "--given", "lru,anon,mapped,refcount=1").code());
    }
}
