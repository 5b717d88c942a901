package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Note;

/** C semantics, leniency, bounds and isolation of the interpreter, on small notes. */
class InterpreterTest {

    private static Note fenced(String... lines) {
        return Runs.note("```\n" + String.join("\n", lines) + "\n```\n");
    }

    private static RunResult run(String... lines) {
        return Runs.run(fenced(lines), "");
    }

    @Test
    void shortCircuitAndSkipsItsRightSide() {
        RunResult r = run("f()", "=> if 0 && no_such_function():", "   => return 1", "=> return 2");
        assertEquals(RunOutcome.RETURNED, r.outcome(), r.message());
        assertEquals(2L, r.result());
    }

    @Test
    void gotoJumpsToALabelOfTheSameFunctionAndPostIncrementCounts() {
        RunResult r = run("f()", "=> int n = 0", "again:", "=> n++", "=> if n < 3:", "   => goto again", "=> return n");
        assertEquals(3L, r.result(), r.message());
    }

    @Test
    void aPointerToAVariableWritesThroughIntoTheCaller() {
        RunResult r = run("## @sig set(flag)", "f()", "=> bool found = false", "=> set(&found)", "   => *flag = true",
                "=> return found");
        assertEquals(1L, r.result(), r.message());
    }

    @Test
    void aReturnUnwindsIntoTheCallersAssignment() {
        RunResult r = run("f()", "=> r = g()", "   => if 1:", "      => return 7", "   => return 9", "=> return r + 1");
        assertEquals(8L, r.result(), r.message());
    }

    @Test
    void elseIfChainsPickTheFirstTrueArm() {
        RunResult r = run("f()", "=> x = 2", "=> if x == 1:", "   => return 10", "-> else if x == 2:", "   => return 20",
                "-> else:", "   => return 30");
        assertEquals(20L, r.result());
        assertEquals(List.of(3, 4, 6, 7), r.path());
    }

    @Test
    void anAssignmentInAConditionAssignsThenTestsAndIsRecorded() {
        RunResult r = run("f()", "=> if x = 0:", "   => return 1", "=> return x + 5");
        assertEquals(5L, r.result());
        assertEquals("assignment-in-condition", r.lenient().get(0).kind());
    }

    @Test
    void switchRunsTheMatchingCaseUntilBreakAndFallsThrough() {
        RunResult r = run("f()", "=> n = 0", "=> switch (2)", "   => case 1:", "      => n = n + 1", "   => case 2:",
                "      => n = n + 10", "   => case 3:", "      => n = n + 100", "      => break", "   => default:",
                "      => n = n + 1000", "=> return n");
        assertEquals(110L, r.result(), r.message());
    }

    @Test
    void forcingACaseLineJumpsToThatCase() {
        Note n = fenced("f()", "=> n = 0", "=> switch (1)", "   => case 1:", "      => n = 1", "      => break", "   => case 2:",
                "      => n = 2", "      => break", "=> return n");
        assertEquals(1L, Runs.run(n, "").result());
        RunResult r = Runs.forced(n, "", Map.of(8, Force.TAKEN));
        assertEquals(2L, r.result());
        assertEquals(List.of(8), r.forced());
    }

    @Test
    void whileLoopsIterateAndOtherLoopsRunOnceWithLeniency() {
        assertEquals(3L, run("f()", "=> i = 0", "=> while (i < 3)", "   => i++", "=> return i").result());
        RunResult once = run("f()", "=> i = 0", "=> list_for_each_entry(p, &head, lru)", "   => i++", "=> return i");
        assertEquals(1L, once.result(), "an iterator macro runs its body once");
        RunResult loop = run("f()", "=> i = 0", "=> for (j = 0; j < 5; j++)", "   => i++", "=> return i");
        assertEquals(1L, loop.result());
        assertEquals("loop-once", loop.lenient().get(0).kind());
    }

