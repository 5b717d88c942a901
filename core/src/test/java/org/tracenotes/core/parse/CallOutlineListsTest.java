package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Call flows written as Markdown lists outside fences: steps in words among the calls, a name closed by a
 * full stop, a numbered walk-through cut by a code block. Every fragment is made up; the expected tree is
 * written as indented {@code kind text} lines.
 */
class CallOutlineListsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    /**
     * An item in words alone under a call stays that call's remark (core's {@code ItemRemarks}); one among other
     * items is a step; one deeper than the call after it is an aside, a remark.
     */
    @Test
    void itemsInWordsOfAnOutlineThatTellsStagesInWordsAreProseSteps() {
        String shape = read(
                "### 处理流程",
                "  - 加载模块.",
                "  - 打开设备.",
                "    - dev_probe_all",
                "      - 设置回调 dev_on_ready",
                "      - dev_probe_one",
                "    - dev_open_ports",
                "      - create & bind port",
                "  - 开始服务",
                "    - dev_poll_once",
                "        - 到这里请求已经读完了.",
                "      - dev_dispatch",
                "        - dev_read_one",
                "");
        assertEquals("""
                root 加载模块.
                root 打开设备.
                  call dev_probe_all
                    prose 设置回调 dev_on_ready
                    call dev_probe_one
                  call dev_open_ports  create & bind port
                root 开始服务
                  call dev_poll_once
                    call dev_dispatch
                      call dev_read_one
                """, shape);
    }

    @Test
    void bulletsOfOtherAuthorsTellingStagesInWordsReadTheSame() {
        assertEquals("""
                root Start the engine
                  call eng_init
                    prose read the config file
                    call eng_load_plugins
                      call eng_load_one
                root Serve
                  call eng_accept  hand the socket to a worker
                """, read(
                "* Start the engine",
                "    * eng_init",
                "        * read the config file",
                "        * eng_load_plugins",
                "            * eng_load_one",
                "* Serve",
                "    * eng_accept",
                "        * hand the socket to a worker",
                ""));
    }

    @Test
    void aNameListWhoseWordsOnlyAnnotateTheNamesKeepsThemAsRemarks() {
        String shape = read(
                " * ring_alloc",
                "   * ring_init",
                "     * ここでは何もしない",
                "     * slot_get",
                "       * 失敗したら返す",
                "");
        assertEquals("""
                root ring_alloc
                  call ring_init
                    call slot_get
                """, shape);
    }

    @Test
    void aNameClosedByAFullStopIsTheCallItNames() {
        assertEquals("""
                root dev_handler
                  call dev_read_request.
                    call dev_parse_line
                      call dev_parse_header.    ====> 解析报文头
                    call dev_finish
                """, read(
                "- dev_handler",
                "  - dev_read_request.",
                "    - dev_parse_line",
                "      - dev_parse_header.    ====> 解析报文头",
                "    - dev_finish",
                ""));
    }

    @Test
    void aNumberedWalkThroughGoesOnBelowTheCodeBlockThatCutIt() {
        Note note = Parsing.parse(String.join("\n",
                "这个函数做了这些事：",
                "1. 调用`dev_lookup(name)`来找到设备;",
                "2. 调用`dev_args_init(a)`来初始化参数,内容如下:",
                "```c",
                "struct dev_args { int flags; };",
                "```",
                "3. 调用`dev_setup(d)`,该函数准备设备",
                "    1. 调用`slot_get()`来取得槽位",
                "    2. 将槽位挂到设备的链表上",
                "4. 调用`dev_start(d)`,开始工作",
                "    1. 调用`queue_kick()`",
                "    2. 调用`irq_enable()`",
                "",
                "Words.") + "\n");
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("""
                  call 调用`dev_setup(d)`,该函数准备设备
                    call 调用`slot_get()`来取得槽位
                    prose 将槽位挂到设备的链表上
                  call 调用`dev_start(d)`,开始工作
                    call 调用`queue_kick()`
                    call 调用`irq_enable()`
                """), shape);
    }

    @Test
    void ordinaryListsStayProse() {
        assertEquals("", read(
                "## Features",
                "",
                "- Fast start",
                "  - loads plugins lazily",
                "    - see plugin_loader for details",
                "- Small footprint",
                "  - no runtime dependencies",
                "",
                "## TODO",
                "",
                "- [ ] write the docs",
                "  - [ ] the config_file section",
                "- [x] release 1.2",
                ""));
        assertEquals("", read(
                "## Install",
                "",
                "1. Download the archive",
                "2. Unpack it:",
                "```sh",
                "tar xf tool.tar.gz",
                "```",
                "3. Run `make install`",
                "    1. call `make check` first",
                "4. Start it with `tool --serve`",
                ""));
    }

    @Test
    void aFlatListOfFunctionsWithQuotedItemsReadsTheQuotedItemsAsTheirSteps() {
        assertEquals("""
                root dev_start()  : 启动设备
                  prose 获取当前设备
                  call 调用 dev_bind
                root dev_stop  ：停止设备
                root func dev_run(d *dev) ：
                  prose 加锁
                  call dev_poll  轮询
                """, read(
                "## 函数",
                "",
                "- dev_start(): 启动设备",
                "- > 获取当前设备",
                "- > 调用 dev_bind",
                "- dev_stop：停止设备",
                "- func dev_run(d *dev) ：",
                "- > 加锁",
                "- > dev_poll 轮询",
                ""));
        assertEquals("""
                root ring_open:
                  call ring_lookup
                  prose then take the ring lock
                root ring_close(r)
                  call ring_flush
                  call ring_put
                """, read(
                "* ring_open:",
                "* > ring_lookup",
                "* > then take the ring lock",
                "* ring_close(r):",
                "* > ring_flush",
                "* > ring_put",
                ""));
    }

    @Test
    void listsWithQuotesUnderWordsOrSettingsStayProse() {
        assertEquals("", read(
                "## Tips",
                "",
                "- Keep timeouts short",
                "- > a long timeout hides a dead peer",
                "- Prefer retries: they are cheap",
                "- > but cap them",
                "- > and log each one",
                "- > with its cause",
                ""));
        assertEquals("", read(
                "- host: the server name",
                "- port: the server port",
                "- retries: how often to try",
                "- timeout: seconds to wait",
                ""));
    }

    @Test
    void aGlossaryWithQuotedExamplesUnderItsTermsStaysProse() {
        assertEquals("", read(
                "## Terms",
                "",
                "- jitter: how much the delay varies",
                "- > small on a quiet link",
                "- > large when queues fill",
                "- backlog: requests not yet served",
                "- > grows under load",
                "- > drains after a spike",
                ""));
        assertEquals("", read(
                "- timeout：等待的秒数",
                "- > 默认 30",
                "- > 设为 0 则不等",
                "- retries：重试几次",
                "- > 默认 3",
                "- > 每次间隔加倍",
                ""));
        assertEquals("", read(
                "- latency: time to the first reply",
                "- > _always_ measured at p99",
                "- > users notice it",
                "- jitter: how much it varies",
                "- > __small__ on a quiet link",
                "- > large when queues fill (see below)",
                ""));
    }

    @Test
    void namesWithAColonOverQuotedCodeAreFunctionsWithTheirSteps() {
        assertEquals("""
                root runqgrab：从别的 p 偷 g
                  call 调用 runq_lock(p)
                  prose 取一半
                root stealwork：找可运行的 g
                  call 调用 runqgrab(p)
                  prose 失败则返回
                """, read(
                "- runqgrab：从别的 p 偷 g",
                "- > 调用 runq_lock(p)",
                "- > 取一半",
                "- stealwork：找可运行的 g",
                "- > 调用 runqgrab(p)",
                "- > 失败则返回",
                ""));
    }

    @Test
    void aQuotedItemInAnOrdinaryCallTreeStandsAtItsBullet() {
        assertEquals("""
                root dev_open()
                  call dev_lock()
                  prose > takes the big lock
                  call dev_read()
                    call buf_fill()
                """, read(
                "```",
                "- dev_open()",
                "  - dev_lock()",
                "  - > takes the big lock",
                "  - dev_read()",
                "    - buf_fill()",
                "```",
                ""));
    }
}
