package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Stages in a fence at one column joined by connector lines ({@code |} then {@code v}, {@code ||} then
 * {@code V}, {@code │} then {@code ▼}, a lone {@code ↓}) that mix words and calls: the connectors mean
 * "then", so a careful reader reads the stages as the steps of one flow, side by side under the block's
 * implied root (none a root of its own); a caption right above the first stage is the flow's root. A column
 * of calls alone stays a chain of calls (each the callee of the one above). Outside a fence, a tree whose
 * items hang under the arrows, a diagram fanning out to stages drawn aside, boxes of a data structure and a
 * diagram naming no function are read as before. Every fragment is made up.
 */
class FencedStageFlowsTest {

    @Test
    void stagesInWordsAndCallsJoinedByPipeAndVeeAreOneFlow() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                Pool created
                    |
                    v
                paused (pause_count = 1)
                    |
                    v
                pool_unpause()
                    |
                    v
                Pool running (started = true)
                ```
                """));
        assertTrue(shape.contains("\n  prose Pool created\n"), shape);
        assertTrue(shape.contains("\n  call pool_unpause()\n"), shape);
        assertTrue(shape.contains("\n  prose Pool running (started = true)\n"), shape);
        assertFalse(shape.contains("root Pool"), shape);
    }

    @Test
    void lonelyDownArrowsJoinStagesOfAnIndentedFence() {
        String shape = Parsing.shape(Parsing.parse("""
                - the write path:

                  ```text
                  user buffer copied
                        ↓
                  blk_queue_write()
                        ↓
                  request merged into the queue
                        ↓
                  disk_kick()
                  ```
                """));
        assertTrue(shape.contains("\n  prose user buffer copied\n  call blk_queue_write()\n  prose request merged into the queue\n  call disk_kick()"), shape);
    }

    @Test
    void boxDrawnStemsAndHeadsJoinStagesToo() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                socket opened
                   │
                   ▼
                conn_bind(addr)
                   │
                   ▼
                waiting for peers
                   │
                   ▼
                conn_accept()
                ```
                """));
        assertTrue(shape.contains("\n  prose socket opened\n  call conn_bind(addr)\n  prose waiting for peers\n  call conn_accept()"), shape);
    }

    @Test
    void doubledStemsAndACaptionAboveTheFirstStage() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                Start-up of the ring
                ring_alloc() takes the slots
                    ||
                    V
                map the slots for the device
                    ||
                    V
                ring_start(dev)
                ```
                """));
        assertTrue(shape.startsWith("root Start-up of the ring\n"), shape);
        assertTrue(shape.contains("\n  prose map the slots for the device\n"), shape);
        assertTrue(shape.contains("\n  call ring_start(dev)\n"), shape);
    }

    @Test
    void childrenDrawnUnderAStageAreItsSteps() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                request received
                    |
                    v
                req_parse(req)
                    ├─> read_header()
                    └─> read_body()
                    |
                    v
                reply sent to the client
                ```
                """));
        // the children's parent is right; their kind (a `├─>` edge in a fence) is read as words today
        assertTrue(shape.contains("\n  call req_parse(req)\n    "), shape);
        assertTrue(shape.contains(" read_body()\n  prose reply sent to the client"), shape);
    }

    @Test
    void aColumnOfNamesAloneStaysAChainOfCalls() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                dev_open()
                    |
                    v
                dev_setup()
                    |
                    v
                slot_alloc()
                ```
                """));
        assertTrue(shape.contains("dev_open()\n  call dev_setup()\n    call slot_alloc()"), shape);
    }

    @Test
    void aTreeWhoseItemsHangUnderTheArrowsKeepsItsRoot() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                task_switch(task)
                    - task.id = self_id()
                    - wake_task(task)
                    |
                    V
                    - run_queue_pick()
                        - current.state = SLEEPING
                    (jumps back to the loop)
                    |
                    V
                    scheduler_loop
                ```
                """));
        assertTrue(shape.startsWith("root task_switch(task)"), shape);
    }

    @Test
    void sectionsLabelledWithAColonKeepTheirOwnTrees() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                user space:
                  app_read()
                    └─ read(fd, buf, n)
                       │
                       ▼
                kernel:
                  sys_read()
                    └─ vfs_read()
                       │
                       ▼
                device:
                  disk controller
                ```
                """));
        assertTrue(shape.startsWith("root user space:\n  call app_read()"), shape);
    }

    @Test
    void aDiagramNamingNoFunctionIsNoFlow() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                Browser
                  |
                  v
                Load balancer
                  |
                  v
                Web server
                ```
                """));
        assertFalse(shape.contains("  prose Load balancer"), shape);
    }

    @Test
    void boxesOfADataStructureJoinedByArrowsAreNoTrace() {
        Note note = Parsing.parse("""
                ```
                +------------+
                | page_table |
                +------------+
                      |
                      v
                +------------+
                | page_entry |
                +------------+
                      |
                      v
                +------------+
                | frame_desc |
                +------------+
                ```
                """);
        assertEquals("", Parsing.shape(note).strip(), Parsing.shape(note));
    }

    @Test
    void boxDrawnStemsOutsideAFenceStayText() {
        Note note = Parsing.parse("""
                The pool starts:

                Pool created
                    │
                    ▼
                pool_unpause()
                    │
                    ▼
                Pool running
                """);
        assertEquals("", Parsing.shape(note).strip(), Parsing.shape(note));
    }
}
