package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint --source, extract and graph --source from the command line, over core's kernel-style fixture tree. */
class SourceCommandsTest {

    static final Path FIXTURE = CliTest.ROOT.resolve("core/src/test/resources/source/kernel");

    @TempDir
    Path dir;

    Path tree;

    @BeforeEach
    void copyTree() throws Exception {
        tree = dir.resolve("kernel");
        try (Stream<Path> walk = Files.walk(FIXTURE)) {
            for (Path p : walk.sorted().toList()) {
                Path to = tree.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.toString().contains(".tracenotes-cache")) {
                    Files.copy(p, to);
                }
            }
        }
    }

    @Test
    void lintSourceReportsTheSeedsTypoAndConditionFromTheCode() {
        CliTest.Run r = CliTest.run("lint", "--source", tree.toString(), "--min-severity", "warning", CliTest.SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(":34:34: warning: `get_hwpoison_hugetlb_folio` in the source (mm/hugetlb.c:5) does not "
                + "call `flio_try_get`; did you mean `folio_try_get`, which it calls? [call-not-in-body]"), r.out());
        assertTrue(r.out().contains(":41:19: warning: `if folio = page_folio(page)` matches no condition of "
                + "`__get_hwpoison_page` in the source; closest: `if (folio == page_folio(page))` (mm/memory-failure.c:30) "
                + "[condition-differs]"), r.out());
        assertFalse(r.out().contains("[unknown-function]"), r.out());
        assertFalse(r.err().contains("\r"), "no progress when standard error is not a terminal");
        assertTrue(Files.isRegularFile(tree.resolve(".tracenotes-cache/c/names.bin")));
    }

    @Test
    void theConfigsSourceStandsForSourceOnTheCommandLine() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.copy(Path.of(CliTest.SEED), notes.resolve("soft-offline.md"));
        Files.writeString(notes.resolve(".tracenotes.yaml"), "source: ../kernel\n");
        CliTest.Run r = CliTest.run("lint", "--min-severity", "warning", notes.toString());
        assertTrue(r.out().contains("[call-not-in-body]"), r.out() + r.err());
        Files.writeString(notes.resolve(".tracenotes.yaml"), "source: ../nowhere\n");
        CliTest.Run bad = CliTest.run("lint", notes.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("source `../nowhere` is not a folder"), bad.err());
    }

    @Test
    void extractWritesANoteThatChecksCleanAndLintsCleanAgainstItsSource() throws Exception {
        Path out = dir.resolve("extracted.md");
        CliTest.Run r = CliTest.run("extract", "--source", tree.toString(), "soft_offline_page", "--depth", "2",
                "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("extracted soft_offline_page with "), r.err());
        String note = Files.readString(out);
        assertTrue(note.contains("int soft_offline_page(unsigned long pfn, int flags)    ## mm/memory-failure.c:206"), note);
        assertEquals(0, CliTest.run("check", out.toString()).code());
        CliTest.Run lint = CliTest.run("lint", "--source", tree.toString(), "--min-severity", "warning", out.toString());
        assertEquals("", lint.out());
    }

    @Test
    void extractOfAnUnknownFunctionSaysWhatIsNearAndExitsTwo() {
        CliTest.Run r = CliTest.run("extract", "--source", tree.toString(), "flio_try_get");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no function `flio_try_get`") && r.err().contains("did you mean folio_try_get?"), r.err());
        assertEquals(2, CliTest.run("extract", "--source", dir.resolve("missing").toString(), "f").code());
        assertEquals(2, CliTest.run("extract", "--source", tree.toString(), "--depth", "-1", "soft_offline_page").code());
    }

    @Test
    void graphSourceMakesSourceVerticesAndDrawsUntracedCallsDashed() throws Exception {
        Path note = dir.resolve("probe.md");
        Files.writeString(note, "```sh\ndemo_probe(dev, mode)\n=> err = demo_alloc(dev)\n=> err = demo_setup_one(dev, i)\n```\n");
        CliTest.Run r = CliTest.run("graph", "--source", tree.toString(), "--untraced", "-f", "text", note.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("demo_setup_one  [source]\n  defined  drivers/demo/demo.c:9 (source)"), r.out());
        assertTrue(r.out().contains("calls    demo_fast  drivers/demo/demo.c:27:1 step untraced"), r.out());
        CliTest.Run dot = CliTest.run("graph", "--source", tree.toString(), "--untraced", note.toString());
        assertTrue(dot.out().contains("style=\"dashed\""), dot.out());
        assertEquals(2, CliTest.run("graph", "--untraced", note.toString()).code());
    }
}
