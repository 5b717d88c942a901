package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.FunctionDef;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.outline.JsonOutline;
import org.tracenotes.core.outline.TextOutline;

/** The user's own note, {@code samples/soft-offline.md}, read the way its author meant it. */
class SeedNoteTest {

    static final Path SAMPLE = Golden.repositoryRoot().resolve("samples/soft-offline.md");
    static Note note;

    @BeforeAll
    static void parse() {
        NoteLoader.Result r = new NoteLoader(new NoteParser()).load(SAMPLE);
        note = ((NoteLoader.Loaded) r).note();
    }

    @Test
    void sampleIsTheUsersNoteByteForByte() throws Exception {
        Path seed = Golden.shared().resolve("seed/soft-offline.md");
        assumeTrue(Files.exists(seed), "shared/seed is not beside the repository");
        assertArrayEquals(Files.readAllBytes(seed), Files.readAllBytes(SAMPLE));
    }

    @Test
    void parsesWithNoDiagnosticAboveInfo() {
        assertEquals(List.of(), note.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList());
    }

    @Test
    void hasOneSeedDialectTraceBlockWithTheRootSoftOfflinePage() {
        TraceBlock block = note.traceBlocks().get(0);
        assertEquals(1, note.traceBlocks().size());
        assertEquals("sh", block.info());
        assertEquals(Dialect.SEED, block.dialect());
        Root root = block.roots().get(0);
        assertEquals(1, block.roots().size());
        assertEquals(RootKind.CALL, root.kind());
        assertEquals("soft_offline_page(pfn, flags)", root.signature());
        assertEquals(9, root.range().line());
    }

    @Test
    void expandsTheGetPathInlineFourLevelsDeep() {
        Step getHwpoison = step("ret  = get_hwpoison_page(page, flags | MF_SOFT_OFFLINE)");
        assertEquals("get_hwpoison_page", getHwpoison.expandedFunction().orElseThrow());
        Step getAny = getHwpoison.children().get(0).alternatives().get(0).children().get(0);
        assertEquals("get_any_page", getAny.expandedFunction().orElseThrow());
        Step getHw = getAny.children().get(1).children().get(0);
        assertEquals("__get_hwpoison_page", getHw.expandedFunction().orElseThrow());
        Step hugetlb = getHw.children().get(0);
        assertEquals("get_hwpoison_hugetlb_folio", hugetlb.expandedFunction().orElseThrow());
        assertEquals(List.of("soft_offline_page", "get_hwpoison_page", "get_any_page", "__get_hwpoison_page",
                        "get_hwpoison_hugetlb_folio", "soft_offline_in_use_page"),
                note.functions().stream().map(FunctionDef::name).toList());
    }

    @Test
    void elseWrittenWithTheStepArrowIsAnAlternativeOfTheIfAbove() {
        Step ifNotRet = step("if !ret");
        assertEquals(1, ifNotRet.alternatives().size());
        Step elseIf = ifNotRet.alternatives().get(0);
        assertEquals(StepKind.ELSE_IF, elseIf.kind());
        assertEquals(Arrow.STEP, elseIf.arrow());
        assertEquals(StepRole.ALTERNATIVE, elseIf.role());
        assertEquals(67, elseIf.range().line());
    }

    @Test
    void everyIfChainHasItsAlternatives() {
        assertEquals(List.of(StepKind.ELSE), kinds(step("if flags & MF_UNPOISON").alternatives()));
        assertEquals(List.of(StepKind.ELSE_IF, StepKind.ELSE), kinds(step("if folio_test_hugetlb_freed(folio)").alternatives()));
        assertEquals(List.of(StepKind.ELSE), kinds(step("if ret > 0", 86).alternatives()));
        assertEquals(Arrow.DASH, step("if flags & MF_UNPOISON").alternatives().get(0).arrow());
    }

    @Test
    void theTwoSkippedArmsAreElidedWithTheirCommentsAsBody() {
        List<Step> elided = note.steps().stream().filter(Step::elided).toList();
        assertEquals(List.of(63, 67), elided.stream().map(s -> s.range().line()).toList());
        for (Step s : elided) {
            assertEquals(List.of("先略", "先略", "先略"),
                    s.comments(Comment.Placement.BODY).stream().map(Comment::text).toList());
            assertTrue(s.children().isEmpty());
        }
    }

    @Test
    void trailingCommentsStayOnTheirSteps() {
        assertEquals("end : get_hwpoison_hugetlb_folio()",
                step("return ret", 37).comments(Comment.Placement.TRAILING).get(0).text());
        Comment c = step("if !ret").comments(Comment.Placement.TRAILING).get(0);
        assertEquals("上面流程返回0", c.text());
        assertEquals("##", c.marker());
        assertEquals(63, c.range().line());
        assertEquals(26, c.range().column());
    }

    @Test
    void theEmptyInUsePageBlockIsAPlaceholderUnderItsHeading() {
        Section section = note.sections().get(1);
        assertEquals("soft_offline_in_use_page", section.title());
        CodeBlock block = (CodeBlock) section.blocks().get(0);
        assertEquals("cpp", block.info());
        assertTrue(block.isPlaceholder());
        FunctionDef declared = note.functions().get(note.functions().size() - 1);
        assertEquals(FunctionDef.Origin.DECLARED, declared.origin());
    }

    @Test
    void assignmentInConditionIsKeptAsWritten() {
        Step s = step("if folio = page_folio(page)");
        assertEquals(StepKind.IF, s.kind());
        assertTrue(s.expression() instanceof org.tracenotes.core.model.Expr.Assign);
        assertFalse(s.elided());
    }

    @Test
    void outlineMatchesGoldenText() throws Exception {
        Golden.assertMatches("soft-offline.outline.txt", TextOutline.render(renamed()));
    }

    @Test
    void outlineMatchesGoldenJson() throws Exception {
        Golden.assertMatches("soft-offline.outline.json", JsonOutline.render(renamed()));
    }

    /** The note under a stable name, whatever the working directory. */
    private static Note renamed() {
        return new Note("samples/soft-offline.md", note.text(), note.frontMatter(), note.sections(), note.diagnostics());
    }

    private static List<StepKind> kinds(List<Step> steps) {
        return steps.stream().map(Step::kind).toList();
    }

    static Step step(String text) {
        List<Step> found = note.steps().stream().filter(s -> s.text().equals(text)).toList();
        assertEquals(1, found.size(), () -> "steps with text `" + text + "`: " + found.size());
        return found.get(0);
    }

    static Step step(String text, int line) {
        return note.steps().stream().filter(s -> s.text().equals(text) && s.range().line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no step `" + text + "` on line " + line));
    }
}