    @Test
    void anUnknownFunctionEndsTheRunNamingItsLineAndTheNearestName() {
        RunResult r = run("f()", "=> x = 1", "=> ret = folio_try_gte(page)", "=> return ret");
        assertEquals(RunOutcome.UNKNOWN_FUNCTION, r.outcome());
        assertEquals(4, r.line());
        assertTrue(r.message().contains("`folio_try_gte` (line 4)") && r.message().contains("did you mean `folio_try_get`?"),
                r.message());
    }

    @Test
    void aFunctionThatCallsItselfEndsBudgetExceeded() {
        RunResult r = Runs.run(fenced("f(n)", "=> f(n)", "=> return 0"), "");
        assertEquals(RunOutcome.BUDGET_EXCEEDED, r.outcome());
        assertTrue(r.message().contains("call depth budget"), r.message());
    }

    @Test
    void anEndlessLoopEndsBudgetExceeded() {
        RunResult r = run("f()", "again:", "=> x = 1", "=> goto again");
        assertEquals(RunOutcome.BUDGET_EXCEEDED, r.outcome());
        assertTrue(r.message().contains("step budget of 100000 steps"), r.message());
    }

    @Test
    void aNoteReachesNothingButTheModel() {
        for (String call : List.of("System.exit(1)", "Runtime.getRuntime().exec(\"rm -rf /\")", "exec(\"sh\")",
                "Class.forName(\"java.lang.System\")", "java.lang.System.exit(0)")) {
            RunResult r = run("f()", "=> " + call, "=> return 0");
            assertEquals(RunOutcome.UNKNOWN_FUNCTION, r.outcome(), call + ": " + r.message());
        }
    }

    @Test
    void aNullPageIsAnErrorAtItsLine() {
        RunResult r = Runs.run(fenced("f(pfn)", "=> page = pfn_to_online_page(pfn)", "=> SetPageHWPoison(page)",
                "=> return 0"), "!online");
        assertEquals(RunOutcome.ERROR, r.outcome());
        assertEquals(4, r.line());
        assertTrue(r.message().contains("SetPageHWPoison() got a NULL `page`"), r.message());
    }

    @Test
    void divisionByZeroIsAnErrorNotACrash() {
        RunResult r = run("f()", "=> x = 0", "=> return 1 / x");
        assertEquals(RunOutcome.ERROR, r.outcome());
        assertTrue(r.message().startsWith("division by zero in `1 / x`"), r.message());
    }

    @Test
    void anElidedArmPassesThroughAndAppliesAssumeAndReturns() {
        RunResult r = run("f()", "=> ret = 0", "=> if ret == 0:", "   ## 先略", "   ## @assume ret = 4", "=> return ret");
        assertEquals(4L, r.result());
        assertEquals(List.of(4), r.elided());
        RunResult returns = run("f()", "=> if 1:", "   ## 先略", "   ## @returns -EIO", "=> return 0");
        assertEquals(-5L, returns.result());
        RunResult failing = run("f()", "=> if 1:", "   ## skip", "   ## @assume 1 == 2", "=> return 0");
        assertEquals(RunOutcome.ERROR, failing.outcome());
        assertTrue(failing.message().contains("assumption `1 == 2` does not hold"), failing.message());
    }

    @Test
    void anElidedCallTakesItsValueFromReturnsInsteadOfRunningTheModel() {
        RunResult r = Runs.run(fenced("f(page)", "=> ret = folio_try_get(page)", "   ## 先略", "   ## @returns 7",
                "=> return ret"), "refcount=1");
        assertEquals(7L, r.result());
        assertEquals(0, r.gets(), "the model's folio_try_get did not run");
    }

