package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * One-line call chains in a plain-text note's words: captions over {@code a() -> b()} chains (a name aligned
 * under a callee, a wrapped {@code ->} line), and numbered steps in words over {@code -- a->b->c} lines. Each
 * chain line is one call step. Sentences, menu paths, logic arrows and SQL comments in words keep their
 * reading (no trace). Every fragment is made up.
 */
class ProseChainsTest {

    private static String shape(String file, String text) {
        return Parsing.shape(new NoteParser().parse(file, text));
    }

    /** {@link #shape}, each root's kind after {@code root} too, the caption's as well as the steps'. */
    private static String kinds(String file, String text) {
        StringBuilder out = new StringBuilder();
        for (TraceBlock b : new NoteParser().parse(file, text).traceBlocks()) {
            for (Root r : b.roots()) {
                out.append("root ").append(r.kind().id()).append(' ').append(r.text()).append('\n');
                r.body().forEach(st -> step(st, 1, out));
            }
        }
        return out.toString();
    }

    private static void step(Step st, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(st.kind().id()).append(' ').append(st.text()).append('\n');
        st.children().forEach(c -> step(c, depth + 1, out));
    }

    private static final String CAPTIONED = """
            Notes on the widget bus.

            At boot:
            board_setup() -> core_init() -> bus_init() -> dev_register()
                                                          bus_register()
            When a device registers:
            plat_dev_register() -> dev_initialize()
                                   plat_dev_add()
            When a driver registers:
            plat_drv_register() -> drv_register() -> bus_add_drv() -> drv_attach() -> bus_each_dev()
            -> __drv_attach() -> drv_probe_dev() -> bus->match() -> plat_match()
            -> strcmp(pdev->name, drv->name)

            The match compares names only.
            """;

    private static final String CAPTIONED_SHAPE = """
            root At boot:
              call board_setup() -> core_init() -> bus_init() -> dev_register()
                call bus_register()
            root When a device registers:
              call plat_dev_register() -> dev_initialize()
                call plat_dev_add()
            root When a driver registers:
              call plat_drv_register() -> drv_register() -> bus_add_drv() -> drv_attach() -> bus_each_dev()
                call __drv_attach() -> drv_probe_dev() -> bus->match() -> plat_match()
                  call strcmp(pdev->name, drv->name)
            """;

    @Test
    void captionsOverChainsAreRootsOverOneCallEach() {
        assertEquals(CAPTIONED_SHAPE, shape("bus.txt", CAPTIONED));
        assertEquals(CAPTIONED_SHAPE, shape("bus.c", CAPTIONED));
    }

    @Test
    void captionsOverChainsReadTheSameInMarkdownText() {
        assertEquals(CAPTIONED_SHAPE, shape("bus.md", CAPTIONED));
    }

    @Test
    void aNameAlignedByHandOneColumnOffIsStillACallee() {
        assertEquals("""
                root 启动时:
                  call board_setup() -> core_init() -> dev_register()
                    call bus_register()
                root 驱动注册时：
                  call plat_drv_register() -> drv_register()
                """, shape("boot.txt", """
                启动时:
                board_setup() -> core_init() -> dev_register()
                                                 bus_register()
                驱动注册时：
                plat_drv_register() -> drv_register()
                """));
    }

    @Test
    void oneCaptionedChainAloneOrAnUnalignedLineIsNoRun() {
        assertEquals("", shape("one.txt", """
                At boot:
                board_setup() -> core_init() -> dev_register()

                Some words about why the board starts first.
                """));
        assertEquals("", shape("code.txt", """
                At boot:
                board_setup() -> core_init() -> dev_register()
                    bus_register();
                When a driver registers:
                plat_drv_register() -> drv_register()
                """));
    }

    @Test
    void menuPathsAndLogicArrowsUnderCaptionsStayProse() {
        assertEquals("", shape("proxy.txt", """
                How to turn the proxy on.

                In the new settings app:
                Settings -> Advanced -> Network -> Proxy
                In the old control panel:
                Control Panel -> Internet Options -> Connections
                """));
        assertEquals("", shape("logic.txt", """
                Notation used below:
                A -> B means A implies B
                When both hold:
                A -> B -> C reads as A -> (B -> C)
                """));
    }

