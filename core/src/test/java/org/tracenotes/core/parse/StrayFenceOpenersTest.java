package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * A fence opened twice (an opener with an info string, a caption, the opener again, the trace): the second
 * opener starts a fresh trace, the prose caption above it is text, and the fence keeps CommonMark's
 * boundaries. Fences without such a line read as before. Every fragment is made up.
 */
class StrayFenceOpenersTest {

    @Test
    void theTraceAfterARepeatedOpenerIsRootedAtItsFirstLineNotUnderTheCaption() {
        Note note = Parsing.parse("""
                ```c
                调用流程如下：
                ```c
                exec_main_query
                --> parse_query              // 注释
                    --> raw_parse
                --> analyze_query
                ```
                after the fence
                """);
        assertEquals("""
                root exec_main_query
                  call parse_query  // 注释
                    call raw_parse
                  call analyze_query
                """, Parsing.shape(note));
        assertEquals(1, note.traceBlocks().size());
        assertEquals(1, note.traceBlocks().get(0).range().line());   // the fence opens where it opens
        assertEquals(8, note.traceBlocks().get(0).range().endLine());   // and closes where it closes
        Root root = note.traceBlocks().get(0).roots().get(0);
        assertEquals(4, root.range().line());
        assertEquals(List.of("调用流程如下："), note.traceBlocks().get(0).comments().stream()
                .map(c -> c.text().strip()).toList());   // the caption: text of the block, no step
    }

    @Test
    void anEnglishCaptionAndATildeFenceReadTheSame() {
        assertEquals("""
                root run_job
                  call load_job
                    call read_spec
                  call start_job
                """, Parsing.shape(Parsing.parse("""
                ~~~
                The call flow is:
                ~~~c
                run_job
                --> load_job
                    --> read_spec
                --> start_job
                ~~~
                """)));
    }

    @Test
    void stepsAboveTheOpenerAreNoParentsOfTheStepsBelowIt() {
        assertEquals("""
                root boot_main
                  call mem_setup
                  call dev_setup
                root late_init
                  call net_setup
                    call nic_probe
                """, Parsing.shape(Parsing.parse("""
                ```c
                boot_main
                --> mem_setup
                --> dev_setup
                流程二：
                ```c
                late_init
                --> net_setup
                    --> nic_probe
                ```
                """)));
    }

    @Test
    void arrowedStepsRightAfterTheOpenerHangFromARootOfTheirOwn() {
        assertEquals("""
                root boot_main()
                root\s
                  call late_init
                    call net_setup
                """, Parsing.shape(Parsing.parse("""
                ```c
                boot_main();
                ```c
                --> late_init
                    --> net_setup
                ```
                """)));
    }

    @Test
    void aCaptionWithoutARepeatedOpenerStaysTheRoot() {
        assertEquals("""
                root 流程如下：
                  call exec_main_query
                    call parse_query
                      call raw_parse
                    call analyze_query
                """, Parsing.shape(Parsing.parse("""
                ```c
                流程如下：
                exec_main_query
                --> parse_query
                    --> raw_parse
                --> analyze_query
                ```
                """)));
    }

    @Test
    void anOpenerIndentedPastThreeColumnsIsContentAsBefore() {
        assertEquals("""
                root Flow:
                  call ```c
                  call run_job
                    call load_job
                    call start_job
                """, Parsing.shape(Parsing.parse("""
                ```
                Flow:
                      ```c
                      run_job
                      --> load_job
                      --> start_job
                ```
                """)));
    }

    @Test
    void twoFencesOneAfterTheOtherStayTwoBlocks() {
        Note note = Parsing.parse("""
                ```c
                boot_main
                --> mem_setup
                --> dev_setup
                ```
                ```c
                late_init
                --> net_setup
                    --> nic_probe
                ```
                """);
        assertEquals(2, note.traceBlocks().size());
        assertEquals("""
                root boot_main
                  call mem_setup
                  call dev_setup
                root late_init
                  call net_setup
                    call nic_probe
                """, Parsing.shape(note));
    }

    @Test
    void aLongRunOfOpenersIsReadInLinearTime() {
        int openers = 100_000;
        StringBuilder text = new StringBuilder("call flow:\n");
        List<TraceLine> lines = new ArrayList<>();
        lines.add(step(1, "call flow:", StepKind.PROSE));
        for (int k = 0; k < openers; k++) {
            text.append("```c\n");
            lines.add(step(k + 2, "```c", StepKind.PROSE));
        }
        text.append("run_plan\n");
        lines.add(step(openers + 2, "run_plan", StepKind.CALL));
        SourceText source = new SourceText(text.toString());
        List<TraceLine> out = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> StrayFenceOpeners.apply(lines, source, true));
        assertTrue(out.get(1).isCommentOnly() && out.get(openers).isCommentOnly());
        assertTrue(out.get(0).isCommentOnly());   // the caption over the first opener: text
        assertEquals(StepKind.CALL, out.get(openers + 1).reading().kind());
    }

    @Test
    void twentyThousandOpenersInAFenceAreParsedInGoodTime() {
        String text = "```c\nrun_query\n--> parse_query\n" + "```c\n".repeat(20_000) + "run_plan\n--> plan_query\n```\n";
        Note note = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> Parsing.parse(text));
        String shape = Parsing.shape(note);
        assertTrue(shape.startsWith("root run_query\n  call parse_query\n"), shape);
        assertTrue(shape.endsWith("root run_plan\n  call plan_query\n"), shape);
    }

    /** A line {@code line} of a block reading {@code text} as a step of {@code kind}, flush left. */
    private static TraceLine step(int line, String text, StepKind kind) {
        SourceRange at = new SourceRange(line, 1, line, text.length() + 1, 0, text.length());
        return new TraceLine(line, 0, 0, Arrow.NONE, new StepReader.Reading(kind, text, null, null, null, null, null), at, List.of());
    }
}
