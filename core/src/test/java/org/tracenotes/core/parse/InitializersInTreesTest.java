package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * A designated initializer's entries ({@code .enable = widget_enable,}) in a tab-indented call tree are
 * no assembler directives: the tree stays a tree, with the structure's initializer among its roots. An
 * assembler listing with directives stays no trace. Every fragment is made up.
 */
class InitializersInTreesTest {

    private static final String TREE_WITH_OPS = """
            ```c
            widget_init_one
            \tif (num == 0)
            \t\tret = widget_init_control(w);
            \telse if (dir)
            \t\tret = widget_init_in(w);
            \telse
            \t\tret = widget_init_out(w);

            static const struct widget_ops widget_in_ops = {
            \t.enable\t\t= widget_enable,
            \t.disable\t= widget_disable,
            \t.queue\t\t= widget_queue,
            };

            widget_init_in
            \twidget_set_limit(&w->ep, size);
            \tw->ep.ops = &widget_in_ops;
            \tlist_add_tail(&w->ep.list,
            \t\t\t&w->gadget->list);
            \treturn widget_alloc_pool(w);
            ```
            """;

    @Test
    void initializerEntriesDoNotMakeATreeAListing() {
        Note note = Parsing.parse(TREE_WITH_OPS);
        String shape = Parsing.shape(note);
        assertEquals(1, note.traceBlocks().size(), shape);
        Root first = note.traceBlocks().get(0).roots().get(0);
        assertEquals("widget_init_one", first.text());
        assertEquals("if", first.body().get(0).kind().id(), shape);
        assertTrue(shape.contains("root widget_init_in\n  call widget_set_limit(&w->ep, size)\n"), shape);
        assertTrue(shape.contains("  return return widget_alloc_pool(w)"), shape);
    }

    @Test
    void anAssemblerListingStaysNoTrace() {
        Note note = Parsing.parse("""
                ```
                widget_entry
                \t.cfi_startproc
                \t.balign 8
                \tmovq  %rax, %rbx
                \tcall widget_run
                \tret
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }
}
