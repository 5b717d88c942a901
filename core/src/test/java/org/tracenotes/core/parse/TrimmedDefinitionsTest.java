package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A C definition the author trimmed into a trace: a call written without its {@code ;} over a bare
 * {@code {} holding the callee's own body, among remarks in the note's language or elisions; or a
 * one-line chain over the definition of its last link. Both are nested by their braces. Whole listings
 * without those signs stay code. Every fragment is made up.
 */
class TrimmedDefinitionsTest {

    @Test
    void aCalleeInlinedUnderItsCallIsNestedUnderTheCallByItsBraces() {
        assertEquals("""
                root static void pump_loop(pump_t *p, void *data)
                  brace {
                  call pump_init(p, data)
                  loop for ( ;; )
                    if if (pump_exiting)
                      call pump_exit(p)
                      brace }
                    call pump_wait_events(p)
                      brace {
                      call pump_poll()
                      brace }
                    if if (pump_quit)
                      call pump_close_all(p)
                      brace }
                    brace }
                  brace }
                """, Parsing.shape(Parsing.parse("""
                - 工作循环

                  ```
                  static void pump_loop(pump_t *p, void *data)
                \t{
                    \t//初始化
                    \tpump_init(p, data);
                    \tfor ( ;; ) {
                        \tif (pump_exiting) {
                            \tpump_exit(p);
                        \t}
                        pump_wait_events(p)
                \t\t{
                \t\t\t//这里调用 pump_poll
                \t\t\tpump_poll()
                \t\t}
                        if (pump_quit) {
                            pump_close_all(p);
                        }
                    \t}
                \t}
                  ```
                """)));
    }

    @Test
    void anElisionIsASignOfTheTrimmedListingToo() {
        assertEquals("""
                root int gadget_open(struct gadget *g)
                  brace {
                  prose ...
                  call gadget_lock(g)
                    brace {
                    call spin_lock(&g->lock)
                    brace }
                  return return 0
                  brace }
                """, Parsing.shape(Parsing.parse("""
                ```
                int gadget_open(struct gadget *g)
                {
                    ...
                    gadget_lock(g)
                    {
                        spin_lock(&g->lock);
                    }
                    return 0;
                }
                ```
                """)));
    }

    @Test
    void aChainOverTheDefinitionOfItsLastLinkIsATrace() {
        assertEquals("""
                root pump_run --> pump_run_impl
                root static int pump_run_impl(pump_t *p)
                  assign job = take_job(p)
                  call run_job(job)
                  brace }
                """, Parsing.shape(Parsing.parse("""
                ```
                pump_run --> pump_run_impl
                static int pump_run_impl(pump_t *p){
                // 取出任务
                job = take_job(p)
                run_job(job);
                }
                ```
                """)));
    }

    @Test
    void aChainWithRemarksAboveAndBelowItStillLeadsIntoTheDefinition() {
        assertEquals("""
                root start --> Pump::prepare --> Pump::fill
                root void Pump::fill(...){
                  call tank->pour(a, b, c, d)
                  brace }
                """, Parsing.shape(Parsing.parse("""
                ```
                // how the pump fills up
                start --> Pump::prepare --> Pump::fill
                // the last step
                void Pump::fill(...){
                // skips the details
                tank->pour(a, b,
                           c, d);
                }
                ```
                """)));
    }

    @Test
    void aWholeListingWithAnAllmanLoopMacroStaysCode() {
        assertEquals(0, Parsing.parse("""
                ```
                static void pump_drain(pump_t *p)
                {
                    // 释放所有任务
                    list_for_each_entry(job, &p->jobs, node)
                    {
                        free_job(job);
                    }
                }
                ```
                """).traceBlocks().size());
    }

    @Test
    void aCallOverABraceWithoutAnySignOfTrimmingStaysCode() {
        assertEquals(0, Parsing.parse("""
                ```
                static void pump_drain(pump_t *p)
                {
                    /* one of the project's own macros */
                    pump_locked(p)
                    {
                        free_jobs(p);
                    }
                }
                ```
                """).traceBlocks().size());
    }

    @Test
    void aChainOverTheDefinitionOfAnotherFunctionStaysCode() {
        assertEquals(0, Parsing.parse("""
                ```
                pump_run --> pump_run_impl
                static int pump_other(pump_t *p){
                    job = take_job(p);
                    return 0;
                }
                ```
                """).traceBlocks().size());
    }

    @Test
    void codeAfterTheDefinitionKeepsTheFenceAListing() {
        assertEquals(0, Parsing.parse("""
                ```
                pump_run --> pump_run_impl
                static int pump_run_impl(pump_t *p){
                    job = take_job(p);
                }
                static int pump_stop(pump_t *p){
                    return 0;
                }
                ```
                """).traceBlocks().size());
    }

    @Test
    void proseAroundAFenceOfOrdinaryCodeStaysNoTrace() {
        assertEquals(0, Parsing.parse("""
                The loop waits for events, then polls them:

                ```
                static void pump_loop(pump_t *p)
                {
                    // 等待事件
                    for (;;) {
                        pump_wait_events(p);
                        pump_poll();
                    }
                }
                ```
                """).traceBlocks().size());
    }
}
