package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Two small families of chains outside fences ({@code EntityArrows}, {@code LocatedChainLinks} and
 * {@code HeadedChainLists} in the grammar): a one-line chain in a paragraph whose arrows are HTML character
 * references ({@code &#8594;}, {@code &rarr;}), whose links may name their place ({@code `x.c:12:f()`}) and which
 * may open with a word saying where it enters; and a numbered list of function names under a heading naming a
 * chain, each item called by the one above, bullets under an item its remarks. Look-alikes keep their reading.
 * Every fragment is made up.
 */
class EntityChainsTest {

    private static void assertRead(String expected, String text) {
        Note note = Parsing.parse(text);
        assertEquals(expected, Parsing.shape(note), text);
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertEquals(0, note.traceBlocks().size(), () -> text + "\n=> " + Parsing.shape(note));
    }

    private static int roots(String text) {
        return Parsing.parse(text).traceBlocks().stream().mapToInt(b -> b.roots().size()).sum();
    }

    @Test
    void aChainWithNumericEntityArrowsAndLocatedLinksIsARootPerParagraph() {
        String text = "# Execution paths\n\n"
                + "syscall `read()` &#8594; `pl_file.c:57:pl_read()` &#8594; `fs_ops.c:180:fs_read()`\n\n"
                + "POSIX-entry `sync()` &#8594; `fs_ops.c:88:fs_sync()` &#8594; `log.c:356:log_flush()` \n";
        Note note = Parsing.parse(text);
        assertEquals(2, note.traceBlocks().size(), () -> Parsing.shape(note));
        assertEquals(3, note.traceBlocks().get(0).range().line());
        assertEquals(5, note.traceBlocks().get(1).range().line());
        assertEquals(2, roots(text));
    }

    @Test
    void everyArrowReferenceReadsAsTheArrowItNames() {
        for (String arrow : new String[] {"&#8594;", "&rarr;", "&#x2192;", "&#X2192;"}) {
            String text = "Some words.\n\n`open_x()` " + arrow + " `lookup_x()` " + arrow + " `fill_x()`\n\nMore words.\n";
            assertEquals(1, roots(text), text);
        }
    }

    @Test
    void theEntityChainReadsAsTheSameChainDrawnWithTheCharacter() {
        Note drawn = Parsing.parse("# Paths\n\n`open_x()` → `a.c:5:lookup_x()` → `b.c:9:fill_x()`\n");
        Note entity = Parsing.parse("# Paths\n\n`open_x()` &rarr; `a.c:5:lookup_x()` &rarr; `b.c:9:fill_x()`\n");
        assertEquals(1, drawn.traceBlocks().size());
        assertEquals(1, entity.traceBlocks().size());
        assertEquals(drawn.traceBlocks().get(0).range().line(), entity.traceBlocks().get(0).range().line());
        assertTrue(Parsing.shape(entity).startsWith("root"), Parsing.shape(entity));
    }

    @Test
    void otherReferencesAndArrowsInCodeStayAsWritten() {
        assertNoTrace("# Paths\n\n`open_x()` &rArr; `lookup_x()` &rArr; `fill_x()`\n");
        assertNoTrace("# Paths\n\n`open_x() &rarr; lookup_x() &rarr; fill_x()`\n");
        assertNoTrace("Use the `&rarr;` entity for arrows, as in a &rarr; b &rarr; c.\n");
    }

    @Test
    void aSentenceAroundAChainOrASpanWithoutALineNumberStaysText() {
        assertNoTrace("# Notes\n\nThen call `open_x()` &#8594; `lookup_x()` before anything else.\n");
        assertNoTrace("# Notes\n\nsee `a.c:open_x()` &#8594; `b.c:lookup_x()`\n");
        assertNoTrace("# Notes\n\nWe moved `fs/a.c` &#8594; `fs/b.c` last week.\n");
        assertNoTrace("# States\n\nstate `IDLE` &#8594; `RUNNING` &#8594; `DONE`\n");
    }

    @Test
    void aNumberedListOfNamesUnderAChainHeadingIsAChainWithItsBulletsAsRemarks() {
        assertRead("root **`FrontConsumer::HandleDecl`**\n  call **`GeneratorImpl::HandleDecl`**\n    call **`CodeGen::Module::EmitDecl`**\n",
                "# Back end\n\n### Dispatch Chain\n\n1. **`FrontConsumer::HandleDecl`**\n\n"
                + "   * Entry point from the front end to the back end\n2. **`GeneratorImpl::HandleDecl`**\n\n"
                + "   * Iterates over each `Decl`, passing them on\n3. **`CodeGen::Module::EmitDecl`**\n\n"
                + "   * Emits one declaration\n\n\n### Next part\n\nWords.\n");
    }

    @Test
    void aCaptionNamingACallPathMayHeadSuchAListToo() {
        assertRead("root `widget_open`\n  call `widget_lookup`\n    call `widget_fill`\n",
                "Words first.\n\nCall path:\n\n1. `widget_open`\n   - opens it\n2. `widget_lookup`\n3. `widget_fill`\n");
    }

    @Test
    void aNumberedListOfNamesUnderANeutralHeadingStaysText() {
        assertNoTrace("### Functions\n\n1. **`FrontConsumer::HandleDecl`**\n\n   * Entry point\n2. **`GeneratorImpl::HandleDecl`**\n\n"
                + "   * Iterates\n3. **`CodeGen::Module::EmitDecl`**\n");
        assertNoTrace("## API\n\n1. `widget_open`\n2. `widget_lookup`\n3. `widget_fill`\n");
    }

    @Test
    void underAChainHeadingAListInWordsOrOutOfTurnStaysText() {
        assertNoTrace("### Supply chain\n\n1. Order the parts\n2. Ship them\n3. Sell them\n");
        assertNoTrace("### Dispatch chain\n\n1. `widget_open`\n3. `widget_lookup`\n4. `widget_fill`\n");
        assertNoTrace("### Dispatch chain\n\n1. `widget_open`\n2. `widget_lookup`\n");
        assertNoTrace("### Dispatch chain\n\n1. `widget_open`\n2. `widget_lookup`\n3. `widget_fill`\nand then it returns.\n");
    }

    @Test
    void aNumberedListOfNamesUnderAChainOrFlowHeadingNamingNoCallsStaysText() {
        assertNoTrace("## Execution flow\n\n1. `init_x()`\n2. `run_x()`\n3. `stop_x()`\n");
        assertNoTrace("## Control flow\n\n1. read_opts\n2. open_db\n3. serve_all\n");
        assertNoTrace("## Retry chain\n\n1. `try_once()`\n2. `back_off()`\n3. `give_up()`\n");
        assertNoTrace("## Trust chain\n\n1. `leaf_key`\n2. `mid_key`\n3. `top_key`\n");
        assertNoTrace("### Filter chain\n\n1. `gzip()`\n2. `auth()`\n3. `app.route()`\n4. `log_it()`\n");
        assertNoTrace("## Putting a filter in the chain\n\n1. `make_filter()`\n2. `add_filter()`\n3. `arm_filter()`\n");
    }

    @Test
    void aNumberedListOfNamesUnderAHeadingNamingCallsIsAChain() {
        assertRead("root `widget_open`\n  call `widget_lookup`\n    call `widget_fill`\n",
                "## Call chains\n\n1. `widget_open`\n2. `widget_lookup`\n3. `widget_fill`\n");
        assertRead("root `widget_open`\n  call `widget_lookup`\n    call `widget_fill`\n",
                "## 调用路径\n\n1. `widget_open`\n2. `widget_lookup`\n3. `widget_fill`\n");
    }

    @Test
    void aWordBeforeAChainWithNoLocatedLinkIsAChangelogLineAndStaysText() {
        assertNoTrace("# Changes\n\nChanged `old_x()` \u2192 `new_x()`\n");
        assertNoTrace("# Changes\n\nDropped `a_x()` &rarr; `b_x()` &rarr; `c_x()`\n");
        assertNoTrace("# Changes\n\nMoved `a_x()` -> `b_x()` -> `c_x()`\n");
        assertNoTrace("# Notes\n\nNext `start_x()` &#8594; `mid_x()` &#8594; `end_x()`\n");
        assertEquals(1, roots("# Paths\n\nentry `open_x()` &rarr; `a.c:5:lookup_x()` &rarr; `fill_x()`\n"));
    }

    @Test
    void aPreBlockIsLeftToThePreReaderWhichShowsItsArrowReferences() {
        String pre = "# Notes\n\n<pre>\nsys_x() &rarr; vfs_x() &rarr; ext_x()\n</pre>\n";
        assertEquals(pre, org.tracenotes.grammar.EntityArrows.shown(pre));
        assertEquals(Parsing.shape(Parsing.parse(pre.replace("&rarr;", "&#x2192;"))).replaceAll(" +", " "),
                Parsing.shape(Parsing.parse(pre)).replaceAll(" +", " "));   // the blanks pad each reference to its length
        assertEquals(1, roots(pre));
    }
}
