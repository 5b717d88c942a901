package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracenotes.core.parse.Parsing.assertShape;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Note;

/**
 * ASCII call trees whose stems are bare {@code |} lines ({@link ConnectorStems}): an arrowless name
 * right under a stem is the callee of the name the stem hangs from. Every fragment is made up; the
 * expected tree is written as indented {@code kind text} lines.
 */
class AsciiTreeLayoutTest {

    @Test
    void aNameUnderAStemIsTheCalleeOfTheNameTheStemHangsFrom() {
        assertShape("""
                root vfs_read
                  call rw_verify_area
                    call security_file_permission
                      call fsnotify_perm
                        call __fsnotify_parent
                    call do_sync_read { event: x }
                """,
                "vfs_read",
                " |",
                "rw_verify_area",
                " |",
                " +-> security_file_permission",
                " |   |",
                " |   fsnotify_perm",
                " |   |",
                " |   __fsnotify_parent",
                " |",
                " +-> do_sync_read { event: x }");
    }

    @Test
    void aStemRightUnderANameAtItsOwnColumnCarriesAChainDown() {
        assertShape("""
                root foo_open
                  call bar_check
                  call bar_lookup
                    call baz_get
                      call qux_hold
                """, "foo_open", " +-> bar_check", " |", "bar_lookup", "|", "baz_get", " +-> qux_hold");
    }

    @Test
    void aNameAfterABranchHangsFromTheStemItsConnectorContinues() {
        assertShape("""
                root foo_write
                  call bar_check
                  call baz_commit
                    call qux_flush
                """,
                "foo_write",
                " |",
                " +-> bar_check",
                " |",
                "baz_commit",
                " |",
                " +-> qux_flush");
    }

    @Test
    void branchesHangingFromAStemChildsOwnStemAreItsCallees() {
        assertShape("""
                root foo_create
                  call bar_start
                    call bar_new
                      call baz_alloc
                        call baz_zero
                      call baz_mark
                  call qux_done
                """,
                "foo_create",
                " |",
                " +-> bar_start",
                " |   |",
                " |   bar_new",
                " |   |",
                " |   +-> baz_alloc",
                " |   |   |",
                " |   |   +-> baz_zero",
                " |   |",
                " |   +-> baz_mark",
                " |",
                " +-> qux_done");
    }

    @Test
    void treesDrawnWithArrowsOnEveryBranchReadAsBefore() {
        assertShape("""
                root foo_probe
                  call bar_alloc
                    call bar_zero
                  call baz_register
                    call baz_link
                  call qux_start
                """,
                "foo_probe",
                " |",
                " +-> bar_alloc",
                " |    |",
                " |    \\-> bar_zero",
                " |",
                " +-> baz_register",
                " |    +-> baz_link",
                " |",
                " \\-> qux_start");
    }

    @Test
    void plainTextAtAnArrowsTextColumnWithoutAStemStaysTheCallersNextStatement() {
        assertShape("""
                root foo_run
                  call bar_prepare()
                  if if (ready)
                    call baz_go()
                  call qux_end()
                """,
                "foo_run",
                " +-> bar_prepare()",
                "     if (ready)",
                "         baz_go()",
                " +-> qux_end()");
    }

    @Test
    void aNameAwayFromTheStemsColumnIsNotItsChild() {
        assertShape("""
                root foo_init
                  call bar_setup
                root baz_exit
                  call qux_free
                """,
                "foo_init",
                " +-> bar_setup",
                "         |",
                "baz_exit",
                " +-> qux_free");
    }

    @Test
    void aLineWhereAStemWrapsBackToIsTheCalleeOfTheLineTheStemHangsFrom() {
        assertShape("""
                root foo_open
                  call bar_read -> bar_get
                    call baz_map  <--- +
                  call qux_done
                """,
                "foo_open",
                " |",
                " +-> bar_read -> bar_get",
                " |                 |",
                " |   baz_map <---+",
                " |",
                " +-> qux_done");
    }

    @Test
    void aLineBackAtTheArrowsColumnUnderAStemFromTheNameIsItsCallee() {
        assertShape("""
                root foo_load
                  call bar_check
                  call bar_reset
                    call baz_start
                      call qux_run
                """,
                "foo_load",
                " |",
                " +-> bar_check",
                " |",
                " +-> bar_reset",
                "     |",
                " baz_start",
                " |",
                " qux_run");
    }

    @Test
    void aWireDrawnAcrossATreeIsNoStep() {
        assertShape("""
                root foo_start()
                  call bar_rest()
                    call baz_spawn(worker, NULL)
                root worker()
                  call qux_run()
                """,
                "foo_start()",
                "-> bar_rest()",
                "   -> baz_spawn(worker, NULL)",
                "                 |",
                "      +----------+",
                "      |",
                "      v",
                "worker()",
                "-> qux_run()");
    }

    @Test
    void aCommentOnAWireStaysWhenTheWireGoes() {
        String[] lines = {"foo_start()", "-> bar_rest()", "   -> baz_spawn(worker, NULL)", "                 |",
                "      +----------+   /* back to caller */", "      |", "      v", "worker()", "-> qux_run()"};
        assertShape("""
                root foo_start()
                  call bar_rest()
                    call baz_spawn(worker, NULL)
                root worker()
                  call qux_run()
                """, lines);
        Note note = Parsing.fenced(lines);
        assertEquals(List.of("back to caller"), Parsing.onlyBlock(note).roots().get(1).comments().stream()
                .map(Comment::text).toList());
    }
}
