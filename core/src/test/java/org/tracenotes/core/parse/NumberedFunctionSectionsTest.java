package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A note walked through function by function in numbered sections: each heading names a function (or
 * quotes its call or prototype) over the indented lines of what it does; the headings are roots, the
 * lines under them their bodies. Every fragment is made up; the expected trees are written as indented
 * {@code kind text} lines.
 */
class NumberedFunctionSectionsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void numberedHeadingsNamingFunctionsAreRootsOverTheirIndentedLines() {
        assertEquals("""
                root widget_open
                  call widget_lookup(id)
                  call slot_reserve(w, 2)
                root static int widget_bind(struct widget *w)
                  call slot_get(w)
                root slot_get
                  call ring_take(&w->ring)
                  prose 检查返回值
                """, read(
                "Widget flow",
                "",
                "1. widget_open",
                "\twidget_lookup(id);",
                "\tslot_reserve(w, 2);",
                "",
                "2. static int widget_bind(struct widget *w)",
                "\tslot_get(w);",
                "",
                "3. slot_get",
                "\tring_take(&w->ring);",
                "\t检查返回值"));
    }

    @Test
    void aHeadingsLinesNestByTheirOwnIndentation() {
        assertEquals("""
                root ring_fill(r)
                  call ring_lock(r)
                  if if (r->full)
                    return return -1
                root ring_lock
                  call spin_take(&r->lock)
                root spin_take
                  call arch_take(l)
                """, read(
                "1. ring_fill(r)",
                "\tring_lock(r);",
                "\tif (r->full)",
                "\t\treturn -1;",
                "2. ring_lock",
                "\tspin_take(&r->lock);",
                "3. spin_take",
                "\tarch_take(l);"));
    }

    @Test
    void numberedInstructionsWithIndentedParagraphsStayProse() {
        assertTrue(Parsing.parse(String.join("\n",
                "1. Install the toolchain",
                "   Run make(1) in the top folder.",
                "",
                "2. Configure the build",
                "   Edit the file and set the options.",
                "",
                "3. Boot the image",
                "   Use qemu(1) with the flags below.") + "\n").traceBlocks().isEmpty());
    }

    @Test
    void numberedTopicsNamingCodeOverParagraphsWithoutCallsStayProse() {
        assertTrue(Parsing.parse(String.join("\n",
                "1. page_cache",
                "\t页缓存保存文件的内容。",
                "2. dirty_ratio",
                "\t脏页的比例上限。",
                "3. swap_token",
                "\t交换时使用的令牌。") + "\n").traceBlocks().isEmpty());
    }

    @Test
    void tabIndentedParagraphsWithoutNumberedHeadingsStayProse() {
        assertTrue(Parsing.parse(String.join("\n",
                "The reader opens the file.",
                "\tThen it calls read(2) on it.",
                "The writer waits.",
                "\tIt calls write(2) later.",
                "The end.") + "\n").traceBlocks().isEmpty());
    }

    @Test
    void twoSectionsAreTooFewToSayTheNoteWalksThroughFunctions() {
        assertTrue(Parsing.parse(String.join("\n",
                "1. dev_open",
                "\tdev_check(d);",
                "2. dev_check",
                "\tflag_test(d);") + "\n").traceBlocks().isEmpty());
    }

    @Test
    void aGlossaryOfFunctionsOverEnglishParagraphsMentioningCallsStaysProse() {
        assertTrue(Parsing.parse(String.join("\n",
                "# Widget API",
                "",
                "1. widget_get",
                "   This helper takes a reference. It uses slot_lookup() inside.",
                "",
                "2. widget_hold",
                "   Works like widget_get() but also marks the widget busy.",
                "",
                "3. widget_put",
                "   Drops the reference; see ref_drop() for how.") + "\n").traceBlocks().isEmpty());
    }
}
