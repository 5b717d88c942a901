package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A code path written in a note's text, outside fences, one paragraph a function: a chain {@code a->b->{ body }}
 * whose last callee's body follows in braces, or a name over its body {@code name{ … }}. The paragraph's head is
 * a root and its braces, not its columns, nest the body. Look-alikes (a hash access, an object, a CSS rule, a
 * shell function, a struct, C code, a sentence with one arrow, LaTeX) stay what they were. Every fragment is made up.
 */
class BraceChainBodiesTest {

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aChainWithItsWholeBodyOnOneLineIsARoot() {
        assertEquals("""
                root run_query->dispatch->{case Q_SELECT: parse_query(ctx, &state)}
                """, Parsing.shape(Parsing.parse("""
                run_query->dispatch->{case Q_SELECT: parse_query(ctx, &state)}
                """)));
    }

    @Test
    void aBodyOfNamesListedWithCommasIsTheRootsLine() {
        assertEquals("""
                root parse_query->{lex_sql,execute_query }
                """, Parsing.shape(Parsing.parse("""
                Some words first.

                parse_query->{lex_sql,execute_query }
                """)));
    }

    @Test
    void theBracesNotTheColumnsNestTheBody() {
        assertEquals("""
                root execute_query -> {case Q_SEL: run_select,
                  case Q_INS: res= cmd->execute(ctx);
                    if if (ctx->failed())
                      call rollback(ctx)
                    else else
                      call commit(ctx)
                  brace }
                """, Parsing.shape(Parsing.parse("""
                execute_query -> {case Q_SEL: run_select,
                Q_INS: res= cmd->execute(ctx);
                if (ctx->failed())
                \trollback(ctx);
                else
                \tcommit(ctx);
                }
                """)));
    }

    @Test
    void theChainsLastArrowOnALineOfItsOwnIsNoStep() {
        assertEquals("""
                root cmd->run  -> Query::run(Ctx *c) ->Query:: run_insert
                  call open_tables,
                  call check_rights,prepare_rows,
                  assign Insert_plan plan(c, mode)
                  if if (c->explain)
                    brace {
                    call explain_plan(c, &plan)
                    brace }
                  assign rc= write_rows(c, &plan)
                  brace }
                """, Parsing.shape(Parsing.parse("""
                cmd->run  -> Query::run(Ctx *c) ->Query:: run_insert
                ->{
                \topen_tables,
                \tcheck_rights,prepare_rows,
                \tInsert_plan plan(c, mode);
                \tif (c->explain)
                \t{
                \t\texplain_plan(c, &plan);
                \t}
                \trc= write_rows(c, &plan);
                }
                """)));
    }

    @Test
    void anAllmanBraceUnderAChainOpensItsLastCalleesBody() {
        assertEquals("""
                root open_file->path_lookup->walk_parts
                  brace {
                  call lookup_one(dir, name)
                  if if (found)
                    return return hit
                  brace }
                """, Parsing.shape(Parsing.parse("""
                open_file->path_lookup->walk_parts
                {
                \tlookup_one(dir, name);
                \tif (found)
                \t\treturn hit;
                }
                """)));
    }

    @Test
    void aCaseLabelOpeningTheBodyIsACaseAndTheLabelAboveTheChainNoStep() {
        assertEquals("""
                root scan_all -> {
                  case case Q_SEL: rc= check(c); walk_all -> { walk_one}
                  brace }
                """, Parsing.shape(Parsing.parse("""
                case Q_SEL:
                scan_all -> {
                 case Q_SEL: rc= check(c); walk_all -> { walk_one}

                }
                """)));
    }

    @Test
    void aNameOverItsBodyBesideAChainIsARootWhateverItsLinesColumns() {
        assertEquals("""
                root write_rows->{ table->file->insert_row
                  call table->hooks->before(c, ROW_INSERT, TRUE));
                  call pack_blobs
                  brace }
                root insert_row
                  call prepare_row()
                  call start_txn(t, true)
                  assign err = write_row(t)
                  brace }
                root commit_row
                  call log_row
                    call flush_log(t)
                    brace }
                  brace }
                """, Parsing.shape(Parsing.parse("""
                write_rows->{ table->file->insert_row
                table->hooks->before(c, ROW_INSERT, TRUE));
                pack_blobs
                }

                insert_row{
                prepare_row();

                \tstart_txn(t, true);
                \terr = write_row(t);
                }

                commit_row{
                \tlog_row{
                \t\tflush_log(t);
                \t}
                }
                """)));
    }

    @Test
    void aBracelessIfHoldsTheOneStatementUnderItWhateverItsTabs() {
        assertEquals("""
                root accept_loop->serve_one()
                  call Pool_handler::add_client
                    assign Client* c= info->make_client()
                    assign bool failed= false
                    if if (prepare_client(c))
                      assign failed= true  // remembered for the count
                    else else
                      brace {
                      expression delete info;
                      loop while (client_alive(c))
                        brace {
                        if if (serve(c))break;
                        brace }
                      brace }
                    expression delete c;
                    return return failed
                    brace }
                  brace }
                """, Parsing.shape(Parsing.parse("""
                accept_loop->serve_one(){
                \tPool_handler::add_client{
                \t\tClient* c= info->make_client();
                \t  bool failed= false;
                \t  if (prepare_client(c))
                \t\tfailed= true; // remembered for the count
                \t  else
                \t  {
                \t\tdelete info;
                \t\twhile (client_alive(c))
                \t\t{
                \t\t  if (serve(c))break;
                \t\t}
                \t  }
                \t\tdelete c;
                \t  \treturn failed;
                \t}
                }
                """)));
    }

    @Test
    void aNameOverItsBodyAloneStaysNoTrace() {
        assertNoTrace("""
                Our build:

                android_setup{
                  apply_plugin(app);
                }

                That is all.
                """);
    }

    @Test
    void aHashAccessIsNoChain() {
        assertNoTrace("""
                The loader keeps it:

                $config->{name} = load_name($file);
                my $v = $self->{cache}->{key};
                $self->{parser}->{run}(dispatch_all($x));
                """);
    }

    @Test
    void anObjectIsNoBody() {
        assertNoTrace("""
                config = {
                  start_server(port),
                  debug: true
                }
                """);
    }

    @Test
    void aCssRuleIsNoBody() {
        assertNoTrace("""
                body {
                  color: red;
                  background: url(img_bg.png);
                }

                main_box{
                  margin: 0 auto;
                }
                """);
    }

    @Test
    void aShellFunctionIsNoBody() {
        assertNoTrace("""
                function start_all {
                  start_one(x)
                }

                stop_all() {
                  kill_all "$pid"
                }
                """);
    }

    @Test
    void aStructDefinitionAndCCodeAreNoChain() {
        assertNoTrace("""
                struct widget_ops {
                  int (*open)(struct widget *w);
                };

                int main(void) {
                  run_loop(argc);
                  return 0;
                }
                """);
    }

    @Test
    void aSentenceWithOneArrowStaysProse() {
        assertNoTrace("""
                When the user clicks, the handler calls a->b and returns {quickly}.

                The result is kept in ctx->{state} for later.
                """);
    }

    @Test
    void latexIsNoBody() {
        assertNoTrace("""
                \\section{Intro_part}
                \\begin{itemize}
                \\item{run_it(x)}
                \\end{itemize}
                """);
    }

    @Test
    void aBranchOfAnotherLanguageIsNoChain() {
        assertNoTrace("""
                when (state) {
                    State.READY -> {
                        paint(view)
                    }
                    else -> {
                        wait_for(view)
                    }
                }
                """);
    }
}
