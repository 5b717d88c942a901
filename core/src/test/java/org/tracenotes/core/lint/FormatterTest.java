package org.tracenotes.core.lint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.CorpusFiles;
import org.tracenotes.core.Golden;
import org.tracenotes.core.parse.NoteParser;

/** fmt changes exactly what its fixes name, is idempotent, refuses notes with errors, writes atomically. */
class FormatterTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void theSeedGetsItsThreeFixesAndNothingElse(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("soft-offline.md");
        Files.copy(Golden.repositoryRoot().resolve("samples/soft-offline.md"), f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        NoteFormatter.Outcome o = NoteFormatter.format(f, PARSER, false);
        assertEquals(NoteFormatter.Status.CHANGED, o.status());
        assertEquals(List.of("31 trailing-space", "41 assignment-in-condition", "67 else-step-arrow"),
                o.edits().stream().map(e -> e.line() + " " + e.ruleId()).toList());
        List<String> before = Files.readAllLines(Golden.repositoryRoot().resolve("samples/soft-offline.md"));
        List<String> after = Files.readAllLines(f);
        assertEquals("            -> else if ret == -EBUSY", after.get(66));
        assertEquals("                  => if folio == page_folio(page)", after.get(40));
        assertEquals(before.get(30).stripTrailing(), after.get(30));
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(f), "permissions kept");
        assertEquals(NoteFormatter.Status.UNCHANGED, NoteFormatter.format(f, PARSER, false).status(), "idempotent");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList(), "no temp files left");
        }
    }

    @Test
    void checkChangesNothing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        byte[] bytes = "```\nf()\n=> if a = b:\n   => g()\n```\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, bytes);
        assertEquals(NoteFormatter.Status.CHANGED, NoteFormatter.format(f, PARSER, true).status());
        assertArrayEquals(bytes, Files.readAllBytes(f));
    }

    @Test
    void tabsSnappedIndentationCrlfAndBomAreHandledByteForByte(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        String text = "\uFEFF```\r\nf()\r\n=> a()\r\n\t=> b()  \r\n        => c()\r\n     => d()\r\n## 注释 \r\n```\r\n";
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        NoteFormatter.Outcome o = NoteFormatter.format(f, PARSER, false);
        assertEquals(NoteFormatter.Status.CHANGED, o.status(), String.valueOf(o.message()));
        String out = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\uFEFF```\r\n"), out);
        assertTrue(out.contains("\r\n    => b()\r\n"), out);
        assertTrue(out.contains("## 注释\r\n"), "a trace line's trailing blanks go, CRLF stays: " + out);
        assertEquals(NoteFormatter.Status.UNCHANGED, NoteFormatter.format(f, PARSER, false).status());
    }

    @Test
    void aSnappedLineTakesTheLinesUnderItAlongSoOnePassSettles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("n.md");
        Files.writeString(f, "```\nf()\n=> a()\n      => b()\n    => c 注意\n     续行\n        => d()\n=> e()\n```\n");
        assertEquals(NoteFormatter.Status.CHANGED, NoteFormatter.format(f, PARSER, false).status());
        assertEquals("```\nf()\n=> a()\n      => b()\n      => c 注意\n      续行\n         => d()\n=> e()\n```\n",
                Files.readString(f), "c and 续行 move to b's level, each by its own columns; d, right of 续行, moves with it");
        assertEquals(NoteFormatter.Status.UNCHANGED, NoteFormatter.format(f, PARSER, false).status(), "one pass settles");
    }

    @Test
    void aNoteWithErrorsIsNeverWritten(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("b.md");
        byte[] bytes = {'`', '`', '`', '\n', 'f', 0, '\n'};
        Files.write(bin, bytes);
        assertEquals(NoteFormatter.Status.REFUSED, NoteFormatter.format(bin, PARSER, false).status());
        assertArrayEquals(bytes, Files.readAllBytes(bin));
        Path latin1 = dir.resolve("c.md");
        byte[] bad = "```\nf()\n=> if a = b: \u00e9\n   => g()\n```\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(latin1, bad);
        NoteFormatter.Outcome o = NoteFormatter.format(latin1, PARSER, false);
        assertEquals(NoteFormatter.Status.REFUSED, o.status());
        assertTrue(o.message().contains("invalid-utf8"), o.message());
        assertArrayEquals(bad, Files.readAllBytes(latin1));
    }

    @Test
    void theAssignmentFixTouchesOnlyTheOperatorAndNeverAChain(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.writeString(f, "```\nroot()\n=> if ret /* = -EBUSY */ = f()\n   => a()\n=> if x = y = z\n   => b()\n```\n");
        assertEquals(NoteFormatter.Status.CHANGED, NoteFormatter.format(f, PARSER, false).status());
        String out = Files.readString(f);
        assertTrue(out.contains("=> if ret /* = -EBUSY */ == f()"), out);
        assertTrue(out.contains("=> if x = y = z"), "a chain is left for the author: " + out);
        assertEquals(NoteFormatter.Status.UNCHANGED, NoteFormatter.format(f, PARSER, false).status());
    }

    @Test
    void commentInteriorsAndMarkdownHardBreaksStay(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        String text = "```\nroot()\n=> a()\n\t/* a comment\n\t   spanning\t\n\t\tlines */\n=> b()\n```\n\n"
                + "# Notes\n\nfoo()  \n=> bar()  \n=> baz()  \n\nprose\n";
        Files.writeString(f, text);
        NoteFormatter.format(f, PARSER, false);
        String out = Files.readString(f);
        assertTrue(out.contains("\t/* a comment\n\t   spanning\t\n\t\tlines */"), out);
        assertTrue(out.contains("=> bar()  \n=> baz()  \n"), "hard line breaks outside a fence stay: " + out);
    }

    @Test
    void aSymlinkedNoteIsFormattedThroughItsLinkAndHardLinksAreRefused(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("target.md");
        Files.writeString(target, "```\nf()\n=> if a = b:\n   => g()\n```\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), target.getFileName());
        assertEquals(NoteFormatter.Status.CHANGED, NoteFormatter.format(link, PARSER, false).status());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(target).contains("if a == b"), "the target got the fix");
        Path original = Files.writeString(dir.resolve("h.md"), "```\nf()\n=> if a = b:\n   => g()\n```\n");
        Path hard = Files.createLink(dir.resolve("hard.md"), original);
        NoteFormatter.Outcome o = NoteFormatter.format(hard, PARSER, false);
        assertEquals(NoteFormatter.Status.REFUSED, o.status());
        assertTrue(o.message().contains("hard links"), o.message());
    }

    @Test
    void aReadOnlyNoteOrAPipeIsNotWritten(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ro.md");
        Files.writeString(f, "```\nf()\n=> if a = b:\n   => g()\n```\n");
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        NoteFormatter.Outcome readOnly = NoteFormatter.format(f, PARSER, false);
        assertEquals(NoteFormatter.Status.REFUSED, readOnly.status(), "refused for every user, root too");
        assertTrue(readOnly.message().contains("read-only"), readOnly.message());
        Path fifo = dir.resolve("pipe.md");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() == 0) {
            NoteFormatter.Outcome o = NoteFormatter.format(fifo, PARSER, false);
            assertEquals(NoteFormatter.Status.REFUSED, o.status());
            assertTrue(o.message().contains("not a regular file"), o.message());
        }
    }

    @Test
    void aNoteSavedByAnotherProgramWhileFmtRunsIsNotOverwritten(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("note.md");
        String original = "```\nf()\n=> if a = b:\n   => g()\n```\n";
        Files.writeString(f, original);
        String edited = original + "\nA line the user typed while fmt ran.\n";
        NoteFormatter.Outcome o = NoteFormatter.format(f, PARSER, false, () -> {
            try {
                Files.writeString(f, edited);   // an editor's save between fmt's read and its rename
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(NoteFormatter.Status.REFUSED, o.status());
        assertTrue(o.message().contains("changed while fmt was reading it"), o.message());
        assertEquals(edited, Files.readString(f), "the user's edit is kept");
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left");
        }
    }

    @Test
    void aNotesExtendedAttributesSurviveFmt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("note.md");
        Files.writeString(f, "```\nf()\n=> if a = b:\n   => g()\n```\n");
        java.nio.file.attribute.UserDefinedFileAttributeView view = Files.getFileAttributeView(f,
                java.nio.file.attribute.UserDefinedFileAttributeView.class);
        boolean supported;
        try {
            view.write("tracenotes.test", java.nio.charset.StandardCharsets.UTF_8.encode("kept"));
            supported = true;
        } catch (java.io.IOException | UnsupportedOperationException e) {
            supported = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(supported, "the temp file system keeps user attributes");
        assertEquals(NoteFormatter.Status.CHANGED, NoteFormatter.format(f, PARSER, false).status());
        java.nio.file.attribute.UserDefinedFileAttributeView after = Files.getFileAttributeView(f,
                java.nio.file.attribute.UserDefinedFileAttributeView.class);
        java.nio.ByteBuffer value = java.nio.ByteBuffer.allocate(after.size("tracenotes.test"));
        after.read("tracenotes.test", value);
        value.flip();
        assertEquals("kept", java.nio.charset.StandardCharsets.UTF_8.decode(value).toString());
    }

    /**
     * Over every corpus file, copied: fmt is idempotent, and each changed line is changed only as the
     * fix named for it says (a line diff, checked per rule).
     */
    @Test
    void overTheCorpusFmtChangesOnlyWhatItsFixesName(@TempDir Path dir) throws Exception {
        List<Path> files = CorpusFiles.all();
        Map<String, Integer> perRule = new TreeMap<>();
        int changedFiles = 0;
        int refused = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path copy = dir.resolve(i + "-" + files.get(i).getFileName());
            Files.copy(files.get(i), copy);
            byte[] before = Files.readAllBytes(copy);
            NoteFormatter.Outcome o = NoteFormatter.format(copy, PARSER, false);
            byte[] after = Files.readAllBytes(copy);
            if (o.status() == NoteFormatter.Status.REFUSED) {
                refused++;
                if (!java.util.Arrays.equals(before, after)) {
                    problems.add(copy + ": refused but written");
                }
                continue;
            }
            if (o.status() == NoteFormatter.Status.UNCHANGED) {
                if (!java.util.Arrays.equals(before, after)) {
                    problems.add(copy + ": unchanged but written");
                }
                continue;
            }
            changedFiles++;
            Map<Integer, Set<String>> rulesByLine = new TreeMap<>();
            for (NoteFormatter.Edit e : o.edits()) {
                perRule.merge(e.ruleId(), 1, Integer::sum);
                rulesByLine.computeIfAbsent(e.line(), k -> new java.util.TreeSet<>()).add(e.ruleId());
            }
            String[] a = new String(before, StandardCharsets.UTF_8).split("\n", -1);
            String[] b = new String(after, StandardCharsets.UTF_8).split("\n", -1);
            if (a.length != b.length) {
                problems.add(copy + ": line count changed");
                continue;
            }
            for (int ln = 0; ln < a.length; ln++) {
                if (a[ln].equals(b[ln])) {
                    continue;
                }
                Set<String> rules = rulesByLine.getOrDefault(ln + 1, Set.of());
                if (!explained(a[ln], b[ln], rules)) {
                    problems.add(copy + ":" + (ln + 1) + ": `" + a[ln] + "` became `" + b[ln] + "` under " + rules);
                }
            }
            if (NoteFormatter.format(copy, PARSER, false).status() != NoteFormatter.Status.UNCHANGED) {
                problems.add(copy + ": a second fmt changes it again");
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(files.size(), s.count(), "no temp files left");
        }
        System.out.printf("fmt over the corpus: %d files, %d changed, %d refused; fixes %s%n", files.size(), changedFiles,
                refused, perRule);
        assertEquals(List.of(), problems);
    }

    /** Whether a changed line differs from the original only as its fixes allow. */
    private static boolean explained(String before, String after, Set<String> rules) {
        String cr = before.endsWith("\r") ? "\r" : "";
        if (!after.endsWith(cr)) {
            return false;
        }
        String x = cr.isEmpty() ? before : before.substring(0, before.length() - 1);
        String y = cr.isEmpty() ? after : after.substring(0, after.length() - 1);
        if (rules.contains("trailing-space")) {
            x = x.stripTrailing();
        }
        if (rules.contains("mixed-indentation") || rules.contains("indent-snapped")) {
            if (!y.startsWith(" ".repeat(y.length() - y.stripLeading().length()))) {
                return false;
            }
            x = x.stripLeading();
            y = y.stripLeading();
        }
        if (rules.contains("else-step-arrow")) {
            x = x.replaceFirst("=>", "->");
        }
        if (rules.contains("assignment-in-condition") && !x.equals(y)) {
            for (int i = x.indexOf('='); i >= 0; i = x.indexOf('=', i + 1)) {
                if ((x.substring(0, i) + "==" + x.substring(i + 1)).equals(y)) {
                    return true;
                }
            }
        }
        return x.equals(y);
    }
}
