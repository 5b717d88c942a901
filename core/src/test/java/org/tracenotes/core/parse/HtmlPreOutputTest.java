package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * What an HTML {@code <pre>} block holds besides traces: HTML source a tutorial shows in a Markdown fence, REPL
 * examples whose {@code =&gt;} reads "evaluates to", program output with arrows. They read as their author wrote
 * them, no trace. Every fragment is made up.
 */
class HtmlPreOutputTest {

    @Test
    void htmlSourceShownInAFenceKeepsItsReferences() {
        Note note = Parsing.parse("""
                # Escaping

                Write the arrows escaped:

                ```html
                <pre>
                begin -&gt; read_opts()
                  -&gt; open_store()
                </pre>
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void htmlSourceInIndentedCodeKeepsItsReferences() {
        Note note = Parsing.parse("# Escaping\n\nLike this:\n\n    <pre>\n    go_a()\n      -&gt; go_b()\n    </pre>\n\nDone.\n");
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void replExamplesWithResultsAreNoTrace() {
        Note note = Parsing.parse("""
                <p>Sorts a list:</p>
                <pre>
                coll.order([3, 1, 2], function(n){ return -n; });
                =&gt; [3, 2, 1]
                </pre>
                <pre>
                coll.size({one: 1, two: 2});
                =&gt; 2
                </pre>
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void buildLogsAndProfilerTreesWithArrowsAreNoTrace() {
        Note note = Parsing.parse("""
                <pre>
                Fetch -&gt; Unpack -&gt; Build
                  -&gt; looking for cc... found
                  -&gt; looking for ld... found
                </pre>
                <pre class="out">
                 k     bytes(B)    peak(B)
                 3        4,096      4,000
                88.10% (4,000B) (allocation sites)
                -&gt;60.00% (2,400B) 0x4005F0: load (prog.c:14)
                | -&gt;60.00% (2,400B) 0x400610: start (prog.c:30)
                -&gt;28.10% (1,600B) 0x400700: save (prog.c:41)
                </pre>
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aPreTraceOfCallsStillReads() {
        Note note = Parsing.parse("""
                <div class="flow"><pre>
                job_submit()
                -&gt; job_check()
                   -&gt; (1) take the lock
                      -&gt; job_lock(&amp;q)
                -&gt; job_run()
                </pre></div>
                """);
        assertEquals(1, note.traceBlocks().size(), Parsing.shape(note));
        assertTrue(Parsing.shape(note).contains("job_lock(&q)"), Parsing.shape(note));
    }
}
