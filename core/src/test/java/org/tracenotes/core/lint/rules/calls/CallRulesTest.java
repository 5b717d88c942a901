package org.tracenotes.core.lint.rules.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.lint.rules.Linting.fenced;
import static org.tracenotes.core.lint.rules.Linting.findings;
import static org.tracenotes.core.lint.rules.Linting.places;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/** The rules over calls: unknown functions and omitted arguments. */
class CallRulesTest {

    @Test
    void aLikelyTypoOfAKnownFunctionIsAWarningWithTheNameAsItsFix() {
        Diagnostic d = findings(UnknownFunction.ID, fenced("f(page)", "=> flio_try_get(page)", "=> return 0")).get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("did you mean `folio_try_get`?"), d.message());
        assertEquals("folio_try_get", d.fixes().get(0).replacement());
    }

    @Test
    void aCallNothingKnowsWithoutEvidenceIsInfoWithoutAFix() {
        Diagnostic d = findings(UnknownFunction.ID, fenced("f(page)", "=> quite_unheard_of(page)", "=> return 0")).get(0);
        assertEquals(Severity.INFO, d.severity());
        assertEquals(List.of(), d.fixes());
    }

    @Test
    void aFunctionTracedInTheNoteIsKnown() {
        assertEquals(List.of(), places(UnknownFunction.ID,
                fenced("f(page)", "=> my_helper(page)", "=> return 0", "", "my_helper(page)", "=> x = 1", "=> return x")));
    }

    @Test
    void aCallWithFewerArgumentsThanItsRootNamesTheMissingOnes() {
        List<Diagnostic> ds = findings(OmittedArgument.ID,
                fenced("f()", "=> g(a)", "=> return 0", "", "g(a, page, flags)", "=> x = 1", "=> return x"));
        assertEquals(1, ds.size());
        assertTrue(ds.get(0).message().startsWith("`g()` is called without `page`, `flags`"), ds.get(0).message());
    }

    @Test
    void anEllipsisStandsForTheRestOfTheArguments() {
        assertEquals(List.of(), places(OmittedArgument.ID,
                fenced("f()", "=> g(a, ...)", "=> return 0", "", "g(a, page, flags)", "=> x = 1", "=> return x")));
    }
}
