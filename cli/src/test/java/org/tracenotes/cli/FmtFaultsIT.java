package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fmt} under faults, through the {@code ./tracenotes} launcher as a user runs it: killed (SIGKILL) or
 * interrupted (SIGINT) while it writes a large note, four of them on one file at once, and a full disk. The
 * note is always its old or its new content byte for byte, and no temporary file outlives a write (after a
 * SIGKILL, the next write removes the one left).
 */
class FmtFaultsIT {

    static final Path ROOT = LauncherIT.ROOT;

    /** The seed 300 times: about 1 MB that fmt fixes in three places per copy. */
    static byte[] before;
    /** What an undisturbed fmt makes of it. */
    static byte[] after;

    @TempDir
    static Path shared;

    @BeforeAll
    static void formatOnce() throws Exception {
        byte[] seed = Files.readAllBytes(ROOT.resolve("samples/soft-offline.md"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            out.write(seed);
            out.write('\n');
        }
        before = out.toByteArray();
        Path note = shared.resolve("big.md");
        Files.write(note, before);
        Process p = fmt(note).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "fmt of 1 MB ends");
        assertEquals(0, p.exitValue(), "fmt formats the note");
        after = Files.readAllBytes(note);
        assertNotEquals(before.length, 0);
        assertTrue(!Arrays.equals(before, after), "fmt changes the note");
    }

    private static ProcessBuilder fmt(Path note) {
        ProcessBuilder pb = new ProcessBuilder("sh", ROOT.resolve("tracenotes").toString(), "fmt", note.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb;
    }

    private static List<String> temporaryFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".tracenotes-")).toList();
        }
    }

    private static void assertOldOrNew(Path note, String when) throws Exception {
        byte[] now = Files.readAllBytes(note);
        assertTrue(Arrays.equals(now, before) || Arrays.equals(now, after),
                when + ": the note is neither its old nor its new content (" + now.length + " bytes)");
    }

    @Test
    void aNoteKilledOrInterruptedMidWriteIsItsOldOrNewContentAndNoTemporaryFileOutlivesIt(@TempDir Path dir)
            throws Exception {
        Random random = new Random(20261205);
        for (int trial = 0; trial < 6; trial++) {
            boolean kill = trial % 2 == 0;
            Path note = dir.resolve("big.md");
            Files.write(note, before);
            Process p = fmt(note).start();
            Thread.sleep(300 + random.nextInt(2500));
            if (kill) {
                p.destroyForcibly();
            } else {
                new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "fmt ends after the signal");
            String when = (kill ? "SIGKILL" : "SIGINT") + " in trial " + trial;
            assertOldOrNew(note, when);
            if (!kill) {
                assertEquals(List.of(), temporaryFiles(dir), when + ": the temporary file is removed");
            }
            Process again = fmt(note).start();
            assertTrue(again.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, again.exitValue(), when + ": the next fmt succeeds");
            assertArrayEquals(after, Files.readAllBytes(note), when + ": the next fmt makes the new content");
            assertEquals(List.of(), temporaryFiles(dir), when + ": the next write removed what the signal left");
        }
    }

    @Test
    void fourFmtsOfOneNoteAtOnceLeaveTheNewContentAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("big.md");
        Files.write(note, before);
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(fmt(note).start());
        }
        for (Process p : running) {
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "every fmt ends");
        }
        // each either wrote the new content or refused because another saved the note first
        assertArrayEquals(after, Files.readAllBytes(note), "the note is fmt's content");
        assertTrue(running.stream().anyMatch(p -> p.exitValue() == 0), "at least one fmt wrote it");
        assertEquals(List.of(), temporaryFiles(dir), "no temporary file is left");
    }

    @Test
    void onAFullDiskFmtFailsInWordsAndTheNoteStaysAsItWas(@TempDir Path dir) throws Exception {
        Path mount = dir.resolve("small");
        Files.createDirectories(mount);
        // room for the note and half of its new copy: the temporary file cannot be written whole
        long size = before.length + before.length / 2;
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean mounted = m.waitFor(30, TimeUnit.SECONDS) && m.exitValue() == 0;
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(mounted, "a small tmpfs needs root (mount); this test runs in CI");
        }
        assertTrue(mounted, "a small tmpfs for the full disk: " + new String(m.getInputStream().readAllBytes()));
        try {
            Path note = mount.resolve("big.md");
            Files.write(note, before);
            ProcessBuilder pb = new ProcessBuilder("sh", ROOT.resolve("tracenotes").toString(), "fmt", note.toString());
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertNotEquals(0, p.exitValue(), "fmt fails on a full disk: " + said);
            assertTrue(said.contains("big.md") && !said.contains("\tat ") && !said.contains("Exception"),
                    "one message naming the note, no stack trace: " + said);
            assertArrayEquals(before, Files.readAllBytes(note), "the note is as it was");
            assertEquals(List.of(), temporaryFiles(mount), "the partial temporary file is removed");
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
