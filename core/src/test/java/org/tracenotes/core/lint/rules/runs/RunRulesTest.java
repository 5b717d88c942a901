package org.tracenotes.core.lint.rules.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.lint.rules.Linting.fenced;
import static org.tracenotes.core.lint.rules.Linting.findings;
import static org.tracenotes.core.lint.rules.Linting.places;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Diagnostic;

/** The rules that run the note: unbound identifiers, failed expectations, failed scenarios. */
class RunRulesTest {

    @Test
    void aNameReadButNeverBoundIsFoundOnceAtItsStep() {
        String note = fenced("f(page)", "=> y = x + 1", "=> return y");
        List<Diagnostic> ds = findings(UnboundIdentifier.ID, note);
        assertEquals(1, ds.size(), ds::toString);
        assertEquals(3, ds.get(0).range().line());
        assertEquals(note.indexOf("=> y = x"), ds.get(0).range().offset(), "at the step, not at column 1 with no offset");
    }

    @Test
    void aFailingExpectationIsFoundAtItsAnnotationOncePerScenario() {
        List<Diagnostic> ds = findings(ExpectationFailed.ID, fenced("## @scenario b: buddy", "## @scenario c: buddy", "f(page)",
                "=> x = page_count(page)", "=> return x  ## @expect $ret == 5"));
        assertEquals(List.of("6 scenario b", "6 scenario c"),
                ds.stream().map(d -> d.range().line() + " " + d.message().substring(0, 10)).toList());
    }

    @Test
    void aHoldingExpectationIsNotAFinding() {
        assertEquals(List.of(), places(ExpectationFailed.ID, fenced("## @scenario b: buddy", "f(page)",
                "=> x = 5", "=> return x  ## @expect $ret == 5")));
    }

    @Test
    void aScenarioRunThatNeverReturnsIsFoundAtTheScenario() {
        List<Diagnostic> ds = findings(ScenarioFailed.ID, fenced("## @scenario a: lru", "f(page)", "again:", "=> x = 1",
                "=> goto again"));
        assertEquals(1, ds.size());
        assertEquals(2, ds.get(0).range().line());
        assertTrue(ds.get(0).message().startsWith("scenario a of f ends "), ds.get(0).message());
    }
}