    @Test
    void uiStepsAndArrowsInSentencesStayProse() {
        assertEquals("", shape("setup.md", """
                ## Setting it up

                1. Open the app:
                   - File -> Open -> Project
                   - View -> Tool Windows -> Terminal
                2. The value -> is printed when the run ends.

                Our pipeline, in short:
                raw data -> cleaned data -> features -> model
                After training:
                model -> predictions -> report
                """));
    }

    @Test
    void numberedStepsOverDashedChainsAreStepsWithTheirCalls() {
        assertEquals("""
                root 2. Dropping a table, in short:
                  prose 1. take the dictionary lock
                    call ha_engine::drop->row_drop_for_sql->row_lock_dictionary
                  prose 2. start a DDL transaction
                    call ha_engine::drop->row_drop_for_sql->trx_start_ddl
                  prose 3. update the dictionary
                  prose 4. unlink the data file
                    call ha_engine::drop->row_drop_for_sql->fil_delete->os_file_delete
                """, shape("drop.sql", """
                -- what a DROP does, as I read it

                2. Dropping a table, in short:

                	1. take the dictionary lock
                		-- calls: ha_engine::drop->row_drop_for_sql->row_lock_dictionary
                \t\t
                	2. start a DDL transaction
                		-- calls: ha_engine::drop->row_drop_for_sql->trx_start_ddl

                	3. update the dictionary
                		-- builds one large SQL statement to clean the system tables

                	4. unlink the data file
                		-- removes the file.
                		-- ha_engine::drop->row_drop_for_sql->fil_delete->os_file_delete

                	Still to read: the purge thread.
                """));
    }

    @Test
    void aDashedChainBesideSubStepsIsTheOuterStepsCall() {
        assertEquals("""
                root 5. 删除表的过程：
                  prose 1. 加字典锁
                    call ha_engine::drop->row_drop_for_sql->row_lock_dictionary
                  prose 2. 清理缓冲池
                    prose 1. 锁住缓冲池;
                    prose 2. 删除脏页;
                    call ha_engine::drop->row_drop_for_sql->buf_flush_remove_pages
                  prose 3. 放锁
                    call ha_engine::drop->row_drop_for_sql->row_unlock_dictionary
                """, shape("drop.txt", """
                5. 删除表的过程：

                	1. 加字典锁
                		-- 函数：ha_engine::drop->row_drop_for_sql->row_lock_dictionary
                	2. 清理缓冲池
                		1. 锁住缓冲池;
                		2. 删除脏页;
                		-- ha_engine::drop->row_drop_for_sql->buf_flush_remove_pages
                	3. 放锁
                		-- 函数：ha_engine::drop->row_drop_for_sql->row_unlock_dictionary
                """));
    }

    @Test
    void sqlCommentsInWordsAndMemberPathsUnderNumberedStepsStayText() {
        assertEquals("", shape("schema.sql", """
                1. Create the schema:

                	1. the users table
                		-- holds one row per user
                		-- the id column is the key

                	2. the orders table
                		-- order_items->order_lines->order_rows
                """));
        assertEquals("", shape("locks.sql", """
                3. Locking, as I read it:

                	1. take the lock
                		-- dict->mutex->owner

                	2. release it
                		-- dict->mutex->waiters
                """));
    }

    @Test
    void captionsAreRootsOfWordsWithTheirChainsAsCalls() {
        assertEquals("""
                root prose At boot:
                  call board_setup() -> core_init() -> bus_init() -> dev_register()
                    call bus_register()
                root prose When a device registers:
                  call plat_dev_register() -> dev_initialize()
                    call plat_dev_add()
                root prose When a driver registers:
                  call plat_drv_register() -> drv_register() -> bus_add_drv() -> drv_attach() -> bus_each_dev()
                    call __drv_attach() -> drv_probe_dev() -> bus->match() -> plat_match()
                      call strcmp(pdev->name, drv->name)
                """, kinds("bus.txt", CAPTIONED));
    }

