package org.tracenotes.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracenotes.core.CorpusFiles;
import org.tracenotes.core.model.Diagnostic;

/**
 * Lint over every file of the shared corpus: no syntax errors. Prints the findings per rule and writes
 * an evenly spaced sample of 20 findings to {@code target/corpus-lint-sample.txt} for reading.
 */
class CorpusLintTest {

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void theCorpusLintsWithoutSyntaxErrors() throws Exception {
        List<Path> files = CorpusFiles.all();
        LintSession.Result r = LintSession.run(files, LintSession.Options.defaults());
        Map<String, Integer> perRule = new TreeMap<>();
        List<String> all = new ArrayList<>();
        for (LintSession.FileResult f : r.files()) {
            for (Diagnostic d : f.findings()) {
                perRule.merge(d.ruleId() + " (" + d.severity().label() + ")", 1, Integer::sum);
                all.add(d.format(f.path().toString()));
            }
        }
        System.out.printf("corpus lint: %d files, %d findings: %s%n", r.files().size(), all.size(), perRule);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < 20 && !all.isEmpty(); i++) {
            sample.add(all.get((int) ((long) i * all.size() / 20)));
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/corpus-lint-sample.txt"), sample);
        assertEquals(0, perRule.getOrDefault("syntax-error (error)", 0));
        assertEquals(files.size(), r.files().size() + r.unreadable().size());
    }
}
