package org.tracenotes.core.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/**
 * What an editor that is not Eclipse needs beyond the services Eclipse uses: lint of the text as typed,
 * the calls of a function, and fmt's line fixes as quick fixes.
 */
class EditorLintTest {

    private static final ReferenceTraces MODEL = ReferenceTraces.softOffline66();

    private static Path seedIn(Path dir) throws Exception {
        Path seed = dir.resolve("soft-offline.md");
        Files.copy(Golden.repositoryRoot().resolve("samples/soft-offline.md"), seed);
        return seed;
    }

    private static List<String> lines(List<Diagnostic> findings) {
        return findings.stream().map(d -> d.format("x")).toList();
    }

    @Test
    void lintOfTheTextAsTypedIsWhatLintOfTheSavedFileSays(@TempDir Path dir) throws Exception {
        Path seed = seedIn(dir);
        Files.writeString(dir.resolve("other.md"), "```\nflio_try_get(f)\n=> x = 1\n=> return x\n```\n");
        Files.writeString(dir.resolve(".tracenotes.yaml"), "rules:\n  trailing-space: off\n");
        LintSession.Result disk = LintSession.run(List.of(dir), LintSession.Options.defaults());
        List<Note> workspace = disk.files().stream().map(LintSession.FileResult::note).toList();
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Note typed = EditorNotes.parse(seed, seed.toString(), text);
        LintSession.Result edited = LintSession.lint(typed, seed, workspace, LintSession.Options.defaults());
        List<Diagnostic> expected = disk.files().stream().filter(f -> f.path().equals(seed)).findFirst().orElseThrow()
                .findings();
        assertEquals(lines(expected), lines(edited.files().get(0).findings()));
        assertTrue(lines(expected).stream().noneMatch(l -> l.contains("[trailing-space]")), "the folder's config applies");
        assertTrue(lines(expected).stream().noneMatch(l -> l.contains("flio_try_get")), "other.md traces it");

        // the text as typed, not as saved: the typo fixed, the unknown function gone; alone, it is back
        Note fixed = EditorNotes.parse(seed, seed.toString(), text.replace("=> if folio = page", "=> if folio == page"));
        List<String> now = lines(LintSession.lint(fixed, seed, workspace, LintSession.Options.defaults()).files().get(0)
                .findings());
        assertTrue(now.stream().noneMatch(l -> l.contains("[assignment-in-condition]")), now.toString());
        List<String> alone = lines(LintSession.lint(fixed, seed, List.of(), LintSession.Options.defaults()).files().get(0)
                .findings());
        assertTrue(alone.stream().anyMatch(l -> l.contains("flio_try_get")), alone.toString());
    }

    @Test
    void aNoteWithoutAFileIsLintedWithTheDefaultRules() {
        Note untitled = EditorNotes.parse(null, "untitled:1", "```\nf(x)\n=> if x = 1\n   => g(x)   \n```\n");
        List<String> found = lines(LintSession.lint(untitled, null, List.of(), LintSession.Options.defaults()).files()
                .get(0).findings());
        assertTrue(found.stream().anyMatch(l -> l.contains("[assignment-in-condition]")), found.toString());
        assertTrue(found.stream().anyMatch(l -> l.contains("[trailing-space]")), found.toString());
    }

    @Test
    void theCallsOfAFunctionAreItsCalledNamesInEveryNoteThisOneFirst() {
        Note a = new NoteParser().parse("/n/a.md", "```\nf(x)\n=> y = get_any_page(x, 0)\n=> if get_any_page(x, 1):\n   => g()\n```\n");
        Note b = new NoteParser().parse("/n/b.md", "```\nh(p)\n=> get_any_page(p, 2)\n=> return 0\n```\n");
        Note c = new NoteParser().parse("/n/c.md", "```\nget_any_page(p, flags)\n=> r = 1\n=> return r\n```\n");
        Navigation nav = new Navigation(b, List.of(a, b, c), MODEL);
        Navigation.Symbol s = nav.symbolAt(b.text().indexOf("get_any_page")).orElseThrow();
        List<String> refs = nav.references(s).stream().map(r -> r.source() + ":" + r.range().start() + "-"
                + r.range().endColumn() + " " + textOf(r.source().equals(a.source()) ? a : b, r)).toList();
        assertEquals(List.of("/n/b.md:3:4-16 get_any_page", "/n/a.md:3:8-20 get_any_page", "/n/a.md:4:7-19 get_any_page"),
                refs);
        assertEquals(List.of(), nav.references(nav.symbolAt(c.text().length()).orElse(new Navigation.Symbol("nowhere",
                c.traceBlocks().get(0).range()))), "a name nothing calls");
    }

    private static String textOf(Note n, Navigation.Reference r) {
        return n.text().substring(r.range().offset(), r.range().endOffset());
    }

    @Test
    void fmtsLineFixesAreQuickFixesOfTheirFindings() throws Exception {
        Path seed = Golden.repositoryRoot().resolve("samples/soft-offline.md");
        Note note = EditorNotes.parse(seed, seed.toString(), Files.readString(seed, StandardCharsets.UTF_8));
        NoteParser parser = EditorNotes.parser(seed, seed.toString());
        List<Diagnostic> findings = LintSession.lint(note, seed, List.of(), LintSession.Options.defaults()).files().get(0)
                .findings();
        Diagnostic trailing = findings.stream().filter(d -> d.ruleId().equals("trailing-space")).findFirst().orElseThrow();
        List<QuickFixes.QuickFix> fixes = QuickFixes.all(note, trailing, parser);
        assertEquals(1, fixes.size());
        String after = fixes.get(0).apply(note.text());
        assertEquals(note.text().lines().toList().get(30).stripTrailing(), after.lines().toList().get(30));
        assertEquals(note.text().length() - 1, after.length(), "one blank removed, nothing else");
        for (Diagnostic d : findings) {
            if (QuickFixes.rules().contains(d.ruleId())) {
                assertEquals(QuickFixes.of(note, d).stream().toList(), QuickFixes.all(note, d, parser), d.ruleId());
            } else if (!d.ruleId().equals("trailing-space")) {
                assertEquals(List.of(), QuickFixes.all(note, d, parser), d.ruleId());
            }
        }
    }
}
