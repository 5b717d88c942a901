package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.parse.Parsing.ruleIds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;

/** Bad input gives diagnostics, never an exception or a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {

    private static Note bytes(byte[] b) {
        return NoteLoader.parse(new NoteParser(), "bad.md", b);
    }

    @Test
    void emptyFileSaysItIsEmpty() {
        Note note = bytes(new byte[0]);
        assertEquals(List.of("empty-note"), ruleIds(note));
        assertEquals(Severity.INFO, note.diagnostics().get(0).severity());
    }

    @Test
    void binaryFileIsRefusedWithAnError() {
        byte[] b = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        Note note = bytes(b);
        assertEquals(List.of("binary-input"), ruleIds(note));
        assertEquals(Severity.ERROR, note.diagnostics().get(0).severity());
        assertTrue(note.diagnostics().get(0).message().contains("offset 7"));
    }

    @Test
    void oldMacLineEndsAreReadAsLineBreaksAndReported() {
        Note note = bytes("```\rf()\r=> a()\r=> b()\r```\r".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("cr-line-ends"), ruleIds(note));
        assertEquals(2, note.traceBlocks().get(0).roots().get(0).body().size());
    }

    @Test
    void invalidUtf8IsReportedWhereItIsAndTheRestStillParses() {
        byte[] head = "```\nf()\n=> a()\n=> b(".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ")\n```\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, b, 0, head.length);
        b[head.length] = (byte) 0xC3;
        b[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, b, head.length + 2, tail.length);
        Note note = bytes(b);
        Diagnostic d = note.diagnostics().get(0);
        assertEquals("invalid-utf8", d.ruleId());
        assertEquals(4, d.range().line());
        assertEquals(6, d.range().column());
        assertEquals(2, note.traceBlocks().get(0).roots().get(0).body().size());
    }

    @Test
    void unterminatedFenceRunsToTheEndAndIsReported() {
        Note note = Parsing.parse("# t\n```sh\nf()\n=> a()\n=> b()\n");
        assertEquals(List.of("unterminated-fence"), ruleIds(note));
        assertEquals(1, note.traceBlocks().size());
    }

    @Test
    void unterminatedBlockCommentIsReportedAndStopsAtTheBlock() {
        Note note = Parsing.parse("```\nf()\n=> a() /* open\n=> b()\n```\n# after\n");
        assertEquals(List.of("unterminated-comment"), ruleIds(note));
        assertEquals("after", note.sections().get(1).title());
    }

    @Test
    void fiveHundredLevelsOfNestingParse() {
        StringBuilder sb = new StringBuilder("```\nf()\n");
        for (int i = 0; i < 500; i++) {
            sb.append(" ".repeat(i * 3)).append("=> g").append(i).append("()\n");
        }
        sb.append("```\n");
        Note note = Parsing.parse(sb.toString());
        Step s = note.traceBlocks().get(0).roots().get(0).body().get(0);
        int depth = 1;
        while (!s.children().isEmpty()) {
            s = s.children().get(0);
            depth++;
        }
        assertEquals(500, depth);
        assertTrue(note.diagnostics().isEmpty());
    }

    @Test
    void deeplyNestedParenthesesDoNotOverflow() {
        String expr = "(".repeat(2000) + "x" + ")".repeat(2000);
        Note note = Parsing.fenced("f()", "=> r = " + expr, "=> g()");
        assertFalse(note.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR),
                () -> note.diagnostics().toString());
    }

    @Test
    void aHundredKilobyteLineIsReadAsProseWithAWarning() {
        String line = "=> " + "a + ".repeat(25_000) + "b";
        Note note = Parsing.fenced("f()", line, "=> g()");
        assertEquals(List.of("long-line"), ruleIds(note));
        assertEquals(2, note.traceBlocks().get(0).roots().get(0).body().size());
    }

    @Test
    void aTwentyMegabyteNoteParses(@TempDir Path dir) throws Exception {
        String seed = Files.readString(SeedNoteTest.SAMPLE);
        StringBuilder sb = new StringBuilder(21 << 20);
        while (sb.length() < 20 << 20) {
            sb.append(seed).append('\n');
        }
        Path big = dir.resolve("big.md");
        Files.writeString(big, sb);
        NoteLoader.Result r = new NoteLoader(new NoteParser()).load(big);
        Note note = ((NoteLoader.Loaded) r).note();
        assertTrue(note.traceBlocks().size() > 6000, "blocks: " + note.traceBlocks().size());
        assertFalse(note.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
    }

    @Test
    void missingFilesAndFoldersAreUnreadableNotExceptions(@TempDir Path dir) {
        NoteLoader loader = new NoteLoader(new NoteParser());
        assertTrue(loader.load(dir.resolve("nope.md")) instanceof NoteLoader.Unreadable u
                && u.reason().equals("no such file"));
        assertTrue(loader.load(dir) instanceof NoteLoader.Unreadable);
    }

    @Test
    void randomBytesNeverThrow() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "=>-+|\\ \t\n(){}[];:#/*<\"'abc先略`~.,!&0x";
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Note note = Parsing.parse(sb.toString());
            assertFalse(note.diagnostics().stream().anyMatch(d -> d.ruleId().equals("parser-limit")),
                    () -> "input: " + sb);
        }
    }
}
