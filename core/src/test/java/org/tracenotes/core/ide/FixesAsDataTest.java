package org.tracenotes.core.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.lint.Linter;
import org.tracenotes.core.lint.NoteFormatter;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Fix;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/** A finding carries its fix as data, made by its rule; fmt and the editors apply those same edits. */
class FixesAsDataTest {

    private static final ReferenceTraces MODEL = ReferenceTraces.softOffline66();

    private static Note seed() throws Exception {
        return new NoteParser().parse("samples/soft-offline.md",
                Files.readString(Golden.repositoryRoot().resolve("samples/soft-offline.md"), StandardCharsets.UTF_8));
    }

    private static List<Diagnostic> lint(Note n) {
        return new Linter(List.of(n), null, MODEL).lint(n, LintConfig.defaults());
    }

    @Test
    void theSeedsFindingsCarryTheirFixes() throws Exception {
        Note seed = seed();
        String fixes = lint(seed).stream().filter(d -> !d.fixes().isEmpty())
                .map(d -> d.ruleId() + ": " + d.fixes().get(0).original() + " -> " + d.fixes().get(0).replacement())
                .collect(Collectors.joining("\n"));
        assertEquals(String.join("\n", "unknown-function: flio_try_get -> folio_try_get", "assignment-in-condition: = -> ==",
                "else-step-arrow: => -> ->"), fixes);
    }

    @Test
    void fmtMakesExactlyTheEditsOfTheFindingsFixesForTheStepRules() throws Exception {
        Note seed = seed();
        List<String> fromFindings = lint(seed).stream().filter(d -> !d.ruleId().equals("unknown-function"))
                .flatMap(d -> d.fixes().stream()).map(f -> f.offset() + ":" + f.replacement()).sorted().toList();
        List<String> fromFmt = NoteFormatter.fixes(seed, new NoteParser()).stream()
                .filter(e -> e.ruleId().equals("assignment-in-condition") || e.ruleId().equals("else-step-arrow"))
                .map(e -> e.offset() + ":" + e.replacement()).sorted().toList();
        assertEquals(fromFmt, fromFindings);
    }

    @Test
    void aChainedAssignmentHasNoFixInTheEditorAsInFmt() {
        Note n = new NoteParser().parse("n.md", "```\nf()\n=> if a = b = c\n   => return 1\n```\n");
        Diagnostic d = lint(n).stream().filter(x -> x.ruleId().equals("assignment-in-condition")).findFirst().orElseThrow();
        assertEquals(List.of(), d.fixes(), "which `=` was meant is not known");
        assertTrue(QuickFixes.of(n, d).isEmpty());
        assertTrue(NoteFormatter.fixes(n, new NoteParser()).isEmpty());
        Diagnostic asAMarker = new Diagnostic(d.ruleId(), d.severity(), d.message(), d.range());
        assertTrue(QuickFixes.of(n, asAMarker).isEmpty(), "a finding without its data gets its rule's fix: none");
    }

    @Test
    void aFixWhoseTextChangedIsNotApplied() {
        Fix f = new Fix("Change to `folio_try_get`", 4, "flio_try_get", "folio_try_get");
        assertTrue(f.appliesTo("=> x flio_try_get(y)".substring(1)));
        assertTrue(!f.appliesTo("=> x folio_try_get(y)"));
        assertTrue(!f.movedBy(100).appliesTo("short"));
    }
}
