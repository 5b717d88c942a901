package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A call tree in a fence whose steps are {@code - } list items nested by indentation under a root line:
 * the bullets are markers, {@code |} and {@code V} lines between steps are connectors, a line in
 * parentheses with words is a remark; every item is a step, the last one under a call too. Lists in a
 * fence stay no trace. Every fragment is made up.
 */
class BulletedTreesTest {

    @Test
    void bulletedItemsUnderARootAreATree() {
        Parsing.assertShape("""
                root start_widget(w: widget)
                  assign w->state = READY
                  call widget_lock(w)
                    call spin_lock(&w->lock)
                    assign w->owner = me
                  call widget_run(w)
                    call run_one(w)
                    prose take the next one
                  call widget_done(w)
                """, "start_widget(w: widget)", "    - w->state = READY", "    - widget_lock(w)",
                "        - spin_lock(&w->lock)", "        - w->owner = me", "    |", "    V", "    - widget_run(w)",
                "        - run_one(w)", "        - take the next one", "    (back in start_widget)", "    - widget_done(w)");
    }

    @Test
    void connectorAndRemarkLinesAreComments() {
        Note note = Parsing.fenced("start_widget(w)", "    - widget_lock(w)", "        - spin_lock(&w->lock)",
                "    | // the lock is held here", "    V", "    - widget_run(w)", "        - run_one(w)",
                "    [[it sleeps until the queue wakes it]]", "    - widget_done(w)");
        String shape = Parsing.shape(note);
        assertTrue(!shape.contains(" V") && !shape.contains("sleeps") && !shape.contains("| //"), shape);
        assertEquals(3, Parsing.onlyRoot(note).body().size(), shape);
    }

    @Test
    void everyItemInWordsUnderACallIsAStep() {
        Parsing.assertShape("""
                root alloc_widget(node)
                  call widget_stack(node)
                    prose take a page.
                    prose zero the fields: a, b and c.
                  call widget_init(node)
                    call init_lock(node)
                    prose copy the flags from the parent, the owner, the mode
                  return return the widget.
                """, "alloc_widget(node)", "    - widget_stack(node)", "        - take a page.",
                "        - zero the fields: a, b and c.", "    - widget_init(node)", "        - init_lock(node)",
                "        - copy the flags from the parent, the owner, the mode", "    - return the widget.");
    }

    @Test
    void itemsUnderBranchItemsAreTheirBodies() {
        Parsing.assertShape("""
                root start_widget(w)
                  if if (w->busy)
                    call widget_wait(w)
                  else else
                    call widget_lock(w)
                  loop while (w->queued)
                    call run_one(w)
                """, "start_widget(w)", "    - if (w->busy)", "        - widget_wait(w)", "    - else",
                "        - widget_lock(w)", "    - while (w->queued)", "        - run_one(w)");
    }

    @Test
    void anElseIfEndingItsLineOpensABody() {
        Note note = Parsing.fenced("start_widget(w)", "    - widget_lock(w)", "        - spin_lock(&w->lock)",
                "    - else if", "        - widget_wait(w)");
        assertEquals(1, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void aModuleNameOverItsFunctionsInTextStaysAList() {
        Note note = Parsing.parse("""
                # Reference

                text_tools
                  - trim(s, chars)
                    - trim_left(s, chars)
                  - pad(s, width)
                    - pad_with(s, width, fill)
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void itemsInWordsStartingWithIfOpenNoBody() {
        Note note = Parsing.fenced("upgrade_notes", "    - if you call widget_lock(w)", "        - widget_relock(w)",
                "    - if you run widget_run(w) twice", "        - widget_reset(w)", "    - widget_done(w)");
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aListInAFenceStaysNoTrace() {
        Note note = Parsing.fenced("Changes since 1.2:", "    - fixed the widget lock", "    - widget_run(w) is faster",
                "        - see run_one(w)", "    - removed the old queue");
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
        Note todo = Parsing.fenced("todo", "- widget_lock(w)", "    - spin_lock(x)", "- widget_run(w)", "    - run_one(w)",
                "- widget_done(w)");
        assertTrue(todo.traceBlocks().isEmpty(), "items back at the first line's column are a list");
    }
    @Test
    void aTreeOfItemsInPlainTextKeepsItsBranchesRemarksAndBlankLines() {
        assertEquals("""
                root open_volume(v)
                  call probe_volume(v)
                  if if (v->dirty)
                    call replay_log(v)
                  else else
                    call mount_clean(v)
                      prose ...
                  assign err = load_tables(v)
                  if if (err)
                    return return err
                  call mark_mounted(v)
                """, Parsing.shape(Parsing.parse("""
                Mount path

                open_volume(v)
                  - probe_volume(v)
                    // reads the label
                  - if (v->dirty)
                    - replay_log(v)
                  else
                    - mount_clean(v)
                      # fast path
                      - ...

                  - err = load_tables(v)
                  - if (err)
                    - return err;
                  - mark_mounted(v)

                Then the volume is live.
                """)));
    }

    @Test
    void bodiesInBracesAndRemarksInWordsAmongItemsAreNoCalls() {
        assertEquals("""
                root open_volume(v)
                  if if (v->dirty)
                    call replay_log(v)
                    brace }
                  else else
                    call mount_clean(v)
                    brace }
                  call mark_mounted(v)
                  brace }
                """, Parsing.shape(Parsing.parse("""
                open_volume(v) {
                  - if (v->dirty) {
                    - replay_log(v)
                      这里重放日志
                  }
                  - else {
                    - mount_clean(v)
                  }
                  - mark_mounted(v)
                }
                """)));
    }

    @Test
    void aListOfWordsWithRemarksAndBlankLinesStaysText() {
        Note note = Parsing.parse("""
                # Plans

                release_notes
                  - if time allows
                    // maybe
                  - else we wait

                  - then ship it
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
        Note sentences = Parsing.parse("""
                setup_steps
                  - install the tools
                    you need root for this
                  - run the script

                  - reboot
                """);
        assertTrue(sentences.traceBlocks().isEmpty(), Parsing.shape(sentences));
    }
}
