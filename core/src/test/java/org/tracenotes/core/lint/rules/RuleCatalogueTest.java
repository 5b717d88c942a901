package org.tracenotes.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.Golden;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;

/** The rules as a whole: one class per rule, its id a constant, its example a finding, the README's table the rules. */
class RuleCatalogueTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| <a id=\"rule-([a-z0-9-]+)\"></a>`([a-z0-9-]+)` \\| (\\w+) \\| (.*) \\| (yes|) \\|$");

    @Test
    void theReadmesRulesTableIsTheRulesInTheirOrder() throws Exception {
        List<String> table = new ArrayList<>();
        for (String line : Files.readAllLines(Golden.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                assertEquals(m.group(1), m.group(2), line);
                table.add(String.join(" | ", m.group(2), m.group(3), m.group(4), m.group(5)));
            }
        }
        List<String> rules = new ArrayList<>();
        for (LintRule r : LintRule.values()) {
            rules.add(String.join(" | ", r.id(), r.defaultSeverity().label(), r.description(), r.fixable() ? "yes" : ""));
        }
        assertEquals(String.join("\n", rules), String.join("\n", table),
                "README.md's rules table: one row per LintRule, in order, as `lint --list-rules` prints them");
    }

    @Test
    void eachRuleIsItsOwnClassAndItsIdTheClassesConstant() throws Exception {
        Set<Class<?>> classes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (LintRule r : LintRule.values()) {
            Rule rule = r.rule();
            assertTrue(classes.add(rule.getClass()), rule.getClass() + " is one rule");
            assertTrue(ids.add(rule.id()), rule.id() + " is one rule's");
            assertEquals(rule.id(), rule.getClass().getField("ID").get(null), rule.getClass().getSimpleName());
            assertTrue(rule.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.id());
            assertEquals(r, LintRule.byId(rule.id()).orElseThrow());
        }
    }

    @Test
    void everyRulesExampleIsAFindingOfThatRule(@TempDir Path dir) throws Exception {
        int shown = 0;
        List<String> silent = new ArrayList<>();
        for (LintRule r : LintRule.values()) {
            if (r.rule().example().isEmpty()) {
                continue;
            }
            Path note = dir.resolve(r.id() + ".md");
            Files.writeString(note, r.rule().example().get(), StandardCharsets.UTF_8);
            List<Diagnostic> found = LintSession.run(List.of(note), LintSession.Options.defaults()).files().get(0).findings();
            if (found.stream().noneMatch(d -> d.ruleId().equals(r.id()))) {
                silent.add(r.id() + "'s example gives " + found.stream().map(Diagnostic::ruleId).toList());
            }
            shown++;
        }
        assertEquals(List.of(), silent);
        assertTrue(shown >= LintRule.values().length - 10, "most rules show themselves: " + shown);
    }


    @Test
    void ruleIdsAreConstantsNeverStringLiteralsInTheCode() throws Exception {
        Path root = Golden.repositoryRoot();
        Pattern literal = Pattern.compile("\"(" + String.join("|",
                java.util.Arrays.stream(LintRule.values()).map(LintRule::id).toList()) + ")\"");
        List<String> found = new ArrayList<>();
        for (String module : List.of("core", "cli", "plugin", "maven-plugin")) {
            Path main = root.resolve(module).resolve("src/main/java");
            try (var files = Files.walk(main)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    String where = root.relativize(f).toString().replace('\\', '/');
                    if (where.contains("/lint/rules/")) {
                        continue;
                    }
                    Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        found.add(where + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "use the rule class's ID");
    }

    @Test
    void aRuleWithAFixSaysWhatItDoesAndTheOthersDoNot() {
        for (LintRule r : LintRule.values()) {
            assertEquals(r.fixable(), r.rule().fixLabel().isPresent(), r.id());
            assertEquals(r.rule().fixLabel().orElse("fix " + r.id()), r.fixLabel());
        }
    }
}
