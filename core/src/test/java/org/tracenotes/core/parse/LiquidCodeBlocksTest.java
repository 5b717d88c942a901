package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.TraceBlock;

/**
 * A Jekyll, Octopress or Hexo note writes its code blocks with Liquid tags ({@code {% highlight c %}} …
 * {@code {% endhighlight %}}, {@code {% codeblock lang:c %}} … {@code {% endcodeblock %}}): such a block
 * is a fence everywhere a fence is looked for, its language is its info string, and its lines are
 * literal. {@code {% raw %}} is no code block. Every fragment is made up.
 */
class LiquidCodeBlocksTest {

    private static final String TREE = """
            widget_probe()
             |-widget_alloc()
             |  |-kzalloc()
             |-widget_register()           // puts it on the bus
               |-bus_add_widget()
            """;

    private static java.util.List<Block> blocks(Note note) {
        return note.sections().stream().flatMap(s -> s.blocks().stream()).toList();
    }

    private static String shape(String text) {
        return Parsing.shape(Parsing.parse(text));
    }

    @Test
    void aTreeInAHighlightTagIsReadAsInAFence() {
        String fenced = shape("Probing:\n\n```text\n" + TREE + "```\n\nafter it\n");
        assertTrue(fenced.contains("call bus_add_widget"), fenced);
        String liquid = "Probing:\n\n{% highlight text %}\n" + TREE + "{% endhighlight %}\n\nafter it\n";
        assertEquals(fenced, shape(liquid));
        TraceBlock block = Parsing.onlyBlock(Parsing.parse(liquid));
        assertEquals(3, block.range().line(), "the block starts at its opening tag");
        assertEquals(9, block.range().endLine(), "and ends at its closing tag");
        assertTrue(block.fenced());
        assertEquals("text", block.info());
    }

