package org.tracenotes.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.Golden;
import org.tracenotes.core.lint.report.TextLintReport;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteFiles;

/** The lint rules, configs, disables and file walking. */
class LintTest {

    static LintSession.Result lint(Path... paths) {
        return LintSession.run(List.of(paths), LintSession.Options.defaults());
    }

    static List<Diagnostic> findings(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return lint(f).files().get(0).findings();
    }

    static List<String> ids(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.range().line() + " " + d.ruleId()).toList();
    }

    @Test
    void theSeedsFindingsMatchGolden() throws Exception {
        Path seed = Golden.repositoryRoot().relativize(Golden.repositoryRoot().resolve("samples/soft-offline.md"));
        LintSession.Result r = LintSession.run(List.of(Golden.repositoryRoot().resolve(seed)), LintSession.Options.defaults());
        String text = TextLintReport.render(r, false).replace(Golden.repositoryRoot().resolve(seed).toString(),
                "samples/soft-offline.md");
        Golden.assertMatches("soft-offline.lint.txt", text);
    }

    @Test
    void theSeedHasExactlyTheFindingsAKernelReaderWouldCallWrong() {
        List<Diagnostic> ds = lint(Golden.repositoryRoot().resolve("samples/soft-offline.md")).files().get(0).findings();
        List<String> aboveInfo = ds.stream().filter(d -> d.severity() != Severity.INFO)
                .map(d -> d.range().line() + " " + d.ruleId()).toList();
        assertEquals(List.of("34 unknown-function", "41 assignment-in-condition", "67 else-step-arrow"), aboveInfo);
        assertTrue(ds.stream().anyMatch(d -> d.ruleId().equals("unknown-function")
                && d.message().contains("did you mean `folio_try_get`?")));
        assertEquals(List.of(63, 67), ds.stream().filter(d -> d.ruleId().equals("elided-without-returns"))
                .map(d -> d.range().line()).toList());
    }

    @Test
    void theAnnotatedSampleHasNoWarningsOrErrors() {
        LintSession.Result r = lint(Golden.repositoryRoot().resolve("samples/soft-offline.annotated.md"));
        assertEquals(0, r.count(Severity.ERROR), () -> TextLintReport.render(r, false));
        assertEquals(0, r.count(Severity.WARNING), () -> TextLintReport.render(r, false));
    }

    @Test
    void unreachableStepsEndMarkersAndAnnotations(@TempDir Path dir) throws Exception {
        List<Diagnostic> ds = findings(dir, "a.md", String.join("\n", "```", "## @scenarios x: lru", "f()",
                "=> return 1", "=> g()", "   => h()", "   ## END: k", "=> x()", "```", ""));
        List<String> got = ids(ds);
        assertTrue(got.contains("2 unknown-annotation"), got::toString);
        assertTrue(ds.stream().anyMatch(d -> d.ruleId().equals("unknown-annotation") && d.message().contains("@scenario")));
        assertTrue(got.contains("5 unreachable"), got::toString);
        assertTrue(got.contains("7 end-marker"), got::toString);
    }

    @Test
    void invalidScenariosAndFailingExpectationsAreErrors(@TempDir Path dir) throws Exception {
        List<Diagnostic> ds = findings(dir, "a.md", String.join("\n", "```", "## @scenario a: lru, colour",
                "## @scenario b: buddy", "f(page)", "=> x = page_count(page)", "=> return x  ## @expect b: $ret == 5",
                "```", ""));
        List<String> got = ids(ds);
        assertTrue(got.contains("2 invalid-scenario"), got::toString);
        assertTrue(got.contains("6 expectation-failed"), got::toString);
    }

    @Test
    void aConfigTurnsRulesOffOrChangesTheirSeverity(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".tracenotes.yaml"), "rules:\n  unknown-function: error\n  trailing-space: off\n");
        List<Diagnostic> ds = findings(dir, "a.md", "```\nf()\n=> folio_try_gte(p)  \n=> g()\n```\n");
        assertTrue(ds.stream().anyMatch(d -> d.ruleId().equals("unknown-function") && d.severity() == Severity.ERROR
                && d.message().contains("folio_try_gte")));
        assertFalse(ds.stream().anyMatch(d -> d.ruleId().equals("trailing-space")));
    }

    @Test
    void aNearerConfigWinsAndBadSettingsAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".tracenotes.yaml"), "rules:\n  unknown-function: off\ncolour: blue\n");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve(".tracenotes.yaml"), "rules:\n  unknown-function: warning\n  nonsense: off\n");
        Files.writeString(sub.resolve("a.md"), "```\nf()\n=> foo_bar_baz(p)\n=> g()\n```\n");
        LintSession.Result r = lint(sub.resolve("a.md"));
        assertTrue(r.files().get(0).findings().stream().anyMatch(d -> d.ruleId().equals("unknown-function")));
        // unknown settings and rules are warnings with where they stand, not errors: the config still applies
        assertEquals(List.of(), r.problems());
        assertTrue(r.warnings().contains(dir.resolve(".tracenotes.yaml") + ":3:1: warning: unknown setting `colour`; "
                + "settings: rules, tab-width, dialect, model, exclude, overrides, source"), r.warnings()::toString);
        assertTrue(r.warnings().contains(sub.resolve(".tracenotes.yaml") + ":3:3: warning: unknown rule `nonsense` "
                + "(tracenotes lint --list-rules); ignored"), r.warnings()::toString);
    }

    @Test
    void lintDisableSilencesTheNextStepOrTheBlock(@TempDir Path dir) throws Exception {
        List<Diagnostic> ds = findings(dir, "a.md", String.join("\n", "```", "f()",
                "## @lint-disable assignment-in-condition", "=> if a = b:", "   => x()", "=> if c = d:", "   => y()",
                "```", ""));
        assertEquals(List.of("6 assignment-in-condition"), ids(ds).stream().filter(s -> s.contains("assignment")).toList());
    }

    @Test
    void foldersAreWalkedForNotesAndGitignoredPathsAreSkipped(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "build/\n*.log.md\n");
        Files.createDirectories(dir.resolve("build"));
        Files.writeString(dir.resolve("build/x.md"), "```\nf()\n=> a()\n=> b()\n```\n");
        Files.writeString(dir.resolve("y.log.md"), "```\nf()\n=> a()\n=> b()\n```\n");
        Files.writeString(dir.resolve("notes.txt"), "```\nf()\n=> a()\n=> b()\n```\n");
        Files.writeString(dir.resolve("Makefile"), "all:\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/z.markdown"), "```\nf()\n=> a()\n=> b()\n```\n");
        Files.writeString(dir.resolve("sub/w.rst"), "Flow::\n\n    f()\n    => a()\n");
        Files.writeString(dir.resolve("sub/image.png"), "not a note");
        List<String> names = NoteFiles.collect(List.of(dir)).stream().map(p -> dir.relativize(p).toString()).toList();
        // files without an extension are notes to every command, as check always read them (many real notes have none)
        assertEquals(List.of("Makefile", "notes.txt", "sub/w.rst", "sub/z.markdown"), names);
    }

    @Test
    void aTagsFileThatIsAFifoOrADeviceIsRefusedNotWaitedOn(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("tags");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo makes a FIFO");
        SymbolIndex.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> SymbolIndex.fromTags(fifo));
        org.junit.jupiter.api.Assertions.assertTrue(((SymbolIndex.Failed) r).message().contains("not a regular file"));
        if (Files.exists(Path.of("/dev/zero"))) {
            org.junit.jupiter.api.Assertions.assertInstanceOf(SymbolIndex.Failed.class, SymbolIndex.fromTags(Path.of("/dev/zero")));
        }
    }

    @Test
    void aSymbolIndexMakesUnknownMeanNotInThatTree(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("mm.c"), "static int real_function(struct page *p)\n{\n\treturn 0;\n}\n"
                + "#define REAL_MACRO(x) (x)\nint prototype_only(int);\n");
        SymbolIndex scanned = ((SymbolIndex.Loaded) SymbolIndex.scan(src)).index();
        assertEquals(java.util.Set.of("REAL_MACRO", "real_function"), scanned.names());
        Path tags = dir.resolve("tags");
        Files.writeString(tags, "!_TAG_FILE_FORMAT\t2\t/extended format/\nreal_function\tmm.c\t/^static int real_function(/;\"\tf\n"
                + "some_var\tmm.c\t/^int some_var;/;\"\tv\n");
        SymbolIndex fromTags = ((SymbolIndex.Loaded) SymbolIndex.fromTags(tags)).index();
        assertEquals(java.util.Set.of("real_function"), fromTags.names());
        Path note = dir.resolve("n.md");
        Files.writeString(note, "```\nf()\n=> real_function(p)\n=> made_up(p)\n```\n");
        LintSession.Result r = LintSession.run(List.of(note), new LintSession.Options(Optional.empty(), Optional.empty(), fromTags));
        List<Diagnostic> unknown = r.files().get(0).findings().stream().filter(d -> d.ruleId().equals("unknown-function")).toList();
        assertEquals(1, unknown.size());
        assertTrue(unknown.get(0).message().contains("`made_up`") && unknown.get(0).severity() == Severity.WARNING);
    }

    @Test
    void everyRuleHasAStableIdAndADescription() {
        for (LintRule r : LintRule.values()) {
            assertTrue(r.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.id());
            assertFalse(r.description().isBlank());
            assertEquals(r, LintRule.byId(r.id()).orElseThrow());
        }
    }
}
