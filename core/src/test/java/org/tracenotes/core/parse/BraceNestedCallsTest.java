package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Brace-nesting pseudocode in the heads authors write besides {@code f(x) {}: the call above its body
 * (Allman, {@code f()} / {@code {}), the call a whole statement with the callee's body under it
 * ({@code f(x);} / {@code {}, {@code p = f(x);} / {@code {}), a name alone ({@code server_main{},
 * {@code Conn::accept_one{}), after its file ({@code src/main.cc: main{}), a remark after the brace,
 * PascalCase callees; told from C listings (a bare block after a statement, a loop macro written
 * Allman) and other notations' nested blocks (a server config, a build script, UI code). Every
 * fragment is made up.
 */
class BraceNestedCallsTest {

    @Test
    void callsAboveTheirBracesAreCallBodies() {
        Note note = Parsing.parse("""
                ```cpp
                boot()
                {
                    ServiceMain()
                    {
                        // 启动日志
                        StartLogger() {
                            logger_child_start(KIND_LOG){
                                LoggerMain()
                            }
                        }
                        AcceptLoop(){     // 等待连接
                            handle_one(conn)
                        }
                    }
                }
                ```
                """);
        assertEquals("""
                root boot()
                  brace {
                  call ServiceMain()
                    brace {
                    call StartLogger()
                      call logger_child_start(KIND_LOG)
                        call LoggerMain()
                        brace }
                      brace }
                    call AcceptLoop()  // 等待连接
                      call handle_one(conn)
                      brace }
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aCallStatementFollowedByItsCalleesBodyIsACallBody() {
        Note note = Parsing.parse("""
                ```c++

                int server_main(int argc, char **argv)
                {
                    setup_components();
                    {
                        catalog::load(CATALOG_FULL);
                        {
                            ptr = store_open_files(mode, spaces);
                            {
                                // 打开文件
                                page_cache_create(n_pages);
                            }
                        }
                    }
                }
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("""
                  call setup_components()
                    brace {
                    call catalog::load(CATALOG_FULL)
                      brace {
                      assign ptr = store_open_files(mode, spaces)
                        brace {
                        call page_cache_create(n_pages)
                """), shape);
    }

    @Test
    void callStatementsWithBodiesAtTheMarginAreATrace() {
        Note note = Parsing.parse("""
                ```c++
                txn_t txn;

                txn_begin(&txn);
                {
                    txn->state = TXN_ACTIVE;
                }

                rec_write_u32(ptr, 7, &txn);
                {
                    byte *p = nullptr;
                    rec_open(&txn, 16, p);
                    {
                        blk_t *b = has_room(16) ? tail() : grow();
                    }
                    p = rec_write_header(ptr, type, p);
                    {
                        p += write_compact(p, id);
                    }
                }
                ```
                """);
        String shape = Parsing.shape(note);
        assertEquals(1, note.traceBlocks().size());
        assertTrue(shape.contains("""
                  call rec_write_u32(ptr, 7, &txn)
                    brace {
                    assign byte *p = nullptr
                    call rec_open(&txn, 16, p)
                      brace {
                """), shape);
    }

    @Test
    void namesAloneOpeningBodiesUnderTheirFileAreATraceOutsideAFence() {
        Note note = Parsing.parse("""
                # Startup flow

                src/main.cc: main{
                \tserver_main{
                \t\tlog_init
                \t\tcfg = load_config(path);
                \t\tnet_listen(port);
                \t}
                }
                """);
        String shape = Parsing.shape(note);
        assertEquals(1, note.traceBlocks().size());
        assertTrue(shape.contains("""
                  call server_main
                    call log_init
                    assign cfg = load_config(path)
                    call net_listen(port)
                    brace }
                """), shape);
    }

    @Test
    void aMethodNamedWithItsClassOpensABodyInsideACall() {
        Note note = Parsing.parse("""
                Notes on the accept path.

                acceptor->event_loop(){
                \tConn_handler::accept_one{
                \t\tConn *c = make_conn();
                \t\tif (!c)
                \t\t\treturn;
                \t\tserve(c);
                \t}
                }
                """);
        assertEquals(1, note.traceBlocks().size());
        assertTrue(Parsing.shape(note).contains("  call Conn_handler::accept_one\n"), Parsing.shape(note));
    }

    @Test
    void callsAboveBracesInsideDefinitionsWrittenAllmanAreATrace() {
        Note note = Parsing.parse("""
                ```
                static void conn_read(struct conn *c)
                {
                    for ( ;; ) {
                        n = conn_fill(c);
                        req_parse_headers(c)
                        {
                            if (rc == DONE) {
                                req_process(c)
                                {
                                    req_run_phases(c);
                                }
                            }
                        }
                    }
                }
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("""
                    call req_parse_headers(c)
                      brace {
                      if if (rc == DONE)
                        call req_process(c)
                          brace {
                          call req_run_phases(c)
                """), shape);
    }

    @Test
    void aBareBlockAfterAStatementAndAnAllmanLoopMacroStayAListing() {
        Note note = Parsing.parse("""
                ```c
                static int queue_drain(struct queue *q)
                {
                    int n = 0;

                    spin_lock(&q->lock);
                    {
                        n = q->len;
                    }
                    list_for_each_entry(item, &q->items, node)
                    {
                        item_free(item);
                    }
                    return n;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void nestedBlocksOfConfigsAndBuildScriptsAreNoTrace() {
        String[] fences = {
            "http {\n    server {\n        listen 80;\n        location / {\n            proxy_pass http://backend;\n        }\n    }\n}\n",
            "http{\n  server{\n    listen 80;\n  }\n}\n",
            "android {\n    defaultConfig {\n        minSdk 21\n    }\n    buildTypes {\n        release {\n"
                    + "            proguardFiles(getDefaultProguardFile(\"x.txt\"), \"rules.pro\")\n        }\n    }\n}\n",
            "query {\n  user(id: 5) {\n    posts(first: 10) {\n      title\n    }\n  }\n}\n",
            "Column(modifier = Modifier.padding(8)) {\n    Row(modifier = Modifier.fillMaxWidth()) {\n        Text(title)\n    }\n}\n",
            "Group(items) {\n    Section(header) {\n        Label(title)\n    }\n}\n",
            "__try {\n    __try {\n        v = read_one(p);\n    }\n}\n",
        };
        for (String fence : fences) {
            assertEquals(0, Parsing.parse("```\n" + fence + "```\n").traceBlocks().size(), fence);
        }
    }

    @Test
    void anAllmanDefinitionWithAWrappedParameterListIsADefinitionNotAnotherBlock() {
        // the head above the bare brace is taken from where its parentheses open
        Note note = Parsing.parse("""
                ```c
                static void gadget_run(struct gadget *g,
                                       unsigned int flags)
                {
                    gadget_prepare(g) {
                        part_init(g);
                    }
                    gadget_start(g) {
                        part_go(g);
                    }
                }
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
    }

    @Test
    void framesAtOneColumnClosedByOneLineOfBracesNestEachInTheOneAbove() {
        Note note = Parsing.parse("""
                ```cpp
                boot(){
                kernel_main(){
                run_init(){
                    mount_root()   // 根
                    exec_init(){
                        load_binary()
                    }
                }}}
                ```
                """);
        assertEquals("""
                root boot()
                  call kernel_main()
                    call run_init()
                      call mount_root()  // 根
                      call exec_init()
                        call load_binary()
                        brace }
                  brace }}}
                """, Parsing.shape(note));
    }

    @Test
    void aLineOfClosingBracesEndsTheBodiesItCloses() {
        Note note = Parsing.parse("""
                ```c
                gadget_main(g) {
                    gadget_start(g) {
                        part_start(g) {
                            piece_start(g)
                        }}
                    gadget_stop(g)
                }
                ```
                """);
        assertEquals("""
                root gadget_main(g)
                  call gadget_start(g)
                    call part_start(g)
                      call piece_start(g)
                    brace }}
                  call gadget_stop(g)
                  brace }
                """, Parsing.shape(note));
    }
}
