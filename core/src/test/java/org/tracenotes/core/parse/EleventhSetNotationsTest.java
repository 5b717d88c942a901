package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracenotes.core.parse.Parsing.fenced;
import static org.tracenotes.core.parse.Parsing.onlyRoot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;

/** Notations of the eleventh outside set, read the way their authors meant them (made-up fragments). */
class EleventhSetNotationsTest {

    private static List<String> texts(List<Step> steps) {
        return steps.stream().map(Step::text).toList();
    }

    @Test
    void aUnicodeRightArrowLeadingALineIsAStepArrowLikeDashArrow() {
        Root r = onlyRoot(fenced(
                "boot_fail",
                "  \u2192 halt_all(code)",
                "    \u2192 stop_cpus()",
                "    \u2192 flush_logs()",
                "  \u2192 reboot()"));
        assertEquals(List.of("halt_all(code)", "reboot()"), texts(r.body()));
        assertEquals(List.of("stop_cpus()", "flush_logs()"), texts(r.body().get(0).children()));
        assertEquals(Arrow.DASH, r.body().get(0).arrow());
    }

    @Test
    void aUnicodeRightArrowStepKeepsItsLocationTagAndNoteOutOfTheCall() {
        Root r = onlyRoot(fenced(
                "start",
                "  \u2192 open_dev(fd)              [drivers/foo/core.c:42]",
                "    \u2192 probe_bus()             \u2014 \u63a2\u6d4b"));
        Step open = r.body().get(0);
        assertEquals("open_dev(fd)", open.text());
        assertEquals(List.of("probe_bus()"), texts(open.children()));
    }

    @Test
    void aUnicodeRightArrowInProseDoesNotMakeATrace() {
        assertEquals(0, Parsing.parse("# Notes\n\nThe load goes up \u2192 the rate drops.\n\nSee the next part \u2192 below.\n")
                .traceBlocks().size());
    }

    @Test
    void aStepArrowEndingALineSaysTheDeeperLinesBelowAreItsBody() {
        Parsing.assertShape("""
                root sys_load_image
                  call read_image
                    call check_header
                      call map_sections
                """, "sys_load_image =>", "      read_image =>", "           check_header =>", "                map_sections =>");
    }

    @Test
    void aStepArrowInsideALineStaysPayload() {
        Root r = onlyRoot(fenced("start", "  => load(p)", "  => check(p) =>", "      verify(p)", "  => ret = a => b"));
        assertEquals(List.of("load(p)", "check(p)", "ret = a => b"), texts(r.body()));
        assertEquals(List.of("verify(p)"), texts(r.body().get(1).children()));
    }
}
