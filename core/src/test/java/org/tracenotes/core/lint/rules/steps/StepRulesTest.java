package org.tracenotes.core.lint.rules.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.lint.rules.Linting.fenced;
import static org.tracenotes.core.lint.rules.Linting.findings;
import static org.tracenotes.core.lint.rules.Linting.places;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Fix;

/** The rules over steps: the else arrow, assignment in a condition, elided arms, unreachable steps, end markers. */
class StepRulesTest {

    @Test
    void aSeedElseWrittenWithTheStepArrowIsFoundWithTheEditThatWritesTheAlternativeArrow() {
        String note = fenced("f()", "=> if a:", "   => b()", "=> else", "   => c()");
        Diagnostic d = findings(ElseStepArrow.ID, note).get(0);
        assertEquals(5, d.range().line());
        Fix fix = d.fixes().get(0);
        assertEquals("=>", fix.original());
        assertEquals("->", fix.replacement());
        assertEquals(note.indexOf("=> else"), fix.offset());
    }

    @Test
    void anElseWrittenWithTheAlternativeArrowIsFine() {
        assertEquals(List.of(), places(ElseStepArrow.ID, fenced("f()", "=> if a:", "   => b()", "-> else", "   => c()")));
    }

    @Test
    void anAssignmentInAConditionIsFixedToAComparisonButAChainIsNot() {
        Diagnostic single = findings(AssignmentInCondition.ID, fenced("f()", "=> if a = b:", "   => c()")).get(0);
        assertEquals("==", single.fixes().get(0).replacement());
        Diagnostic chain = findings(AssignmentInCondition.ID, fenced("f()", "=> if a = b = c:", "   => d()")).get(0);
        assertEquals(List.of(), chain.fixes(), "which `=` was meant is not known");
        assertEquals(List.of(), places(AssignmentInCondition.ID, fenced("f()", "=> if a == b:", "   => c()")));
    }

    @Test
    void anElidedArmIsFoundUnlessAnAnnotationSaysWhatItDoes() {
        assertEquals(List.of("3:1"), places(ElidedWithoutReturns.ID, fenced("f()", "=> if a:", "   ## 先略", "=> return 0")));
        assertEquals(List.of(), places(ElidedWithoutReturns.ID,
                fenced("f()", "=> if a:  ## @returns 0", "   ## 先略", "=> return 0")));
    }

    @Test
    void aStepAfterAReturnIsUnreachableButALabelMakesTheNextOneReachable() {
        assertEquals(List.of("4:1"), places(Unreachable.ID, fenced("f()", "=> return 1", "=> g()", "=> h()")));
        assertEquals(List.of(), places(Unreachable.ID, fenced("f()", "=> goto out", "out:", "=> g()", "=> return 0")));
    }

    @Test
    void anEndMarkerNamingAFunctionTheStepsAreNotInIsFoundAndOneNamingTheirFunctionIsNot() {
        List<Diagnostic> wrong = findings(EndMarker.ID, fenced("f()", "=> g()", "   => h()", "   ## END: k"));
        assertEquals(1, wrong.size());
        assertTrue(wrong.get(0).message().contains("names k"), wrong.get(0).message());
        assertEquals(List.of(), places(EndMarker.ID, fenced("f()", "=> g()", "   => h()", "   ## END: f")));
    }
}
