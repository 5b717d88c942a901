package org.tracenotes.core.parse;

import org.junit.jupiter.api.Test;

/** A bracketed step number before a step's text is a label, not what the step does (made-up fragments). */
class StepLabelsTest {

    @Test
    void aCallAfterAStepLabelIsReadAsTheCall() {
        Parsing.assertShape("""
                root stop_all()
                  call [Step 1] park_cpus(mask)
                  call [2] flush_logs()
                """,
                "stop_all()",
                "  -> [Step 1] park_cpus(mask)",
                "  -> [2] flush_logs()");
    }

    @Test
    void wordsAfterAStepLabelStayWords() {
        Parsing.assertShape("""
                root stop_all()
                  prose [Step 1] \u6e05\u9664\u6807\u5fd7
                  call [Step 2] park_cpus(mask)
                """,
                "stop_all()",
                "  -> [Step 1] \u6e05\u9664\u6807\u5fd7",
                "  -> [Step 2] park_cpus(mask)");
    }

    @Test
    void aBracketThatIsNoStepNumberIsNoLabel() {
        Parsing.assertShape("""
                root stop_all()
                  prose [see below] park_cpus(mask)
                  call flush_logs()
                """,
                "stop_all()",
                "  -> [see below] park_cpus(mask)",
                "  -> flush_logs()");
    }

    @Test
    void twoCallsJoinedByAPlusAfterALabelReadAsTheFirstCall() {
        Parsing.assertShape("""
                root stop_all()
                  call [Step 1] irq_off() + preempt_off()
                  call [Step 2] park_cpus(mask)
                """,
                "stop_all()",
                "  -> [Step 1] irq_off() + preempt_off()",
                "  -> [Step 2] park_cpus(mask)");
    }

    @Test
    void aRemarkLabelOverACallInASentenceStaysARemark() {
        Parsing.assertShape("""
                root buf_alloc()
                  call page_take()
                  prose 注意：kmalloc(size) 可能失败
                  call page_fill()
                """,
                "buf_alloc()",
                "  -> page_take()",
                "  注意：kmalloc(size) 可能失败",
                "  -> page_fill()");
    }

    @Test
    void aRemarkLabelOverAWholeCallStaysARemark() {
        Parsing.assertShape("""
                root buf_alloc()
                  call page_take()
                  prose 例如：page_pick(zone);
                  call page_fill()
                """,
                "buf_alloc()",
                "  -> page_take()",
                "  例如：page_pick(zone);",
                "  -> page_fill()");
    }

    @Test
    void aCallFollowedByWordsAfterALabelStaysWords() {
        Parsing.assertShape("""
                root buf_alloc()
                  call page_take()
                  prose 分配页面：page_pick(zone) 可能失败
                  call page_fill()
                """,
                "buf_alloc()",
                "  -> page_take()",
                "  分配页面：page_pick(zone) 可能失败",
                "  -> page_fill()");
    }

    @Test
    void aCallAfterALabelKeepsATrailingNoteAfterATab() {
        Parsing.assertShape("""
                root buf_alloc()
                  call page_take()
                  call page_lock()
                  call 分配页面：page_pick(zone);\t用作后备
                """,
                "buf_alloc()",
                "  -> page_take()",
                "  -> page_lock()",
                "  分配页面：page_pick(zone);\t用作后备");
    }
}
