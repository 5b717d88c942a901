package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;

/**
 * Where the outside-author rules read more than a careful reader would: prose that merely starts like a case,
 * a case whose statements close it on its own line, a bare word beside its {@code __} namesake, a fence
 * above a line taken for the fence the line is in, a one-column slip read one way of two. Every fragment is
 * made up.
 */
class ReviewedRulesMendsTest {

    @Test
    void aCaseLikeLineOfProseStaysProse() {
        String shape = Parsing.shape(Parsing.fenced("do_writeback_x()", "    case 1: the page is clean; nothing to do",
                "    case 2: the page is clean; nothing to do;", "    next_step_x()"));
        assertEquals(false, shape.contains("  case "), shape);
    }

    @Test
    void aCaseWithItsStatementsOnItsLineIsStillACase() {
        String shape = Parsing.shape(Parsing.fenced("run_x()", "    switch (mode)", "    case MODE_NEW_X:  create_x();  break;",
                "    default:          ret = DROP_X; break;"));
        assertEquals(2, shape.split("\n *case ", -1).length - 1, shape);
    }

    @Test
    void aOneLineCaseDoesNotAdoptTheNextLineAtItsColumn() {
        String shape = Parsing.shape(Parsing.fenced("conn_in_x()", "    switch (state)",
                "    case ST_NEW_X:     create_x();  break;", "    default:           drop_x();    break;", "    refresh_x()"));
        assertTrue(shape.contains("\n  call refresh_x()"), shape);
    }

    @Test
    void aBareWordBesideItsUnderscoredNamesakeIsNoCall() {
        for (String pair : List.of("user -> __user", "u32 -> __u32", "init -> __init", "rcu -> __rcu")) {
            assertEquals(0, Parsing.parse("```\n" + pair + "\n```\nnot a function\n").traceBlocks().size(), pair);
        }
    }

    @Test
    void aKernelNameBesideItsUnderscoredWorkerIsStillACall() {
        assertEquals(1, Parsing.parse("```\nsend_x -> __send_x\n```\n").traceBlocks().size());
    }

    /** A tab-eight note: two kernel-style continuation lines outside any fence, after a closed fence. */
    private static final String EIGHT_AFTER_A_FENCE = "```text\ntrace_a()\n    +-> b()\n\t+-> c()\n```\n"
            + "Quoted, tab-indented and unfenced:\n\n\tret = do_thing(a,\n\t\t       b);\n\terr = other_x(c,\n\t\t      d);\n\n"
            + "- steps:\n    - first\n\t- second\n\n```\nstart_x()\n\trun_a()\n\t\tinner_x()\n```\n";

    @Test
    void halfTabLinesOutsideFencesCountWhateverFenceCameBefore() {
        assertEquals(2, HalfTabEvidence.lines(new SourceText(EIGHT_AFTER_A_FENCE)));
        String noFirstFence = EIGHT_AFTER_A_FENCE.substring(EIGHT_AFTER_A_FENCE.indexOf("Quoted"));
        assertEquals(2, HalfTabEvidence.lines(new SourceText(noFirstFence)));
    }

    @Test
    void aFenceQuotingAShorterFenceLineStaysOneFence() {
        String note = "````\nstart_x()\n    run_a();\n\trun_b();\n```\n\t\t    deeper_x()\n\t\t    deeper_y()\n````\n";
        assertEquals(0, HalfTabEvidence.lines(new SourceText(note)));
    }

    private static final String[] ONE_COLUMN_SHORT = {"start_work_x", "    --> outer_x", "        --> first_x",
        "            --> inner_x", "           --> second_x", "            --> third_x", "            --> fourth_x",
        "        --> fifth_x"};

    @Test
    void anOffGridHeadIsReadUnderTheLowerLevelAndTheSiblingReadingIsNamed() {
        org.tracenotes.core.model.Note note = Parsing.fenced(ONE_COLUMN_SHORT);
        List<Diagnostic> ambiguous = note.diagnostics().stream().filter(d -> d.ruleId().equals("layout-ambiguous")).toList();
        assertEquals(1, ambiguous.size(), () -> note.diagnostics().toString());
        assertEquals(6, ambiguous.get(0).range().line());
        String message = ambiguous.get(0).message();
        assertTrue(message.contains("`first_x`") && message.contains("`inner_x`'s sibling at column 12, one column short"), message);
        assertTrue(Parsing.shape(note).contains("\n    call second_x\n      call third_x\n"), Parsing.shape(note));
    }

    @Test
    void lintReportsTheOffGridChoice(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("slip.md");
        Files.writeString(f, "```\n" + String.join("\n", ONE_COLUMN_SHORT) + "\n```\n", StandardCharsets.UTF_8);
        List<Diagnostic> found = LintSession.run(List.of(f), LintSession.Options.defaults()).files().get(0).findings();
        assertTrue(found.stream().anyMatch(d -> d.ruleId().equals("layout-ambiguous") && d.range().line() == 6),
                found::toString);
    }
}
