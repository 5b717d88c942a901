package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A function's name alone (or with empty parentheses) over the statements of its body, tab-indented,
 * without braces or return type, is a trace of that root; a C listing, a usage text and a name over
 * words stay listings. Every fragment is made up.
 */
class NamedBodiesTest {

    @Test
    void aNameOverItsStatementsIsATrace() {
        Note note = Parsing.parse("""
                ```
                widget_register()
                \twidget_iter_init(&it, list);
                \twhile ((w = widget_next(&it)) && !err)
                \t\terr = fn(w, data);
                \twidget_iter_exit(&it);

                ```
                """);
        assertEquals("""
                root widget_register()
                  call widget_iter_init(&it, list)
                  loop while ((w = widget_next(&it)) && !err)
                    assign err = fn(w, data)
                  call widget_iter_exit(&it)
                """, Parsing.shape(note));
    }

    @Test
    void statementsAndAnInitializerMayStandBesideTheRoot() {
        Note note = Parsing.parse("""
                ```c
                widget_attr(state);
                static struct attribute *widget_attrs[] = {
                \t&state_attr.attr
                };
                widget_sysfs_init
                \t// make the directory
                \twidget_kobj = kobject_make("widget", NULL);
                \terr = sysfs_make_group(widget_kobj, &widget_group);
                ```
                """);
        String shape = Parsing.shape(note);
        assertEquals(1, note.traceBlocks().size(), shape);
        assertTrue(shape.contains("widget_sysfs_init\n    assign widget_kobj = kobject_make(\"widget\", NULL)\n"
                + "    assign err = sysfs_make_group(widget_kobj, &widget_group)\n"), shape);
    }

    @Test
    void aCListingStaysAListing() {
        Note note = Parsing.parse("""
                ```c
                static int widget_probe(struct widget *w)
                {
                \tint err = widget_check(w);
                \tif (err)
                \t\treturn err;
                \treturn 0;
                }
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aNameOverWordsStaysText() {
        Note usage = Parsing.parse("""
                ```
                widget_tool
                \twidget_tool [options] file
                \tprints the widgets it finds
                ```
                """);
        assertTrue(usage.traceBlocks().isEmpty(), Parsing.shape(usage));
    }
}