    @Test
    void aHighlightTagOfCodeIsACodeBlockWithItsLanguage() {
        Note note = Parsing.parse("""
                The loop:

                {% highlight c linenos %}
                for (i = 0; i < n; i++)
                        total += a[i];
                {% endhighlight %}
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
        CodeBlock code = null;
        for (Block b : blocks(note)) {
            if (b instanceof CodeBlock c) {
                code = c;
            }
        }
        assertNotNull(code, "the tags make a code block");
        assertEquals("c", code.info());
        assertTrue(code.content().contains("total += a[i];"), code.content());
    }

    @Test
    void aFenceLineInsideAHighlightTagIsItsText() {
        String listing = """
                ```
                widget_probe()
                => widget_alloc()
                => widget_register()
                ```
                """;
        String inTilde = shape("~~~markdown\n" + listing + "~~~\n");
        assertEquals(inTilde, shape("{% highlight markdown %}\n" + listing + "{% endhighlight %}\n"),
                "the backtick lines are the listing's, as in a tilde fence");
    }

    @Test
    void aCodeblockTagWithTrimmingMarksIsABlockToo() {
        String fenced = shape("```\n" + TREE + "```\n");
        assertEquals(fenced, shape("{%- codeblock widget.c lang:c -%}\n" + TREE + "{%- endcodeblock -%}\n"));
    }

    @Test
    void aRawTagIsNoCodeBlockAndAFenceInsideItStaysAFence() {
        String fenced = "```\n" + TREE + "```\n";
        assertEquals(shape(fenced), shape("{% raw %}\n" + fenced + "{% endraw %}\n"));
    }

    @Test
    void anOpeningTagWithoutItsClosingTagOpensNoBlock() {
        Note note = Parsing.parse("""
                {% highlight text %}

                Then the widget is probed, see the post on buses.
                """);
        assertTrue(blocks(note).stream().noneMatch(b -> b instanceof CodeBlock), blocks(note).toString());
    }

    @Test
    void aNoteCutInPiecesReadsAHighlightBlockOfHashLinesAsAWholeParseDoes() {
        String text = """
                # Enabling a widget

                {% highlight text %}
                widget_enable(w)
                # echo 1 > /sys/widget/w0/enable
                 |-widget_power_on(w)
                 |  |-widget_poke(w, 1)
                 |-widget_start(w)
                # echo 0 > /sys/widget/w0/enable
                {% endhighlight %}

                # After it

                the widget runs.
                """;
        NoteParser whole = new NoteParser(ParseOptions.defaults(), Integer.MAX_VALUE, true);
        NoteParser everyHeading = new NoteParser(ParseOptions.defaults(), 1, true);
        Note read = whole.parse("liquid.md", text);
        assertEquals(1, read.traceBlocks().size(), Parsing.shape(read));
        for (int[] cut : SectionedParse.cuts(text, 1)) {
            assertTrue(cut[0] < text.indexOf("{% highlight") || cut[0] > text.indexOf("{% endhighlight"),
                    "cut inside the block at " + cut[0]);
        }
        assertEquals(read, everyHeading.parseInPieces("liquid.md", text));
    }

    @Test
    void aClosingTagTypedInALaterSectionClosesAnEarlierBlockAsAWholeParseDoes() {
        NoteParser parser = new NoteParser();
        String before = """
                # One

                {% highlight text %}
                widget_enable(w)
                 |-widget_power_on(w)
                 |-widget_start(w)

                # Two

                widget_done(w)
                """;
        Note note = parser.parse("n.md", before);
        int at = before.length();
        String after = before + "{% endhighlight %}\n";
        assertEquals(parser.parse("n.md", after), parser.reparse(note, at, at, "{% endhighlight %}\n"));
    }

    @Test
    void liquidTagLinesAreFenceLinesForTheLineScans() {
        assertTrue(org.tracenotes.grammar.FenceLines.fenceOrPreLine("{% highlight c %}"));
        assertTrue(org.tracenotes.grammar.FenceLines.fenceOrPreLine("  {% endhighlight %}"));
        assertFalse(org.tracenotes.grammar.FenceLines.fenceOrPreLine("{% include note.html %}"));
        assertFalse(org.tracenotes.grammar.FenceLines.fenceOrPreLine("{% highlight %}"), "highlight names a language");
        assertEquals("c", org.tracenotes.grammar.FenceLines.info("{% highlight c linenos %}"));
        assertEquals("c", org.tracenotes.grammar.FenceLines.info("{% codeblock widget.c lang:c %}"));
        assertEquals("", org.tracenotes.grammar.FenceLines.info("{% codeblock %}"));
        assertEquals("sh", org.tracenotes.grammar.FenceLines.info("```sh"));
    }

    @Test
    void aClosingTagOfAnotherTagDoesNotEndTheBlockWhereTheNoteIsCut() {
        String text = """
                # Setup

                {% highlight text %}
                # a shell line
                {% endcodeblock %}
                # another shell line
                {% endhighlight %}

                # After it

                words.
                """;
        for (int[] cut : SectionedParse.cuts(text, 1)) {
            assertTrue(cut[0] < text.indexOf("{% highlight") || cut[0] > text.indexOf("{% endhighlight"),
                    "cut inside the block at " + cut[0]);
        }
    }

    @Test
    void anOpeningTagWithoutItsCloserLeavesTheHeadingsBelowItCuttable() {
        String text = """
                # Setup

                {% highlight text %}
                words

                # Later

                more words.
                """;
        int later = text.indexOf("# Later");
        assertTrue(SectionedParse.cuts(text, 1).stream().anyMatch(cut -> cut[0] == later));
    }

    @Test
    void oneReadingOfLiquidTagsOpensAndClosesWithTheSameTag() {
        int highlight = org.tracenotes.grammar.LiquidCodeBlocks.tag("  {% highlight c %}");
        assertTrue(highlight >= 0);
        assertTrue(org.tracenotes.grammar.LiquidCodeBlocks.closes("{% endhighlight %}", highlight));
        assertFalse(org.tracenotes.grammar.LiquidCodeBlocks.closes("{% endcodeblock %}", highlight));
        assertEquals(-1, org.tracenotes.grammar.LiquidCodeBlocks.tag("{% raw %}"));
        assertEquals(-1, org.tracenotes.grammar.LiquidCodeBlocks.tag("{"));
    }

    @Test
    void aBraceOfCodeIsNoFenceLine() {
        assertFalse(org.tracenotes.grammar.FenceMarkers.mayBeFence("    {"));
        assertEquals(0, org.tracenotes.grammar.FenceMarkers.openLength("{ .x = 1 },"));
        assertFalse(org.tracenotes.grammar.FenceLines.fenceOrPreLine("{"));
        assertFalse(org.tracenotes.grammar.FenceMarkers.closes("{% endhighlight %}", '`', 3));
    }
}
