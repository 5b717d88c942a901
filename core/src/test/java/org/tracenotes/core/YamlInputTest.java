package org.tracenotes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

class YamlInputTest {

    @Test
    void ordinaryYamlWithAliasesLoads() {
        Object doc = YamlInput.load("base: &b {x: 1}\nother: *b\nlist: [1, [2, [3]]]\n");
        assertEquals(Map.of("x", 1), ((Map<?, ?>) doc).get("other"));
    }

    @Test
    void aRecursiveAliasIsRefusedWithItsPlace() {
        MarkedYamlEngineException e = assertThrows(MarkedYamlEngineException.class, () -> YamlInput.load("ok: 1\na: &a {b: *a}\n"));
        assertTrue(e.getProblem().contains("*a refers to a collection that contains it"), e.getProblem());
        assertEquals(1, e.getProblemMark().orElseThrow().getLine());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String ok = "x: " + "[".repeat(YamlInput.MAX_DEPTH - 1) + "]".repeat(YamlInput.MAX_DEPTH - 1);
        YamlInput.load(ok);
        String deep = "x: " + "[".repeat(2_000) + "]".repeat(2_000);
        MarkedYamlEngineException e = assertThrows(MarkedYamlEngineException.class, () -> YamlInput.load(deep));
        assertTrue(e.getProblem().contains("nests deeper than 64 levels"), e.getProblem());
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder y = new StringBuilder("a: &a [1]\nl: [");
        for (int i = 0; i <= YamlInput.MAX_ALIASES; i++) {
            y.append(i == 0 ? "" : ", ").append("*a");
        }
        MarkedYamlEngineException e = assertThrows(MarkedYamlEngineException.class, () -> YamlInput.load(y.append("]\n").toString()));
        assertTrue(e.getProblem().contains("more than 100 aliases"), e.getProblem());
    }

    @Test
    void frontMatterWithARecursiveAliasIsAWarningNotAStackOverflow() {
        Note n = new NoteParser().parse("n.md", "---\na: &a {b: *a}\n---\n```\nf()\n=> g()\n```\n");
        assertTrue(n.diagnostics().stream().anyMatch(d -> d.ruleId().equals("front-matter")
                && d.message().contains("contains it: a recursive structure (line 2)")), n.diagnostics()::toString);
    }

    @Test
    void aConfigNested2000DeepIsAnErrorWithItsPlace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".tracenotes.yaml"), "rules: " + "[".repeat(2_000) + "]".repeat(2_000) + "\n");
        LintConfig c = LintConfig.read(dir.resolve(".tracenotes.yaml"));
        assertTrue(c.problems().stream().anyMatch(p -> p.contains(":1:") && p.contains("nests deeper than 64 levels")), c.problems()::toString);
    }
}
