package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A titled banner ({@code ====== start ======}, {@code ----- hooks -----}, {@code #### init}) over a column of
 * call statements in a note's text: the calls one function makes, in order. A careful reader reads every line
 * as a step of that one flow, side by side under the block's implied root, none a callee of the line above;
 * the banner stays outside. Code listings, shell commands, config lines, prose and word lists under a banner
 * are no such column. Every fragment is made up.
 */
class BannerCallSequencesTest {

    @Test
    void callStatementsUnderABannerAreStepsOfOneFlow() {
        assertEquals("""
                root\s
                  call srv_log_open(path)
                  call srv_parse_args(argc, argv)
                  call srv_time_init()
                  call srv_load_modules(&cycle)
                """, shapeOf("server.txt", """
                intro words

                ========== server start ==========
                srv_log_open(path);
                srv_parse_args(argc, argv);
                srv_time_init();
                srv_load_modules(&cycle);

                more words
                """));
    }

    @Test
    void remarksStepsInWordsAndCallsWithoutSemicolonStayInTheFlow() {
        assertEquals("""
                root\s
                  call pool_create(size)
                  prose 准备连接池
                  call conn_setup(&pool)  // 设置回调
                  call conn_listen(pool, port)
                  call pool_start(pool)
                """, shapeOf("pool.txt", """
                ----- 启动 -----
                pool_create(size);
                准备连接池
                conn_setup(&pool)			//	设置回调
                conn_listen(pool, port);
                pool_start(pool);
                """));
    }

    @Test
    void aCallsResultKeptAndMemberCallsAreStepsToo() {
        assertEquals("""
                root\s
                  assign dev = bus_find_dev(id)
                  call dev->ops->reset(dev)
                  call queue_attach(dev, q)  # hooks the queue
                """, shapeOf("bus.txt", """
                ***** probe order *****
                dev = bus_find_dev(id);
                dev->ops->reset(dev);
                queue_attach(dev, q);   # hooks the queue
                """));
    }

    @Test
    void aColumnOfNamesUnderAFlowTitleIsOneFlow() {
        assertEquals("""
                root\s
                  call alloc_main_conf
                  call alloc_srv_conf
                  call preconfig
                  call merge_srv_conf
                  call postconfig
                """, shapeOf("hooks.txt", """
                ---------- handler call order ----------
                alloc_main_conf
                alloc_srv_conf
                preconfig
                merge_srv_conf
                postconfig
                """));
    }

    @Test
    void aColumnOfNamesUnderATitleThatNamesNoFlowStaysText() {
        assertEquals("", shapeOf("api.txt", """
                ====== exported symbols ======
                cache_alloc_obj
                cache_free_obj
                cache_shrink_all
                """));
    }

    @Test
    void aCodeListingUnderABannerStaysText() {
        assertEquals("", shapeOf("main.txt", """
                /* ===== main ===== */
                int main(int argc, char **argv)
                {
                    setup_signals();
                    run_loop(argc);
                    return 0;
                }
                """));
        assertEquals("", shapeOf("init.txt", """
                ===== init =====
                count = 0;
                limit = read_limit(cfg);
                reset_stats(&stats);
                if (limit > 8)
                """));
    }

    @Test
    void shellCommandsUnderABannerStayText() {
        assertEquals("", shapeOf("INSTALL.txt", """
                ====== Build steps ======
                ./configure --prefix=/usr
                make && make install
                make check
                """));
        assertEquals("", shapeOf("setup.txt", """
                ##### setup #####
                pip install requests
                export PATH_PREFIX=/opt
                python setup.py build
                """));
    }

    @Test
    void configLinesAndCallsWithStringsUnderABannerStayText() {
        assertEquals("", shapeOf("server.conf.txt", """
                ======= worker settings =======
                worker_processes  4;
                worker_connections 1024;
                keepalive_timeout 65;
                """));
        assertEquals("", shapeOf("log.txt", """
                ----- console output -----
                console.log("ready");
                logger.info('started', port);
                print_banner("v1");
                """));
    }

    @Test
    void proseAndShortColumnsUnderABannerStayText() {
        assertEquals("", shapeOf("notes.txt", """
                ======== 说明 ========
                这里记录启动的过程
                以及每一步做了什么
                最后总结
                """));
        assertEquals("", shapeOf("two.txt", """
                ===== tail =====
                flush_all(log);
                close_all(log);
                """));
    }

    @Test
    void aBannerOverStepsAtDifferentColumnsIsNoFlatColumn() {
        assertEquals("", shapeOf("tree.txt", """
                ====== start ======
                ngx_start(a);
                    ngx_sub(b);
                ngx_end(c);
                """).lines().filter(l -> l.startsWith("root \n")).findAny().orElse(""));
    }

    @Test
    void callsWithoutSemicolonsUnderATitleThatNamesNoFlowStayText() {
        assertEquals("", shapeOf("README.txt", """
                ------ getting going ------
                srv = make_server(settings)
                srv.add_routes(table)
                srv.serve(port)
                """));
    }

    @Test
    void callsWithoutSemicolonsUnderAFlowTitleAreOneFlow() {
        assertEquals("""
                root\s
                  call bus_scan(host)
                  call bus_attach(host, dev)
                  call bus_enable(dev)
                """, shapeOf("bus.txt", """
                ====== bus probe flow ======
                bus_scan(host)
                bus_attach(host, dev)
                bus_enable(dev)
                """));
    }

    @Test
    void aColumnUnderATitleThatNamesAnExampleOrAUsageStaysText() {
        assertEquals("", shapeOf("lib.txt", """
                ===== short example =====
                queue_open(&q, 32);
                queue_put(&q, job);
                queue_close(&q);
                """));
        assertEquals("", shapeOf("use.txt", """
                ----- Usage -----
                cache = lru_new(limit)
                cache.put(key, value)
                cache.get(key)
                """));
        assertEquals("", shapeOf("demo.txt", """
                ***** 调用示例 *****
                pool_init(&p, 8);
                pool_submit(&p, task);
                pool_wait(&p);
                """));
        assertEquals("", shapeOf("flow-sample.txt", """
                ----- sample call flow -----
                load_image
                check_header
                map_segments
                """));
    }

    @Test
    void aColumnOfNamesUnderAnOrderOrStepsTitleStaysText() {
        assertEquals("", shapeOf("deploy.txt", """
                ====== Rollout order ======
                drain_nodes
                push_images
                restart_pods
                verify_health
                """));
        assertEquals("", shapeOf("boot.txt", """
                ---- boot sequence ----
                load_firmware
                init_storage
                start_agent
                """));
        assertEquals("", shapeOf("todo.txt", """
                ***** steps *****
                write_docs
                tag_release
                announce_it
                """));
    }

    @Test
    void aColumnOfNamesUnderACjkOrderTitleIsOneFlow() {
        assertEquals("""
                root\s
                  call init_clock
                  call init_irq
                  call init_timer
                """, shapeOf("boot.txt", """
                -------- 初始化顺序 --------
                init_clock
                init_irq
                init_timer
                """));
    }

    private static String shapeOf(String file, String text) {
        Note note = new NoteParser().parse(file, text);
        return Parsing.shape(note);
    }
}
