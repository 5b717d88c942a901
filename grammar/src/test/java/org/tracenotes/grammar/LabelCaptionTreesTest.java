package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A name and a colon alone ({@code foo_fault:}) over the calls indented below it captions them, in a fence,
 * a text file or under a caption; a C label, which stands left of the statements around it, a YAML key over
 * more keys and a capitalised caption in words stay what they are. Every fragment is made up.
 */
class LabelCaptionTreesTest {

    @Test
    void aNameWithAColonOverDeeperCallsCaptionsThem() {
        assertFenced(true, "", "foo_fault:", "    foo_check", "    foo_map:", "        foo_map_one", "        foo_map_two");
        assertFenced(true, "text", "bar_entry:", "\tbar_lock(x)", "\tbar_walk:", "\t\tbar_step:", "\t\t\tbar_leaf(x)",
                "\tbar_unlock(x)");
        assertFenced(true, "c", "dev->ops.probe:", "  baz_alloc();", "  baz_setup:", "    baz_setup_one();",
                "  baz_register();");
    }

    @Test
    void anUnfencedCaptionedTreeIsATrace() {
        String note = "# Faults\n\nThe path:\n\n    foo_fault:\n        foo_check\n        foo_map:\n            foo_map_one\n";
        NoteLayout layout = layout(note);
        assertEquals(NoteLayout.Role.TRACE, layout.role(4), note);
        assertEquals(NoteLayout.Role.TRACE, layout.role(7), note);
    }

    @Test
    void cLabelsLeftOfTheirStatementsStayCode() {
        assertFenced(false, "c", "static int foo_run(void)", "{", "\tint err;", "\terr = foo_one();", "\tif (err)",
                "\t\tgoto out_free;", "\tfoo_two();", "out_free:", "\tfoo_free();", "\treturn err;", "}");
        assertFenced(false, "", "retry_once:", "\tx = foo_get(y);", "\tif (!x)", "\t\tgoto retry_once;", "\treturn x;");
    }

    @Test
    void nestedKeysAndCaptionsInWordsAreNoCaptionOfCalls() {
        assertFenced(false, "", "spec_root:", "  template_spec:", "    pod_spec:", "      name: foo_pod", "      image: foo_image");
        assertFenced(false, "", "Usage:", "", "  foo_tool <file>", "  foo_tool <file> [<more>]", "  foo_tool --help");
        assertFenced(false, "", "default:", "    foo_one()", "    foo_two()");
    }

    @Test
    void aBareLabelIsANameAndAColonAlone() {
        assertTrue(bareLabel("foo_fault:"));
        assertTrue(bareLabel("ops->open:"));
        assertTrue(bareLabel("schedule:"));
        assertFalse(bareLabel("Usage:"));
        assertFalse(bareLabel("default:"));
        assertFalse(bareLabel("public:"));
        assertFalse(bareLabel("foo(x):"));
        assertFalse(bareLabel("key: value"));
        assertFalse(bareLabel("a::"));
    }

    private static boolean bareLabel(String line) {
        int[] t = line.codePoints().toArray();
        return CallTreeLine.bareLabel(t, 0, t.length);
    }

    private static void assertFenced(boolean trace, String info, String... lines) {
        String note = "Text.\n\n```" + info + "\n" + String.join("\n", lines) + "\n```\n";
        assertEquals(trace ? NoteLayout.Role.TRACE : NoteLayout.Role.CODE, layout(note).role(3), note);
    }

    private static NoteLayout layout(String note) {
        return new NoteLayout(note.codePoints().toArray(), note, false);
    }
}
