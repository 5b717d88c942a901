package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;

/**
 * A trace in an HTML {@code <pre>} block as exported blog posts write it: arrows as character references
 * ({@code -&gt;}), the block wrapped in a {@code <div>}, lines led by inline markup. It reads as the browser shows
 * it, every step where the note has it. Ordinary preformatted HTML (a table, a shell session, prose) stays
 * text. Every fragment is made up.
 */
class HtmlPreTracesTest {

    @Test
    void escapedArrowsInAWrappedPreBlockReadAsATree() {
        Note note = Parsing.parse("""
                ## Flow

                <div class="flow"><pre>
                widget_open()
                -&gt; widget_lookup()
                   -&gt; widget_hash()
                   -&gt; widget_get(&amp;w)
                -&gt; widget_start()
                </pre></div>
                """);
        assertEquals("""
                root widget_open()
                  call widget_lookup()
                    call widget_hash()
                    call widget_get(&w)
                  call widget_start()
                """, Parsing.shape(note));
    }

    @Test
    void stepsKeepTheirColumnsInTheNote() {
        String text = "<pre>\nrun_x()\n   -&gt; step_x(&amp;ctx)\n      -&gt; leaf_x()\n</pre>\n";
        Note note = Parsing.parse(text);
        Root root = Parsing.onlyRoot(note);
        Step step = root.body().get(0);
        assertEquals(3, step.range().line());
        assertEquals(text.indexOf("-&gt; step_x"), step.range().offset(), "the step starts where its arrow does in the note");
        Step leaf = step.children().get(0);
        assertEquals(text.indexOf("-&gt; leaf_x"), leaf.range().offset());
        assertEquals(text, note.text(), "the note's text is never rewritten");
    }

    @Test
    void markupLeadingEveryLineIsNoText() {
        // a highlighter wraps every line alike; the steps stay at their columns in the note
        Note note = Parsing.parse("""
                <pre><code>
                <span class="ln">pump_run()</span>
                <span class="ln">  -&gt; pump_fill()</span>
                <span class="ln">     -&gt; pump_valve()</span><br>
                <span class="ln">  -&gt; pump_drain()</span>
                </code></pre>
                """);
        assertEquals("""
                root pump_run()
                  call pump_fill()
                    call pump_valve()
                  call pump_drain()
                """, Parsing.shape(note));
    }

    @Test
    void aShellSessionWithEscapedRedirectionsStaysText() {
        Note note = Parsing.parse("""
                Build it:

                <div class="term"><pre>
                $ make -j4 2&gt;&amp;1 | tee build.log
                $ grep -c warning build.log &gt; count.txt
                $ cat count.txt
                12
                </pre></div>
                """);
        assertTrue(note.traceBlocks().isEmpty());
    }

    @Test
    void aPreformattedTableOrCodeStaysText() {
        Note note = Parsing.parse("""
                <pre>
                name      size   notes
                -------   ----   -----------------
                alpha     12     &lt;none&gt;
                beta      40     &quot;fast&quot; &amp; small
                </pre>

                <pre><code>
                #include &lt;stdio.h&gt;
                int main(void) { return printf(&quot;hi\\n&quot;) &gt; 0; }
                </code></pre>

                <pre>
                The reader walks the list and stops at the first &lt;empty&gt; slot;
                nothing else happens here.
                </pre>
                """);
        assertTrue(note.traceBlocks().isEmpty());
    }

    @Test
    void anAmpersandThatNamesNoCharacterIsTheAuthorsText() {
        Note note = Parsing.parse("<pre>\nlock_all()\n  -&gt; grab(&dev;x)\n  -&gt; hold(a &amp;&amp; b)\n</pre>\n");
        Root root = Parsing.onlyRoot(note);
        assertEquals("grab(&dev;x)", root.body().get(0).text());
        assertTrue(root.body().get(1).text().startsWith("hold(a &&"), "the word closes up, blanks after it");
    }
}
