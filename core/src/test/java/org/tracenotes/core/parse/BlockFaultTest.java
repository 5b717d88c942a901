package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.TraceBlock;

/** A parser bug in one trace block costs that block, with an error saying so, and never the whole note. */
class BlockFaultTest {

    private static final SourceRange BLOCK = new SourceRange(7, 1, 12, 4, 80, 140);

    @Test
    void aBlockWhoseReadingThrowsIsLeftOutWithAnInternalErrorAtItsRange() {
        List<Diagnostic> reported = new ArrayList<>();
        TraceBlock none = NoteBuilder.guarded(() -> {
            throw new IllegalStateException("no open level");
        }, BLOCK, reported::add);
        assertNull(none);
        assertEquals(1, reported.size());
        Diagnostic d = reported.get(0);
        assertEquals("internal-error", d.ruleId());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(BLOCK, d.range());
        assertTrue(d.message().contains("java.lang.IllegalStateException: no open level"), d.message());
        assertTrue(d.message().contains(" at org.tracenotes.core.parse.BlockFaultTest"), d.message());
    }

    @Test
    void aBlockReadWithoutFaultIsKeptAndNothingIsReported() {
        List<Diagnostic> reported = new ArrayList<>();
        TraceBlock block = Parsing.onlyBlock(Parsing.fenced("start_unit()", "-> probe_unit(u)", "-> run_unit(u)"));
        assertSame(block, NoteBuilder.guarded(() -> block, BLOCK, reported::add));
        assertEquals(List.of(), reported);
    }

    @Test
    void theInternalErrorIsARuleWithItsOwnIdAndSeverity() {
        assertEquals(Severity.ERROR, LintRule.INTERNAL_ERROR.defaultSeverity());
        assertEquals("internal-error", LintRule.INTERNAL_ERROR.id());
    }
}
