package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.TraceBlock;

/**
 * An HTML {@code <pre>} block in Markdown is a block like a fence: a call tree in it is a trace, other
 * preformatted text stays the note's text. A callee qualified by its file or its structure
 * ({@code fs/x.c::f}, {@code struct ops::m}, {@code ops::m = fs/y.c::y_m}) is a call of the name after the
 * qualifier. Every fragment is made up.
 */
class PreBlocksAndQualifiedNamesTest {

    private static final String QUALIFIED_TREE = """
            drivers/widget/core.c::widget_register
                drivers/widget/core.c::widget_init // <b>put it on the list</b>
                    lib/kref.c::kref_init(ktype_widget)
                drivers/widget/core.c::widget_add
                    fs/sysfs/file.c::sysfs_make_file("state")
                    struct widget_ops::attach
                    drivers/widget/bus-core.c::bus_attach_widget
                        w->bus = bus
            """;

    @Test
    void aCallTreeInAPreBlockIsATrace() {
        Note note = Parsing.parse("**widgets**\n\n<pre>\n" + QUALIFIED_TREE + "</pre>\n\nafter it\n");
        assertEquals("""
                root drivers/widget/core.c::widget_register
                  call drivers/widget/core.c::widget_init  // <b>put it on the list</b>
                    call lib/kref.c::kref_init(ktype_widget)
                  call drivers/widget/core.c::widget_add
                    call fs/sysfs/file.c::sysfs_make_file("state")
                    call struct widget_ops::attach
                    call drivers/widget/bus-core.c::bus_attach_widget
                      assign w->bus = bus
                """, Parsing.shape(note));
        TraceBlock block = Parsing.onlyBlock(note);
        assertEquals(3, block.range().line(), "the block starts at its <pre> line");
        assertEquals(12, block.range().endLine(), "and ends at its </pre> line");
    }

    @Test
    void aPreBlockKeepsTheNotesPositions() {
        String text = "<pre>\n" + QUALIFIED_TREE + "</pre>\n";
        Note note = Parsing.parse(text);
        Root root = Parsing.onlyRoot(note);
        Step init = root.body().get(0);
        assertEquals(3, init.range().line());
        int at = text.indexOf("drivers/widget/core.c::widget_init");
        assertEquals(at, init.range().offset(), "the step starts where its text does in the note");
        assertEquals(text, note.text());
    }

    @Test
    void aPreBlockWithCodeTagsIsTheSameBlock() {
        Note note = Parsing.parse("<pre><code>\n" + QUALIFIED_TREE + "</code></pre>\n");
        assertEquals(1, note.traceBlocks().size());
        assertEquals("drivers/widget/core.c::widget_register", Parsing.onlyRoot(note).text());
    }

    @Test
    void aPreBlockOfOtherTextStaysText() {
        Note note = Parsing.parse("""
                Output:

                <pre>
                total 12
                    drwxr-xr-x  2 root root 4096 .
                    -rw-r--r--  1 root root  220 notes.txt
                </pre>
                """);
        assertTrue(note.traceBlocks().isEmpty());
        Note listing = Parsing.parse("""
                <pre>
                static int widget_probe(struct widget *w)
                {
                    int err = widget_check(w);
                    if (err)
                        return err;
                    return 0;
                }
                </pre>
                """);
        assertTrue(listing.traceBlocks().isEmpty(), "a C listing in a <pre> block is no trace");
    }

    @Test
    void aTagThatOnlyStartsLikePreOpensNoBlock() {
        Note note = Parsing.parse("""
                <prefix>
                drivers/widget/core.c::widget_register
                    drivers/widget/core.c::widget_init
                </pre>
                """);
        assertTrue(note.traceBlocks().stream().noneMatch(TraceBlock::fenced));
    }

    @Test
    void aFileQualifiedNameIsACallOfTheFunction() {
        Step step = Parsing.firstStep(Parsing.fenced("gadget_start",
                "    drivers/gadget/udc-core.c::udc_bind(drv)", "        drivers/gadget/udc-core.c::udc_start",
                "    drivers/gadget/udc-core.c::udc_done"));
        assertEquals(StepKind.CALL, step.kind());
        assertEquals("udc_bind", step.calledFunction().orElseThrow());
    }

    @Test
    void aMemberSetToAnImplementationIsACallOfTheMember() {
        Parsing.assertShape("""
                root drivers/pins/core.c::pins_select
                  call drivers/pins/mux.c::mux_enable
                    call pin_mux_ops::set_mux = drivers/pins/pins-one.c::one_set_mux
                      call struct one_device::read = one_readl
                """, "drivers/pins/core.c::pins_select", "    drivers/pins/mux.c::mux_enable",
                "        pin_mux_ops::set_mux = drivers/pins/pins-one.c::one_set_mux",
                "            struct one_device::read = one_readl");
    }

    @Test
    void aListOfFileNamesStaysNoTrace() {
        Note note = Parsing.parse("""
                ```
                drivers/widget/core.c
                    drivers/widget/bus.c
                    drivers/widget/sysfs.c
                        drivers/widget/attr.c
                lib/kref.c
                    lib/list.c
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty());
    }
}
