package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Plain-text call trees whose steps are each led by {@code --} ({@code --f()}), four blanks a level, with a
 * right-hand column of source files and remarks; the arms of box-drawn trees with and without a head; and
 * remarks carried on under a step. Every fragment is made up.
 */
class DashLedIndentedTreesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void anElisionLedByDashesIsAStepInWordsAmongItsSiblings() {
        assertEquals("""
                root boot_main()  src/boot.c
                  call loop_create()  src/loop.c
                    call poll_create()
                  prose ...
                  call listen_on(port)  src/net.c
                    call sock_bind()
                  call loop_run()
                """, read(
                "Startup",
                "-------",
                "--boot_main()                                  src/boot.c",
                "    --loop_create()                            src/loop.c",
                "        --poll_create()",
                "    --...",
                "    --listen_on(port)                          src/net.c",
                "        --sock_bind()",
                "    --loop_run()"));
    }

    @Test
    void aRemarkCarriedOnInTheRightHandColumnIsNoStep() {
        assertEquals("""
                root boot_main()  src/boot.c
                  call loop_add(fd, on_accept)  registers the read event,
                    call poll_add()  on_accept()
                  call loop_run()
                """, read(
                "Startup",
                "-------",
                "--boot_main()                                  src/boot.c",
                "    --loop_add(fd, on_accept)                  registers the read event,",
                "        --poll_add()                           on_accept()",
                "                                               runs on a new client",
                "    --loop_run()"));
    }

    @Test
    void optionsWithTheirHelpInAColumnStayText() {
        assertEquals("", read(
                "Options:",
                "",
                "--verbose           print more",
                "--quiet             print less",
                "                    and nothing else",
                "--color=auto        colour the output"));
    }

    @Test
    void aStepUnderAStepWithARemarkStaysAStep() {
        assertEquals("""
                root serve()  src/serve.c
                  call prepare()
                  call handle()  answers the client
                    call reply()
                """, read(
                "Serving",
                "-------",
                "--serve()                                      src/serve.c",
                "    --prepare()",
                "    --handle()                                 answers the client",
                "        --reply()"));
    }

    @Test
    void aCommentCarriedOnUnderARailArmIsNoStep() {
        Parsing.assertShape("""
                root main()
                  call setup(cfg)  // reads the file and
                  call run(cfg)
                """,
                "main()",
                " |",
                " |--> setup(cfg); // reads the file and",
                " |                  fills the table",
                " |--> run(cfg);");
    }

    @Test
    void oneMoreHeadUnderAnIndirectCallIsWhereItLands() {
        assertEquals("""
                root serve()  src/serve.c
                  call loop_poll()
                  call ev->on_read()
                    call read_request()  src/req.c
                      call parse_header()
                  call finish()
                """, read(
                "Dispatch",
                "--------",
                "--serve()                                      src/serve.c",
                "    --loop_poll()",
                "    --ev->on_read()",
                "    -->read_request()                          src/req.c",
                "        --parse_header()",
                "    --finish()"));
    }

    @Test
    void oneMoreHeadUnderADirectCallIsItsSibling() {
        assertEquals("""
                root serve()  src/serve.c
                  call prepare()
                  call other_name()
                    call reply()
                """, read(
                "Walk",
                "----",
                "--serve()                                      src/serve.c",
                "    --prepare()",
                "    -->other_name()",
                "        --reply()"));
    }

    @Test
    void aLoopWithItsConditionLeftOutIsALoop() {
        assertEquals("""
                root Runs in the flusher thread, every second
                  loop while()
                    call pick_dirty()
                    call write_back()
                  prose 检查空闲页数量
                    call reclaim()
                """, read(
                "Flushing",
                "--------",
                "Runs in the flusher thread, every second",
                "--while()",
                "    --pick_dirty()",
                "    --write_back()",
                "--检查空闲页数量",
                "    --reclaim()"));
        assertEquals("""
                root\s
                  call flush()
                    loop while()
                      call pick_dirty()
                    call whilst()
                """, read(
                "Flushing",
                "--------",
                "-> flush()",
                "    -> while()",
                "        -> pick_dirty()",
                "    -> whilst()"));
    }

    @Test
    void aHeadedBoxArmInWordsIsACallWhereOtherArmsHaveNoHead() {
        Parsing.assertShape("""
                root load_conf()
                  call parse_file(&cf)
                    call handle_line(cf)
                      call 调用指令的 set 回调
                """,
                "load_conf()",
                "  └──> parse_file(&cf);",
                "        ├── 逐行读取配置",
                "        |",
                "        ├──> handle_line(cf);",
                "              ├── 查找指令定义",
                "              ├──> 调用指令的 set 回调");
    }

    @Test
    void wordsOnHeadedArmsStayWordsWhenEveryArmHasAHead() {
        Parsing.assertShape("""
                root load_conf()
                  call parse_file(&cf)
                  prose 调用指令的 set 回调
                  prose 读取下一行
                """,
                "load_conf()",
                "  ├──> parse_file(&cf);",
                "  ├──> 调用指令的 set 回调",
                "  └──> 读取下一行");
    }
}
