package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Fences of trees drawn with a lone corner before every arm ({@code └ step}, no {@code ─}, no rails), arms
 * mostly sentences in words with calls in them, several trees under bare calls at column 0, maybe a
 * one-line chain of calls above them, and calls whose arguments wrap onto tab-indented lines: read as
 * traces, each arm a step under the arm or root it hangs below. Taxonomies, listings and trees that name
 * no call stay text. Every fragment is made up.
 */
class CornerTreesTest {

    @Test
    void aChainLineThenTreesOfLoneCornersReadAsRootsAndNestedSteps() {
        assertEquals("""
                root start_app() -> post_msg(g_loop, boot_cb, NULL)
                root boot_cb()
                  if 在 g_ready == true 时: load_all(done_cb, NULL)
                    call load_all(done_cb, NULL)
                      prose 记下 g_done_fn 和 g_done_arg
                      call load_next(0)
                        if 在全部模块加载完成后: g_done_fn(rc, g_done_arg);
                        prose 按依赖顺序选出下一个模块，调用其 init 回调
                root mgr_init()
                  call mgr_setup(NULL)
                  prose 打开管理通道
                """, Parsing.shape(Parsing.parse("""
                ```
                start_app() -> post_msg(g_loop, boot_cb, NULL);

                boot_cb()
                  └ 在 g_ready == true 时: load_all(done_cb, NULL)
                      └  load_all(done_cb, NULL)
                          └ 记下 g_done_fn 和 g_done_arg
                          └ load_next(0)
                              └ 在全部模块加载完成后: g_done_fn(rc, g_done_arg);
                              └ 按依赖顺序选出下一个模块，调用其 init 回调

                mgr_init()
                  └ mgr_setup(NULL)
                  └ 打开管理通道
                ```
                """)));
    }

    @Test
    void aCallWrappedOntoTabIndentedLinesIsOneStep() {
        assertEquals("""
                root mgr_init()
                  call init_all(done_cb, NULL)
                    prose 记下 g_cb 和 g_arg
                    call register_dev(&g_mgr, ch_create, ch_destroy, sizeof(struct mgr_ch), "mgr")  // 名字
                    call start_modules()
                    assign g_mgr.ready = true
                """, Parsing.shape(Parsing.parse("""
                ```
                mgr_init()
                  └ init_all(done_cb, NULL);
                      └ 记下 g_cb 和 g_arg
                      └ register_dev(&g_mgr, ch_create,
                \t\t\t\tch_destroy,
                \t\t\t\tsizeof(struct mgr_ch),
                \t\t\t\t"mgr"); // 名字
                      └ start_modules();
                      └ g_mgr.ready = true;
                ```
                """)));
    }

    @Test
    void aTaxonomyDrawnWithLoneCornersStaysText() {
        assertNoTrace("""
                ```
                fruit
                  └ apple
                  └ pear
                      └ 青梨
                ```
                """);
        assertNoTrace("""
                ```
                fs_types
                  └ ext4
                  └ xfs_v5
                  └ btrfs
                ```
                """);
    }

    @Test
    void aListingDrawnWithLoneCornersStaysText() {
        assertNoTrace("""
                ```
                project()
                  └ src/
                  └ main.c
                ```
                """);
    }

    @Test
    void stepsInWordsThatNameNoCallStayText() {
        assertNoTrace("""
                ```
                make_tea()
                  └ 烧水
                  └ 泡茶
                ```
                """);
    }

    @Test
    void aChainLineOverARootWithoutArmsStaysText() {
        assertNoTrace("""
                ```
                open_db() -> check_db(x);

                load_db()
                ```
                """);
    }

    @Test
    void aCornerInProseStaysText() {
        assertNoTrace("""
                The bus goes round the corner └ and stops at boot_stop(now) then leaves.

                └ 这里 call_it(x) 只是一句话。
                """);
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }
}
