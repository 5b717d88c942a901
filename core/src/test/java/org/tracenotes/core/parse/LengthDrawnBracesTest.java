package org.tracenotes.core.parse;

import static org.tracenotes.core.parse.Parsing.assertShape;

import org.junit.jupiter.api.Test;

/**
 * Arrows whose length draws the depth ({@link ArrowLengthDepth}) with a loop's body wrapped in {@code {}
 * and {@code }} at the margin, and the kinds of their {@code file.c: f(args);} steps
 * ({@link LocatedRunSteps}). Every fragment is made up.
 */
class LengthDrawnBracesTest {

    @Test
    void marginBracesAroundALoopBodyKeepTheDepthTheArrowsDraw() {
        assertShape("""
                root\s
                  call main.c: start_threads();
                    loop TAILQ_FOREACH(e, &g_list, link)
                      brace {
                      call io.c: process_one(e->ctrl);
                        call io.c: keep_alive(ctrl);
                          prose 与下文类似，此处略
                      call io.c: finish(ctrl);
                      brace }
                    call main.c: cleanup(&state);
                """,
                "--> main.c: start_threads();",
                "----> TAILQ_FOREACH(e, &g_list, link)",
                "{",
                "------> io.c: process_one(e->ctrl);",
                "--------> io.c: keep_alive(ctrl);",
                "----------> 与下文类似，此处略",
                "------> io.c: finish(ctrl);",
                "}",
                "----> main.c: cleanup(&state);");
    }

    @Test
    void nestedMarginBracesCloseAtTheirOwnLoops() {
        assertShape("""
                root\s
                  call walk.c: walk_all(root);
                    loop list_for_each(a, &heads)
                      brace {
                      call walk.c: visit(a);
                        loop list_for_each(b, &a->kids)
                          brace {
                          call walk.c: visit_kid(b);
                          brace }
                      brace }
                """,
                "--> walk.c: walk_all(root);",
                "----> list_for_each(a, &heads)",
                "{",
                "------> walk.c: visit(a);",
                "--------> list_for_each(b, &a->kids)",
                "{",
                "----------> walk.c: visit_kid(b);",
                "}",
                "}");
    }

    @Test
    void locatedStepsAreCallsAndBareTodosWords() {
        assertShape("""
                root\s
                  call main.c: start_threads();
                    call lib/<a/b/...>/opt.c: get_opt(argc, argv);
                    prose TODO
                    call TAILQ_INIT(&g_list)
                      prose TODO
                    call x_a.c --> x_b.c: scan_all(ctx, 1);
                      call (TODO) x_c.c: poll_one(ctx);
                      call x_c.c: notify(ctx); (callback)
                """,
                "--> main.c: start_threads();",
                "----> lib/<a/b/...>/opt.c: get_opt(argc, argv);",
                "----> TODO",
                "----> TAILQ_INIT(&g_list);",
                "------> TODO",
                "----> x_a.c --> x_b.c: scan_all(ctx, 1);",
                "------> (TODO) x_c.c: poll_one(ctx);",
                "------> x_c.c: notify(ctx); (callback)");
    }

    @Test
    void aFileBeforeWordsStaysWords() {
        assertShape("""
                root\s
                  call main.c: start_threads();
                    prose io.c: see the notes below
                      call fs.c: read_all(f);
                    prose TODO later
                """,
                "--> main.c: start_threads();",
                "----> io.c: see the notes below",
                "------> fs.c: read_all(f);",
                "----> TODO later");
    }

    @Test
    void aTodoUnderArrowsOfOneLengthKeepsItsReading() {
        assertShape("""
                root start_io
                  call TODO
                  call io.c: poll_one(ctx);
                """, "start_io", "-> TODO", "-> io.c: poll_one(ctx);");
    }

    @Test
    void marginBracesUnderTwoArrowLengthsKeepTheirColumns() {
        assertShape("""
                root\s
                  call run_all()
                  loop for_each(x)
                    brace {
                    call step_one(x)
                    brace }
                  call done()
                """,
                "--> run_all();",
                "----> for_each(x)",
                "{",
                "----> step_one(x);",
                "}",
                "--> done();");
    }
}
