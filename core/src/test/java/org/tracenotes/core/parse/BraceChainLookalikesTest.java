package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;

/**
 * Code of other languages that looks like a brace chain paragraph ({@code a->{ body }}, {@code name(){ body }})
 * stays text: a Kotlin {@code when} branch on a constant, constructors and methods of a class, handlers assigned a
 * function, name heads with no blank line between them. A chain's call line keeps its arguments, and a chain under
 * many unclosed braces is still found. Every fragment is made up.
 */
class BraceChainLookalikesTest {

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aWhenBranchOnADottedConstantIsNoChain() {
        assertNoTrace("""
                Route the taps:

                when (tap.kind) {
                    Gesture.Kind.LONG_PRESS -> {
                        show_menu(tap)
                    }
                    Nav.ids.open_drawer -> {
                        drawer.open(tap)
                    }
                    Mode.SLOW_SCROLL -> {
                        scroll_by(tap, 2)
                    }
                }
                """);
    }

    @Test
    void aOneLinkHeadThatIsAConstantIsNoChain() {
        assertNoTrace("""
                Keys.page_down -> {
                    scroll_by(view, 10)
                }

                Mode.FAST_SCAN -> {
                    scan_all(dir)
                }
                """);
    }

    @Test
    void constructorsBesideEachOtherAreNoTrace() {
        assertNoTrace("""
                public class Valve {
                    Valve(int size) {
                        this(size, true);
                    }

                    Valve(int size, boolean open) {
                        set_size(size);
                    }
                }
                """);
    }

    @Test
    void methodShorthandAndAssignedHandlersAreNoTrace() {
        assertNoTrace("""
                render(view) {
                  this.paint(view);
                }

                refresh(view) {
                  this.render(view);
                }

                window.onkeydown=function(){
                  grab_keys(true);
                }

                window.onkeyup=function(){
                  grab_keys(false);
                }
                """);
    }

    @Test
    void nameHeadsInsideAnOpenBraceOrIndentedAreNoTrace() {
        assertNoTrace("""
                module Pump {

                open_valve(n) {
                  set_flow(n);
                }

                close_valve(n) {
                  set_flow(0);
                }

                }

                  start_pump(n) {
                    set_flow(n);
                  }

                  stop_pump(n) {
                    set_flow(0);
                  }
                """);
    }

    @Test
    void nameHeadsWithNoBlankLineBetweenAreNoTrace() {
        assertNoTrace("""
                open_valve(n) {
                  set_flow(n);
                }
                close_valve(n) {
                  set_flow(0);
                }
                """);
    }

    @Test
    void nameHeadsOfCFunctionsAtTheMarginWithABlankLineBetweenAreTraces() {
        assertEquals("""
                root open_valve(n)
                  call set_flow(n)
                  brace }
                root close_valve(n)
                  call set_flow(0)
                  brace }
                """, Parsing.shape(Parsing.parse("""
                open_valve(n) {
                  set_flow(n);
                }

                close_valve(n) {
                  set_flow(0);
                }
                """)));
    }

    @Test
    void aCallClosingOneParenthesisTooManyKeepsItsArguments() {
        String text = "queue->ops->push(q, wrap_item(it, 2), LAST));";
        SourceRange at = new SourceRange(2, 1, 2, text.length() + 1, 30, 30 + text.length());
        TraceLine line = new TraceLine(2, 0, 0, Arrow.NONE,
                new StepReader.Reading(StepKind.PROSE, text, null, null, null, null, null), at, List.of());
        StepReader.Reading read = BraceChainDepths.reading(line, text, false);
        assertEquals(StepKind.CALL, read.kind());
        Expr.Call call = assertInstanceOf(Expr.Call.class, read.expression());
        assertEquals("queue->ops->push", assertInstanceOf(Expr.Name.class, call.callee()).name());
        List<Expr> args = call.arguments();
        assertEquals(3, args.size(), args::toString);
        assertEquals("q", assertInstanceOf(Expr.Name.class, args.get(0)).name());
        Expr.Call inner = assertInstanceOf(Expr.Call.class, args.get(1));
        assertEquals("wrap_item", assertInstanceOf(Expr.Name.class, inner.callee()).name());
        assertEquals(2, inner.arguments().size());
        assertEquals("LAST", assertInstanceOf(Expr.Name.class, args.get(2)).name());
    }

    @Test
    void anIfWithItsStatementOnItsLineHoldsNoLineBelow() {
        assertEquals("""
                root drain_all->{
                  if if (busy(q)) wait_on(q)
                  call next_item(q)
                  brace }
                """, Parsing.shape(Parsing.parse("""
                drain_all->{
                if (busy(q)) wait_on(q)
                next_item(q);
                }
                """)));
    }

    @Test
    void aChainUnderManyUnclosedBracesIsStillFound() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 2000; k++) {
            text.append("step_").append(k).append("->{ do_it(x) and more words\n");
        }
        text.append("\nrun_all->{ start_one(x) }\n");
        long start = System.nanoTime();
        Note note = Parsing.parse(text.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("root run_all->{ start_one(x) }\n", Parsing.shape(note));
        assertTrue(ms < 20_000, () -> ms + " ms");
    }
}