    @Test
    void oneWordCaptionsAreRootsOfWordsNotNestedLabels() {
        assertEquals("""
                root prose Startup:
                  call soc_setup() -> clk_init() -> irq_init()
                root prose Probe:
                  call gpio_drv_register() -> drv_register() -> bus_walk_devs()
                root prose Teardown:
                  call gpio_drv_remove() -> drv_unbind()
                """, kinds("gpio.txt", """
                Startup:
                soc_setup() -> clk_init() -> irq_init()
                Probe:
                gpio_drv_register() -> drv_register() -> bus_walk_devs()
                Teardown:
                gpio_drv_remove() -> drv_unbind()
                """));
    }

    @Test
    void aCaptionNamingACallPathIsSignEnoughForShortChains() {
        assertEquals("""
                root prose Open call path:
                  call open() -> lookup()
                root prose Close call path:
                  call close() -> release()
                """, kinds("io.txt", """
                Open call path:
                open() -> lookup()
                Close call path:
                close() -> release()
                """));
    }

    @Test
    void captionedChainsWithNoSignOfATraceStayProse() {
        assertEquals("", shape("upgrade.md", """
                # Upgrading

                Was renamed:
                fetch_item() -> load_item()

                Was replaced:
                begin() -> open()
                """), "renames, two links each");
        assertEquals("", shape("query.md", """
                Pick rows:
                conn()->rows()->all()
                Change rows:
                conn()->change()->commit()
                """), "a fluent API, no kernel name");
        assertEquals("", shape("states.txt", """
                Happy path:
                begin() -> work() -> end()

                Sad path:
                begin() -> crash() -> restart()
                """), "states as calls, no kernel name, a caption that names no call path");
        assertEquals("", shape("algebra.md", """
                First law:
                p(q(y)) -> q(p(y))
                Second law:
                u(y) -> w(y)
                """), "rewrite rules");
        assertEquals("", shape("usage.txt", """
                In Ruby:
                file.open() -> file.close()
                In Kotlin:
                Reader.next() -> Reader.done()
                """), "member calls, two links");
    }

    @Test
    void dashedChainsOfStatesWithNothingCalledStayText() {
        assertEquals("", shape("ticket.md", """
                1. Ticket states
                   1. Usual path
                      -- open_ticket->assigned_ticket->closed_ticket
                   2. Reopened path
                      -- closed_ticket->reopened_ticket->assigned_ticket
                """));
        assertEquals("", shape("migrate.sql", """
                1. schema history
                  1. add the index
                    -- migrate: v7_schema->v8_schema->v9_schema
                    CREATE INDEX i ON t (c);
                  2. fill it
                    -- path: staging_rows->merged_rows->final_rows
                    UPDATE t SET c = 1;
                SELECT 2;
                """));
    }

    @Test
    void aDashedChainWithAWorkerPairIsACall() {
        assertEquals("""
                root 1. Flushing, as I read it:
                  prose 1. take the lock
                    call flush_all->flush_one->__flush_one
                  prose 2. write the pages
                    call flush_all->write_pages->__write_pages
                """, shape("flush.txt", """
                1. Flushing, as I read it:
                	1. take the lock
                		-- flush_all->flush_one->__flush_one
                	2. write the pages
                		-- flush_all->write_pages->__write_pages
                """));
    }

    @Test
    void aLongRunOfDashedLinesUnderManyHeadingsIsReadInTime() {
        StringBuilder text = new StringBuilder();
        for (int h = 0; h < 200; h++) {
            text.append(" ".repeat(h)).append("1. heading\n");
        }
        for (int k = 0; k < 20_000; k++) {
            text.append(" ".repeat(200)).append("-- a_x::run->b_x->c_x->d_x\n");
        }
        long start = System.nanoTime();
        new NoteParser().parse("stair.txt", text.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(millis < 20_000, millis + " ms");
    }
}
