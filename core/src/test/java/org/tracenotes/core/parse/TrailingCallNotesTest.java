package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracenotes.core.parse.Parsing.assertShape;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;

/**
 * Notes drawn after a call in call trees ({@link TrailingCallNotes}): a tracepoint in braces, a
 * target after {@code ->}, a return path drawn back with {@code <-}. Each is the call, its note kept in
 * the step's text. Every fragment is made up.
 */
class TrailingCallNotesTest {

    @Test
    void aCallWithATracepointInBracesIsTheCall() {
        assertShape("""
                root foo_switch
                  call schedule { event: sched_switch }
                  call bar_wake {event:sched_wakeup}
                  call baz_tick() { event: x }
                """, "foo_switch", "  -> schedule { event: sched_switch }", "  -> bar_wake {event:sched_wakeup}",
                "  -> baz_tick() { event: x }");
        assertEquals("schedule", ((Expr.Name) steps("foo", "  -> schedule { event: sched_switch }", "  -> bar()")
                .get(0).expression()).name());
    }

    @Test
    void aReturnPathDrawnBackIsTheCallItStartsWith() {
        List<Step> steps = steps("foo_alloc", "  -> kmalloc <- slab_alloc", "  -> kfree() <- put_obj()",
                "  -> ops->free <- qux", "  -> n < -1");
        assertEquals(List.of("call", "call", "call", "expression"), steps.stream().map(s -> s.kind().id()).toList());
        assertEquals("kmalloc", ((Expr.Name) steps.get(0).expression()).name());
        assertEquals("kfree", steps.get(1).calledFunction().orElseThrow());
        assertEquals("kmalloc <- slab_alloc", steps.get(0).text());
    }

    @Test
    void aLongArrowOfEqualsSignsPointsAtARemarkOnTheCall() {
        List<Step> steps = steps("foo_fault", "  -> bar_alloc ====> ( from the free list )", "  -> baz_take ===> the slow way",
                "  -> qux_put() =====> 放回链表", "  -> ops->grab ==> a note", "  -> n == limit", "  -> m >= 2");
        assertEquals(List.of("call", "call", "call", "call", "expression", "expression"),
                steps.stream().map(s -> s.kind().id()).toList());
        assertEquals("bar_alloc", ((Expr.Name) steps.get(0).expression()).name());
        assertEquals("qux_put", steps.get(2).calledFunction().orElseThrow());
        assertEquals("bar_alloc ====> ( from the free list )", steps.get(0).text());
    }

    @Test
    void aTagInBracketsSetOffByBlanksIsANoteOnTheCall() {
        List<Step> steps = steps("foo_read", "  --> bar_submit\t\t[co]", "  --> baz_wait (baz.c)   [co]",
                "  --> qux_get  [irq]  [hot]", "  --> slots[i]", "  --> table [0]", "  --> pages [nr]");
        assertEquals(List.of("call", "call", "call", "expression", "expression", "expression"),
                steps.stream().map(s -> s.kind().id()).toList());
        assertEquals("bar_submit", ((Expr.Name) steps.get(0).expression()).name());
        assertEquals("baz_wait", steps.get(1).calledFunction().orElseThrow());
        assertEquals("qux_get", ((Expr.Name) steps.get(2).expression()).name());
    }

    @Test
    void aNoteInBracketsThatNoIndexCouldBeIsANoteOnTheStep() {
        List<Step> steps = steps("enter_guest", "  --> vmenter [指令]", "  --> wait [may sleep]", "  --> see [1]",
                "  --> 进入 [guest]");
        assertEquals(List.of("call", "call", "expression", "prose"), steps.stream().map(s -> s.kind().id()).toList());
        assertEquals("vmenter", ((Expr.Name) steps.get(0).expression()).name());
    }

    @Test
    void aCallChainedToItsCalleeByATreeArrowIsTheCall() {
        List<Step> steps = steps("foo_open", "  -> fd_add +-> __fd_add", "  -> bar_get +---> bar_slow",
                "  -> a +- b->c", "  -> x + y");
        assertEquals(List.of("call", "call", "expression", "expression"), steps.stream().map(s -> s.kind().id()).toList());
        assertEquals("fd_add", ((Expr.Name) steps.get(0).expression()).name());
    }

    @Test
    void aCallWithItsTargetAfterAnArrowIsACall() {
        assertShape("""
                root foo_read
                  call vfs_read -> ext_read_iter
                  call bar_sync
                """, "foo_read", "  -> vfs_read -> ext_read_iter", "  -> bar_sync");
    }

    @Test
    void wordsInBracesWithoutAKeyStayWords() {
        assertShape("""
                root foo_x
                  prose name { later }
                  call bar_y
                """, "foo_x", "  -> name { later }", "  -> bar_y");
    }

    private static List<Step> steps(String... lines) {
        return Parsing.onlyRoot(Parsing.fenced(lines)).body();
    }

    @Test
    void aFunctionNameInBracketsOneBlankAfterACallIsWhereTheCallLands() {
        List<Step> steps = steps("foo_read", "  --> ops->do_write [ext9_write_iter]", "  --> dev->ops->kick [vq_notify]",
                "  --> table [MAX_ORDER]", "  --> slots [cpu]");
        assertEquals(List.of("call", "call", "expression", "expression"),
                steps.stream().map(s -> s.kind().id()).toList());
        assertEquals("ops->do_write [ext9_write_iter]", steps.get(0).text());
    }

    @Test
    void aRemarkInAngleBracketsAfterACallIsANoteOnTheCall() {
        List<Step> steps = steps("boot_entry", "  -->alpha_map<建立页表>", "  -->beta_setup <enable the FPU>",
                "  -->gamma_run<清空 bss 段>  ", "  -->delta_go");
        assertEquals(List.of("call", "call", "call", "call"), steps.stream().map(s -> s.kind().id()).toList());
        assertEquals("alpha_map", ((Expr.Name) steps.get(0).expression()).name());
        assertEquals("beta_setup", ((Expr.Name) steps.get(1).expression()).name());
        assertEquals("alpha_map<建立页表>", steps.get(0).text());
    }

    @Test
    void aTemplateArgumentInAngleBracketsIsNoRemark() {
        List<Step> steps = steps("foo_types", "  -> vector<int>", "  -> pair<const char>", "  -> map<key, value>");
        assertEquals(List.of(false, false, false), steps.stream().map(s -> s.kind().id().equals("call")).toList());
    }
}
