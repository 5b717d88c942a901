package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A call stack copied with its frames' source locations, pasted innermost frame first, under a caption and
 * maybe in one fence with other trees: the run of located frames is read bottom up, the caption is no step,
 * the rest of the block reads as it did. A debugger's numbered dump, compiler errors, grep output and lists
 * written caller first keep their readings. Every fragment is made up.
 */
class LocatedStackRunsTest {

    @Test
    void aCaptionedRunInAFenceIsReadFromTheBottom() {
        assertEquals("""
                root gadget_make(int kind)
                  call __gadget_make(struct gadget * g, int kind)
                    call widget_init(struct widget * w, int flags)
                """, withoutLocations(Parsing.shape(Parsing.parse("""
                ```
                how a widget is made:
                widget_init(struct widget * w, int flags) (/home/me/src/gadget/widget.c:212)
                __gadget_make(struct gadget * g, int kind) (/home/me/src/gadget/core.c:88)
                gadget_make(int kind) (/home/me/src/gadget/core.c:140)
                ```
                """))));
    }

    @Test
    void theRunSharesItsFenceWithATreeThatKeepsItsReading() {
        String shape = withoutLocations(Parsing.shape(Parsing.parse("""
                ```
                走到这里的调用栈
                pane_draw(struct pane * p, int x) (\\home\\me\\ui\\pane.c:31)
                win_paint(struct win * w) (\\home\\me\\ui\\win.c:77)

                win_paint(w)
                |-pane_draw(p, 0)
                  |-glyph_put(p, 'a')
                ```
                """)));
        assertEquals("""
                root win_paint(struct win * w)
                  call pane_draw(struct pane * p, int x)
                root win_paint(w)
                  call pane_draw(p, 0)
                    call glyph_put(p, 'a')
                """, shape);
    }

    @Test
    void framesWrittenWithAtAndArgumentValuesAreAStackToo() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                The backtrace:
                cell_flush (c=0x1, n=4) at lib/cell/flush.c:55
                table_sync(struct table *t) at lib/table.c:310
                app_tick (app=0x2) at app/main.c:19
                ```
                """));
        assertTrue(shape.startsWith("root app_tick (app=0x2)"), shape);
        assertTrue(shape.contains("\n  call table_sync(struct table *t)"), shape);
        assertTrue(shape.contains("\n    call cell_flush (c=0x1, n=4)"), shape);
        assertTrue(!shape.contains("The backtrace"), shape);
    }

    @Test
    void aRunAmongTheNotesTextIsATraceBlockItsCaptionStaysText() {
        Note note = Parsing.parse("""
                The call stack where the write stalls:

                queue_wait(struct queue * q) (src/queue.c:40)
                queue_push(struct queue * q, void * item) (src/queue.c:72)
                writer_loop(void * arg) (src/writer.c:15)

                More words.
                """);
        assertEquals(1, note.traceBlocks().size(), () -> Parsing.shape(note));
        assertEquals("""
                root writer_loop(void * arg)
                  call queue_push(struct queue * q, void * item)
                    call queue_wait(struct queue * q)
                """, withoutLocations(Parsing.shape(note)));
    }

    @Test
    void gdbNumberedFramesStayAStackDump() {
        Note note = Parsing.parse("""
                ```
                #0  cell_flush (c=0x1, n=4) at lib/cell/flush.c:55
                #1  0x00005555555551a9 in table_sync (t=0x3) at lib/table.c:310
                #2  app_tick (app=0x2) at app/main.c:19
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void compilerErrorsAndGrepOutputStayNoTrace() {
        Note errors = Parsing.parse("""
                ```
                lib/cell.c:12: error: unknown type name 'cell_t'
                lib/cell.c:40: warning: unused variable 'n'
                ```
                """);
        assertTrue(errors.traceBlocks().isEmpty(), () -> Parsing.shape(errors));
        Note grep = Parsing.parse("""
                ```
                lib/cell/flush.c:120: cell_flush(c, n);
                lib/table.c:310: table_sync(t);
                ```
                """);
        assertTrue(grep.traceBlocks().isEmpty(), () -> Parsing.shape(grep));
    }

