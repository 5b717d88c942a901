package org.tracenotes.core.parse;

import static org.tracenotes.core.parse.Parsing.assertShape;

import org.junit.jupiter.api.Test;

/**
 * Code pasted at a block's margin with no root line of its own: statements at the margin are the steps
 * of an implied root, not roots. Every fragment is made up; the expected tree is written as indented
 * {@code kind text} lines.
 */
class LooseSnippetsTest {

    @Test
    void statementsAtTheMarginAfterARootAreStepsOfAnImpliedRoot() {
        assertShape("""
                root foo_enter
                  call bar_save
                  call bar_load
                root foo_leave
                  call bar_put
                  call bar_drop
                root\s
                  call foo_enter(ctx)
                  loop while (n > 0)
                    call baz_run()
                    assign n = qux_check(ctx)
                    brace }
                  call foo_leave(ctx)
                """,
                "foo_enter",
                "    +-> bar_save",
                "    +-> bar_load",
                "",
                "foo_leave",
                "    +-> bar_put",
                "    +-> bar_drop",
                "",
                "foo_enter(ctx);",
                "while (n > 0) {",
                "    baz_run();",
                "    n = qux_check(ctx);",
                "}",
                "foo_leave(ctx);");
    }

    @Test
    void aStatementWithLinesUnderItStillStartsARoot() {
        assertShape("""
                root foo_enter
                  call bar_save
                  call bar_load
                root foo_leave(ctx)
                  call bar_put
                  call bar_drop
                """,
                "foo_enter",
                "    +-> bar_save",
                "    +-> bar_load",
                "",
                "foo_leave(ctx);",
                "    +-> bar_put",
                "    +-> bar_drop");
    }

    @Test
    void aCallRightUnderASnippetsStatementsIsItsNextStepWithItsBody() {
        assertShape("""
                root\s
                  assign foo_t v = { .raw = ctx->bits };
                  assign v.on = 1
                  assign uint64_t mask = v.raw
                  call bar_exit(..., mask, ...)
                    call baz_local()
                    if if (!dead)
                      call qux_save()
                    call qux_leave()
                    call qux_resume()
                """,
                "foo_t v = { .raw = ctx->bits };",
                "v.on = 1;",
                "uint64_t mask = v.raw;",
                "// src/exit.c",
                "bar_exit(..., mask, ...)",
                "   baz_local();",
                "   if (!dead)",
                "      qux_save();",
                "   -> qux_leave()",
                "   -> qux_resume()");
    }

    @Test
    void aMacroDefinitionQuotedAfterATraceIsNoStepOfItsRoot() {
        assertShape("""
                root foo_stats
                  call foo_each_leaf
                    call bar_print(m, cpu, rq)
                root\s
                  directive #define foo_each_leaf(rq, pos)   \\  (rq)->leaf, pos = NULL  \\
                """,
                "foo_stats",
                "=> foo_each_leaf",
                "   => bar_print(m, cpu, rq);",
                "#define foo_each_leaf(rq, pos)   \\",
                "    (rq)->leaf, pos = NULL  \\",
                "        ; pos != NULL");
    }

    @Test
    void aDeclarationAboveTheRootThatUsesItIsNoRoot() {
        assertShape("""
                root\s
                  declaration struct foo_region r
                root foo_set_region(vm, &r)
                  call bar_set_region
                    call baz_update
                """,
                " struct foo_region r;",
                "",
                " foo_set_region(vm, &r)",
                "   +-> bar_set_region",
                "     +-> baz_update");
    }
}
