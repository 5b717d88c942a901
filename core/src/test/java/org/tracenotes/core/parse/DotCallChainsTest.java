package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