    @Test
    void expectationsAreCheckedWhereTheyStandAndOnlyInTheirScenario() {
        Note n = fenced("## @scenario busy: lru, refcount=1", "## @scenario idle: buddy", "f(page)",
                "=> ret = page_count(page)  ## @expect busy: ret == 1", "=> return ret  ## @expect $ret == page_count(page)",
                "## @expect idle: $ret == 0 && !page.hwpoison", "## @expect busy: refcount == 2");
        List<RunResult> rs = Runs.runs(n, TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of())).results();
        RunResult busy = rs.get(0);
        assertEquals(List.of(5, 6, 8), busy.expectations().stream().map(ExpectationResult::line).toList());
        assertEquals(List.of(true, true, false), busy.expectations().stream().map(ExpectationResult::passed).toList());
        assertEquals("`refcount == 2`: left side is 1, right side 2", busy.expectations().get(2).detail());
        assertFalse(busy.passed());
        RunResult idle = rs.get(1);
        assertEquals(List.of(6, 7), idle.expectations().stream().map(ExpectationResult::line).toList());
        assertTrue(idle.passed());
    }

    @Test
    void anExpectationDoesNotChangeTheRun() {
        RunResult r = Runs.run(fenced("f(page)", "=> x = page_count(page)  ## @expect folio_try_get(page)",
                "=> return page_count(page)"), "lru, refcount=1");
        assertEquals(1L, r.result(), "the expectation's folio_try_get was undone");
        assertEquals(0, r.gets());
    }

    @Test
    void theInterpreterEmitsEventsAndPrintsNothing() {
        List<RunEvent> events = new ArrayList<>();
        Note n = fenced("f(page)", "=> if PageLRU(page):", "   => x = folio_try_get(page)", "=> return x");
        RunResult r = Runs.runs(n, new TraceRunner.Request(null, null, List.of("lru", "refcount=1"), Map.of(), false,
                RunOptions.defaults().withListener(events::add))).results().get(0);
        assertEquals(1L, r.result());
        assertTrue(events.stream().anyMatch(e -> e instanceof RunEvent.BranchDecided b && b.taken() && b.line() == 3));
        assertTrue(events.stream().anyMatch(e -> e instanceof RunEvent.Assigned a && a.name().equals("x")
                && a.value().equals(Value.TRUE)));
        assertTrue(events.stream().anyMatch(e -> e instanceof RunEvent.CallEntered c && c.function().equals("folio_try_get")
                && c.resolution() == RunEvent.Resolution.PRIMITIVE));
        assertTrue(events.stream().anyMatch(e -> e instanceof RunEvent.Returned ret && ret.line() == 5));
    }

    @Test
    void callsResolveToExpansionThenRootThenReferenceThenPrimitive() {
        Note n = fenced("f(page)", "=> a = HWPoisonHandlable(page, MF_SOFT_OFFLINE)", "=> b = helper()", "=> return a * 10 + b",
                "", "helper()", "=> return 3");
        RunResult r = Runs.run(n, "lru");
        assertEquals(13L, r.result(), r.message());
    }

    @Test
    void aOneMegabyteNoteRuns() {
        StringBuilder sb = new StringBuilder("```\nf()\n=> n = 0\n");
        while (sb.length() < 1_000_000) {
            sb.append("=> n = n + 1  ## 计数\n");
        }
        sb.append("=> return n\n```\n");
        Note n = Runs.note(sb.toString());
        RunResult r = Runs.run(n, "");
        assertEquals(RunOutcome.RETURNED, r.outcome(), r.message());
        assertTrue(r.result() > 40_000, "every line ran: " + r.result());
    }

    @Test
    void reachesEveryRootOfTheModelsReferenceWithoutLeniency() {
        for (String f : Runs.MODEL.functions()) {
            RunResult r = Runs.runs(Runs.seed(), new TraceRunner.Request(f, null, List.of("lru", "refcount=1"), Map.of(),
                    true, RunOptions.defaults())).results().get(0);
            assertTrue(r.outcome() == RunOutcome.RETURNED, f + ": " + r.message());
        }
    }

    @Test
    void theRunnerRefusesBadRequestsNamingWhatIsValid() {
        Note seed = Runs.seed();
        assertTrue(Runs.invalid(seed, TraceRunner.Request.of("soft_offline_pag", null, List.of()))
                .contains("did you mean `soft_offline_page`?"));
        assertTrue(Runs.invalid(seed, TraceRunner.Request.of(null, "busy", List.of()))
                .contains("no scenario `busy`; the note declares none"));
        assertTrue(Runs.invalid(seed, TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()))
                .contains("declares no `## @scenario"));
        assertTrue(Runs.invalid(seed, TraceRunner.Request.of(null, null, List.of("lru=maybe")))
                .startsWith("--given: lru is true or false"));
        assertTrue(Runs.invalid(seed, TraceRunner.Request.of(null, null, List.of("color")))
                .contains("valid keys: pfn_valid online refcount"));
        assertTrue(Runs.invalid(Runs.sample("soft-offline.annotated.md"), TraceRunner.Request.of(null, "in-use-lr", List.of()))
                .contains("(did you mean `in-use-lru`?)"));
        assertTrue(Runs.invalid(fenced("## @model linux-2.4", "f()", "=> x = 0", "=> return x"), TraceRunner.Request.of(null, null,
                List.of())).contains("@model linux-2.4 is not a model; models: linux-6.6"));
    }

    @Test
    void theReferenceRunChangesTheStateTheKernelWould() {
        RunResult r = Runs.reference("buddy");
        assertTrue(r.state().has(PageFlag.HWPOISON) && r.state().has(PageFlag.TAKEN_OFF) && !r.state().has(PageFlag.BUDDY));
        assertEquals(1, r.state().poisonedPages());
    }

    // ---- found in review

    @Test
    void anExpectationOnAReturnLineKeepsTheReturnedValue() {
        RunResult r = Runs.run(fenced("f(page)", "=> ret = g(page)", "   => return 7  ## @expect HWPoisonHandlable(page, 0) == 0",
                "=> return ret"), "");
        assertEquals(7L, r.result(), r.message());
        assertTrue(r.expectations().get(0).passed());
    }

    @Test
    void anExpectationThatAssignsFailsAndChangesNothing() {
        RunResult r = run("f()", "=> x = 1  ## @expect x++ == 1", "=> return x + 1");
        assertEquals(2L, r.result());
        assertFalse(r.expectations().get(0).passed());
        assertTrue(r.expectations().get(0).detail().contains("an expectation must not change the run"),
                r.expectations().get(0).detail());
        assertEquals(List.of(3, 4), r.path(), "the expectation adds nothing to the path");
    }

    @Test
    void returnsOnAnElisionLineOrAsTheWholeBodyGivesTheValue() {
        assertEquals(6L, run("f()", "=> b = h()", "   => ...  ## @returns 6", "=> return b").result());
        RunResult onlyAnnotation = run("f()", "=> b = h()", "   ## @returns 9", "=> return b");
        assertEquals(9L, onlyAnnotation.result(), onlyAnnotation.message());
    }

    @Test
    void recursionInsideNestedBranchesEndsBudgetExceeded() {
        for (int levels : new int[] {6, 40}) {
            List<String> lines = new ArrayList<>(List.of("f(n)"));
            for (int i = 0; i < levels; i++) {
                lines.add("   ".repeat(i) + "=> if 1:");
            }
            lines.add("   ".repeat(levels) + "=> f(n)");
            lines.add("=> return 0");
            RunResult r = run(lines.toArray(String[]::new));
            assertEquals(RunOutcome.BUDGET_EXCEEDED, r.outcome(), levels + " levels: " + r.message());
        }
    }

    @Test
    void warnOnAndUnlikelyReturnTheirCondition() {
        RunResult r = Runs.run(fenced("f(page)", "=> if WARN_ON(!PageLRU(page)):", "   => return 1",
                "=> if unlikely(PageLRU(page)):", "   => return 2", "=> return 3"), "");
        assertEquals(1L, r.result(), r.message());
        assertEquals(2L, Runs.run(fenced("f(page)", "=> if WARN_ON(!PageLRU(page)):", "   => return 1",
                "=> if unlikely(PageLRU(page)):", "   => return 2", "=> return 3"), "lru").result());
    }

    @Test
    void aMistypedScenarioPrefixFailsNamingTheNearestScenario() {
        Note n = fenced("## @scenario one: lru", "f()", "=> y = 3  ## @expect onee: y == 3", "=> return y  ## @expect one:$ret == 3");
        RunResult r = Runs.runs(n, TraceRunner.Request.of(null, "one", List.of())).results().get(0);
        assertEquals(2, r.expectations().size());
        assertFalse(r.expectations().get(0).passed());
        assertTrue(r.expectations().get(0).detail().contains("did you mean `one`?"), r.expectations().get(0).detail());
        assertTrue(r.expectations().get(1).passed(), "no space after the colon is fine");
    }

    @Test
    void aMalformedScenarioIsRefusedWithItsLine() {
        Note n = fenced("## @scenario four lru", "f()", "=> y = 3", "=> return y");
        assertTrue(Runs.invalid(n, TraceRunner.Request.of(null, "four", List.of())).contains("test.md:2:1: `@scenario four lru` is not"));
    }

    @Test
    void anExpansionBindsItsParametersByTheSignatureOfARootOfThatName() {
        Note n = fenced("f()", "=> r = g(5)", "   => return q + 1", "=> return r", "", "g(q)", "=> x = q", "=> return x");
        assertEquals(6L, Runs.run(n, "").result());
    }

    @Test
    void forcingAnElseNotTakenLeavesTheChainUntaken() {
        Note n = fenced("f()", "=> x = 0", "=> if x:", "   => x = 1", "-> else:", "   => x = 2", "=> return x");
        RunResult r = Runs.forced(n, "", Map.of(6, Force.NOT_TAKEN));
        assertEquals(0L, r.result());
        assertEquals(List.of(6), r.forced());
    }

    @Test
    void gotoReachesALabelInsideANestedBlockAndAMissingLabelReturnsLeniently() {
        RunResult nested = run("f()", "=> n = 0", "=> goto inner", "=> if 1:", "   => n = 100", "   inner:", "   => n = n + 1",
                "=> return n + 10");
        assertEquals(11L, nested.result(), nested.message());
        RunResult missing = run("f()", "=> ret = 4", "=> goto out", "=> return 0");
        assertEquals(RunOutcome.RETURNED, missing.outcome());
        assertEquals(4L, missing.result());
        assertTrue(missing.lenient().get(0).what().contains("has no label `out`"), missing.lenient()::toString);
        assertEquals(missing.lenient().get(0).line(), lineOf("=> goto out", "f()", "=> ret = 4", "=> goto out"),
                "reported at the goto's line, not the function's");
    }

    /** The 1-based line of {@code wanted} in a note {@link #run} builds from {@code lines} (fenced: one line down). */
    private static int lineOf(String wanted, String... lines) {
        return java.util.Arrays.asList(lines).indexOf(wanted) + 2;
    }

    @Test
    void dollarRetOutsideAReturnLineSaysWhy() {
        RunResult r = run("f()", "=> x = 1  ## @expect $ret == 1", "=> return x");
        assertFalse(r.expectations().get(0).passed());
        assertTrue(r.expectations().get(0).detail().contains("`$ret` has a value only on a return line"));
    }

    @Test
    void negativeNumbersShowTheirErrnoNameBesideTheValue() {
        assertEquals("-16 (-EBUSY)", new Value.Int(-16).toString());
        assertEquals("-1 (-EPERM)", new Value.Int(-1).toString());
        assertEquals("-7", new Value.Int(-7).toString());
    }
}