    @Test
    void oneLocatedFrameInProseIsNoTrace() {
        Note note = Parsing.parse("""
                It stops here:
                cell_flush(struct cell * c) (lib/cell/flush.c:55)

                and that is all.
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aListOfLocatedFunctionsWrittenCallerFirstWithArrowsKeepsItsReading() {
        assertEquals("""
                root app_tick(struct app *a)
                  call table_sync(struct table *t)
                    call cell_flush(struct cell *c)
                """, withoutLocations(Parsing.shape(Parsing.parse("""
                ```
                app_tick(struct app *a) (app/main.c:19)
                  -> table_sync(struct table *t) (lib/table.c:310)
                    -> cell_flush(struct cell *c) (lib/cell/flush.c:55)
                ```
                """))));
    }

    @Test
    void aListIndentedCallerFirstKeepsItsReading() {
        assertEquals("""
                root app_tick(struct app *a)
                  call table_sync(struct table *t)
                    call cell_flush(struct cell *c)
                """, withoutLocations(Parsing.shape(Parsing.parse("""
                ```
                app_tick(struct app *a) (app/main.c:19)
                    table_sync(struct table *t) (lib/table.c:310)
                        cell_flush(struct cell *c) (lib/cell/flush.c:55)
                ```
                """))));
    }

    @Test
    void aFlatListToppedByAnEntryPointIsWrittenCallerFirst() {
        String shape = withoutLocations(Parsing.shape(Parsing.parse("""
                ```
                ksys_pread(int fd, char *buf) (fs/rw.c:10)
                vfs_pread(struct file *f, char *buf) (fs/rw.c:20)

                vfs_pread(f, buf)
                |-file_pread(f, buf)
                ```
                """)));
        assertTrue(!shape.contains("  call ksys_pread"), shape);
    }

    @Test
    void locatedSiblingsUnderTheirCallerInATreeKeepTheirReading() {
        assertEquals("""
                root app_tick(struct app *a)
                  call table_sync(struct table *t)
                  call cell_flush(struct cell *c)
                    call cell_write(struct cell *c)
                  call app_log(struct app *a)
                """, withoutLocations(Parsing.shape(Parsing.parse("""
                ```
                app_tick(struct app *a) (app/main.c:19)
                  table_sync(struct table *t) (lib/table.c:310)
                  cell_flush(struct cell *c) (lib/cell/flush.c:55)
                    cell_write(struct cell *c) (lib/cell/write.c:8)
                  app_log(struct app *a) (app/log.c:3)
                ```
                """))));
    }

    @Test
    void twoFramesAmongTheTextWithoutMoreStayText() {
        Note note = Parsing.parse("""
                Two places:
                cell_flush(struct cell * c) (lib/cell/flush.c:55)
                table_sync(struct table * t) (lib/table.c:310)
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void anEntryPointAtTheBottomIsEvidenceEnoughWithoutAStackCaption() {
        assertEquals("""
                root kthread(void * arg)
                  call pump_loop(struct pump * p)
                    call valve_open(struct valve * v)
                """, withoutLocations(Parsing.shape(Parsing.parse("""
                Where it waits:

                valve_open(struct valve * v) at drivers/pump/valve.c:31
                pump_loop(struct pump * p) at drivers/pump/core.c:210
                kthread(void * arg) at kernel/kthread.c:376
                """))));
    }

    @Test
    void aNameBuiltOnTheNameBelowItIsEvidenceEnoughUnderAnyCaption() {
        assertEquals("""
                root tile_store(struct tile * t)
                  call do_tile_store(struct tile * t, int n)
                    call tile_encode(struct tile * t)
                """, withoutLocations(Parsing.shape(Parsing.parse("""
                ```
                what happens:
                tile_encode(struct tile * t) (src/tile/enc.c:12)
                do_tile_store(struct tile * t, int n) (src/tile/store.c:80)
                tile_store(struct tile * t) (src/tile/store.c:95)
                ```
                """))));
    }

    @Test
    void aCaptionedListOfLocatedDefinitionsInAFenceStaysCode() {
        for (String caption : new String[] {"Functions touched by the patch:", "Definitions:"}) {
            Note note = Parsing.parse("```\n" + caption + "\n"
                    + "load_config(const char *path) (src/conf.c:42)\n"
                    + "save_report(struct report *r) (src/report.c:97)\n```\n");
            assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
        }
    }

    @Test
    void threeLocatedDefinitionsInTheTextUnderACaptionStayText() {
        Note note = Parsing.parse("""
                Functions this release touches:

                load_config(const char *path) at src/conf.c:42
                save_report(struct report *r) at src/report.c:97
                free_cache(int slot) at src/cache.c:8
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void locatedFramesBuiltTopDownAreNoStackWrittenInnermostFirst() {
        Note note = Parsing.parse("""
                Helpers:

                tile_store(struct tile * t) at src/tile/store.c:95
                tile_store_locked(struct tile * t) at src/tile/store.c:80
                tile_encode(struct tile * t) at src/tile/enc.c:12
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aRunawayStackOfTenThousandFramesIsReadAsBeforeInLinearTime() {
        StringBuilder frames = new StringBuilder();
        for (int k = 0; k < 10_000; k++) {
            frames.append("spin_").append(k).append("(int depth) (src/spin").append(k).append(".c:").append(k + 1).append(")\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String text : new String[] {"backtrace:\n\n" + frames, "```\nbacktrace:\n" + frames + "```\n"}) {
                Note note = Parsing.parse(text);
                assertFalse(note.diagnostics().stream().anyMatch(d -> d.ruleId().equals("parser-limit")));
                assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note).lines().limit(3).toList().toString());
            }
        });
    }

    /** The shape with each step's location dropped. */
    private static String withoutLocations(String shape) {
        return shape.replaceAll("\\s+\\(\\s*[^()\\s]+:\\d+\\)?", "").replaceAll("\\s+at [^\\s]+:\\d+", "");
    }
}
