package org.tracenotes.core.lint.rules.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracenotes.core.lint.rules.Linting.fenced;
import static org.tracenotes.core.lint.rules.Linting.findings;
import static org.tracenotes.core.lint.rules.Linting.places;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Diagnostic;

/** The layout rules: mixed indentation, trailing blanks, empty blocks. */
class LayoutRulesTest {

    @Test
    void mixedIndentationIsFoundOncePerBlockAtTheLineThatMixesIt() {
        assertEquals(List.of("6:1"), places(MixedIndentation.ID,
                fenced("f()", "=> if a:", "   => b()", "=> if c:", "\t=> d()", "\t=> e()")));
    }

    @Test
    void commentLinesDoNotMixABlocksIndentation() {
        assertEquals(List.of(), places(MixedIndentation.ID, fenced("f()", "=> if a:", "   => b()", "\t## a tab", "=> c()")));
    }

    @Test
    void trailingBlanksAreRangedOverTheBlanksOfFencedTraceLines() {
        List<Diagnostic> ds = findings(TrailingSpace.ID, fenced("f()", "=> a() \t", "=> b()"));
        assertEquals(1, ds.size());
        assertEquals(3, ds.get(0).range().line());
        assertEquals(7, ds.get(0).range().column());
        assertEquals(9, ds.get(0).range().endColumn());
        assertEquals(List.of(), places(TrailingSpace.ID, fenced("f()", "=> a()", "   ", "=> b()")), "a blank line is not trailing blanks");
    }

    @Test
    void anEmptyBlockIsNamedAfterItsSectionWhenThatIsAFunction() {
        List<Diagnostic> named = findings(EmptyTraceBlock.ID, "# folio_put\n```\n```\n");
        assertEquals("empty block: `folio_put` is named but not traced yet", named.get(0).message());
        assertEquals("empty block", findings(EmptyTraceBlock.ID, "# What happens next\n```\n```\n").get(0).message());
    }
}
