package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/**
 * A Graphviz digraph whose edges join code names is a trace: an edge line is a chain rooted at its first
 * name, a line led by {@code ->} continues the chain above one level deeper, a bare name is a root, and
 * the graph's own lines (head, attributes, subgraphs, braces) are no steps. A digraph of states or
 * modules stays a listing; outside a digraph, arrow-led lines under {@code a -> b} keep their reading.
 * Every fragment is made up.
 */
class DotCallChainsTest {

    @Test
    void edgesOfCodeNamesAreChainsAndArrowLedLinesContinueThem() {
        assertEquals("""
                root start_thing -> load_config
                  call parse_opts
                    call open_file
                root start_thing -> do_work -> finish_it  // the slow path
                root open_file -> read_block
                root lone_name
                """, Parsing.shape(Parsing.parse("""
                ```graphviz
                digraph {
                    fontname="Helvetica"
                    node [shape=record]
                    subgraph {
                        cluster=true
                        fd [style=invis]
                    }

                    start_thing -> load_config
                                -> parse_opts
                                -> open_file
                    start_thing -> do_work -> finish_it // the slow path
                    open_file -> read_block [label="x"]

                    lone_name
                }
                ```
                """)));
    }

    @Test
    void aDotFenceOfCodeNamesIsReadToo() {
        assertEquals("""
                root a_start -> b_load
                  call c_parse
                """, Parsing.shape(Parsing.parse("""
                ```dot
                digraph G {
                    a_start -> b_load
                            -> c_parse
                }
                ```
                """)));
    }

    @Test
    void aGraphOfStatesOrModulesStaysAListing() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```dot
                digraph states {
                    idle -> running -> stopped
                    running -> idle [label="pause"]
                }
                ```

                ```dot
                digraph modules {
                    Parser -> Lexer
                           -> Reader
                }
                ```
                """)));
    }

    @Test
    void arrowLedLinesOutsideADigraphKeepTheirSiblingReading() {
        assertEquals("""
                root start_thing -> load_config
                  call parse_opts
                  call open_file
                """, Parsing.shape(Parsing.parse("""
                ```
                start_thing -> load_config
                            -> parse_opts
                            -> open_file
                ```
                """)));
    }

    @Test
    void eachChainIsRootedAtItsFirstNameAndCallsTheNext() {
        Note note = Parsing.parse("""
                ```graphviz
                digraph {
                    start_thing -> load_config
                                -> parse_opts
                    start_thing -> do_work -> finish_it
                    open_file -> read_block;
                    open_file -> read_block [label="x"]
                }
                ```
                """);
        List<Root> roots = Parsing.onlyBlock(note).roots();
        assertEquals(List.of("start_thing", "start_thing", "open_file", "open_file"), roots.stream().map(Root::name).toList());
        assertEquals(List.of(RootKind.NAME, RootKind.NAME, RootKind.NAME, RootKind.NAME), roots.stream().map(Root::kind).toList());
        Step parse = roots.get(0).body().get(0);
        assertEquals(StepKind.CALL, parse.kind());
        assertEquals("parse_opts", ((Expr.Name) parse.expression()).name());
    }

    @Test
    void snakeCaseGraphsOfStatesModulesAndBuildStepsStayListings() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```dot
                digraph ticket_states {
                    rankdir=LR;
                    node [shape=circle];
                    ticket_open -> under_review;
                    under_review -> needs_info [label="ask"];
                    under_review -> ticket_closed;
                    needs_info -> under_review -> ticket_closed;
                }
                ```

                ```graphviz
                digraph packages {
                    web_ui -> api_client;
                    api_client -> json_codec;
                    web_ui -> log_sink;
                }
                ```

                ```
                digraph pipeline {
                  get_deps -> gen_headers -> build_lib -> link_bin
                  build_lib -> make_docs
                }
                ```
                """)));
    }

    @Test
    void aLongRunOfBlanksOnAnEdgeLineParsesAtOnce() {
        String line = "    a_b" + " ".repeat(100_000) + "-> c!\n";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Parsing.parse("```\ndigraph {\n" + line + "}\n```\n"));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Parsing.parse("```dot\ndigraph {\n    x_a -> y_b\n" + " ".repeat(100_000)
                + "-> z_c" + " ".repeat(100_000) + "[x]" + " ".repeat(100_000) + "!\n}\n```\n"));
    }
}
