package org.tracenotes.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.parse.NoteFiles;
import org.tracenotes.core.parse.NoteParser;

/** .tracenotes.yaml's did-you-mean, exclude and overrides; baselines; fmt's plans and diffs. */
class ConfigAndBaselineTest {

    private static final String NOTE = "```\nf()\n=> foo_bar_baz(p)\n=> if a = b:\n   => g()\n```\n";

    @Test
    void anUnknownRuleOrSettingIsAWarningWithTheNearestName(@TempDir Path dir) throws Exception {
        Path config = dir.resolve(".tracenotes.yaml");
        Files.writeString(config, "rules:\n  unknown-functon: error\n  trailing-space: off\ntab-widht: 4\n");
        LintConfig c = LintConfig.read(config);
        assertEquals(List.of(), c.problems());
        assertEquals(List.of(config + ":2:3: warning: unknown rule `unknown-functon`; did you mean `unknown-function`? "
                        + "(tracenotes lint --list-rules); ignored",
                config + ":4:1: warning: unknown setting `tab-widht`; did you mean `tab-width`?; settings: rules, "
                        + "tab-width, dialect, model, exclude, overrides, source"), c.warnings());
        assertTrue(c.severity(LintRule.TRAILING_SPACE).isEmpty(), "the known rule still applies");
        Files.writeString(config, "tab-width: 40\n");
        assertEquals(List.of(config + ":1:1: error: tab-width is a number from 1 to 16 or auto, not `40`"),
                LintConfig.read(config).problems());
    }

    @Test
    void excludeGlobsKeepFilesOutOfEveryFolderWalk(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".tracenotes.yaml"), "exclude:\n  - drafts/**\n  - \"*.tmp.md\"\n  - old\n");
        for (String f : List.of("a.md", "drafts/b.md", "drafts/deep/c.md", "sub/d.tmp.md", "sub/e.md", "old/f.md", "notes")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), NOTE);
        }
        List<String> names = NoteFiles.collect(List.of(dir)).stream().map(p -> dir.relativize(p).toString()).toList();
        assertEquals(List.of("a.md", "notes", "sub/e.md"), names);
        // a file named on the command line is read whatever the globs say
        assertEquals(List.of(dir.resolve("drafts/b.md")), NoteFiles.collect(List.of(dir.resolve("drafts/b.md"))));
    }

    @Test
    void overridesSetRulesForSomePaths(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".tracenotes.yaml"), "rules:\n  assignment-in-condition: error\noverrides:\n"
                + "  - files: [\"legacy/**\"]\n    rules:\n      assignment-in-condition: off\n      unknown-function: info\n");
        Files.createDirectories(dir.resolve("legacy"));
        Files.writeString(dir.resolve("new.md"), NOTE);
        Files.writeString(dir.resolve("legacy/old.md"), NOTE);
        LintSession.Result r = LintSession.run(List.of(dir), LintSession.Options.defaults());
        List<String> legacy = r.files().get(0).findings().stream().map(d -> d.ruleId() + " " + d.severity().label()).toList();
        List<String> fresh = r.files().get(1).findings().stream().map(d -> d.ruleId() + " " + d.severity().label()).toList();
        assertTrue(legacy.stream().noneMatch(s -> s.startsWith("assignment")), legacy::toString);
        assertTrue(fresh.contains("assignment-in-condition error"), fresh::toString);
    }

    @Test
    void aBaselineHidesOldFindingsByTheirLinesTextNotTheirNumber(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("a.md");
        Files.writeString(note, NOTE);
        Path file = dir.resolve("tracenotes-baseline.json");
        LintSession.Result before = LintSession.run(List.of(note), LintSession.Options.defaults());
        Files.writeString(file, Baseline.of(before, file).render());
        assertTrue(Files.readString(file).contains("\"file\" : \"a.md\""), "paths relative to the baseline");
        Baseline b = ((Baseline.Read) Baseline.read(file)).baseline();
        // lines added above move every finding; a new copy of a baselined line is new
        Files.writeString(note, "# title\n\n" + NOTE.replace("=> if a = b:\n", "=> if a = b:\n=> if a = b:\n"));
        LintSession.Result after = b.filter(LintSession.run(List.of(note), LintSession.Options.defaults()));
        List<Diagnostic> left = after.files().get(0).findings();
        assertEquals(List.of("assignment-in-condition 7"), left.stream().map(d -> d.ruleId() + " " + d.range().line())
                .filter(s -> s.startsWith("assignment")).toList());
        assertEquals(before.files().get(0).findings().size(), after.baselined());
        assertInstanceOf(Baseline.Failed.class, Baseline.read(dir.resolve("missing.json")));
        Files.writeString(dir.resolve("bad.json"), "{\"schema\": \"x\"}");
        assertTrue(((Baseline.Failed) Baseline.read(dir.resolve("bad.json"))).message().contains("not a baseline"));
    }

    @Test
    void fmtsPlanGivesTheFixedTextAndAUnifiedDiff() {
        String text = "```\nf()\n=> if a = b:\n   => g()  \n=> else:\n   => h()\n```\n";
        NoteFormatter.Plan plan = NoteFormatter.plan("a.md", text.getBytes(StandardCharsets.UTF_8), new NoteParser());
        assertEquals(NoteFormatter.Status.CHANGED, plan.outcome().status());
        assertEquals(text.replace("a = b", "a == b").replace("g()  ", "g()").replace("=> else", "-> else"), plan.after());
        assertEquals(String.join("\n", "--- a/a.md", "+++ b/a.md", "@@ -1,7 +1,7 @@", " ```", " f()", "-=> if a = b:",
                "-   => g()  ", "-=> else:", "+=> if a == b:", "+   => g()", "+-> else:", "    => h()", " ```", ""),
                UnifiedDiff.of("a.md", plan.before(), plan.after()));
        // only some fixes: the rest of the note stays as it was
        NoteFormatter.Plan some = NoteFormatter.plan("a.md", text.getBytes(StandardCharsets.UTF_8), new NoteParser(),
                e -> e.ruleId().equals("trailing-space"));
        assertEquals(text.replace("g()  ", "g()"), some.after());
        // a binary note is refused and handed back byte for byte
        byte[] binary = {'a', 0, (byte) 0xff};
        NoteFormatter.Plan refused = NoteFormatter.plan("b.md", binary, new NoteParser());
        assertEquals(NoteFormatter.Status.REFUSED, refused.outcome().status());
        assertTrue(java.util.Arrays.equals(binary, refused.bytes()));
        assertEquals("", UnifiedDiff.of("a.md", text, text));
    }

    @Test
    void statisticsCountFindingsPerRuleAndTheVerdictSaysWhy(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("a.md");
        Files.writeString(note, NOTE);
        LintSession.Result r = LintSession.run(List.of(note), LintSession.Options.defaults());
        List<LintSession.RuleCount> stats = r.statistics();
        assertTrue(stats.contains(new LintSession.RuleCount("assignment-in-condition",
                org.tracenotes.core.model.Severity.WARNING, 1, 1)), stats::toString);
        assertEquals(new LintSession.Verdict(0, "no errors"), r.verdict(-1));
        assertEquals(1, r.verdict(0).exitCode());
    }
}
