package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracenotes.core.parse.Parsing.fenced;
import static org.tracenotes.core.parse.Parsing.onlyRoot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/** A step in words opening with a Chinese word for "otherwise" is the else of the if before it (made-up fragments). */
class OtherwiseWordsTest {

    @Test
    void otherwiseOnAStepLineIsTheElseOfTheIfAboveAtItsLevel() {
        Root r = onlyRoot(fenced(
                "fail_path",
                "  -> stop_timers()",
                "  -> if (in_irq())  halt(\"irq\")",
                "  -> \u5426\u5219: kill_task(SIGKILL)"));
        List<Step> body = r.body();
        assertEquals(2, body.size(), body::toString);
        Step chain = body.get(1);
        assertEquals(StepKind.IF, chain.kind());
        assertEquals(1, chain.alternatives().size());
        assertEquals(StepKind.ELSE, chain.alternatives().get(0).kind());
    }

    @Test
    void theOtherWordsForOtherwiseAreElsesToo() {
        for (String word : List.of("\u4e0d\u7136", "\u5176\u4ed6\u60c5\u51b5\u4e0b")) {
            Root r = onlyRoot(fenced(
                    "probe",
                    "  => if (ready)",
                    "       start_dev()",
                    "  => " + word + "\uff0c\u7b49\u5f85\u91cd\u8bd5"));
            assertEquals(1, r.body().size(), word);
            assertEquals(StepKind.ELSE, r.body().get(0).alternatives().get(0).kind(), word);
        }
    }

    @Test
    void aSentenceThatOnlyMentionsOtherwiseLaterStaysASentence() {
        Root r = onlyRoot(fenced(
                "probe",
                "  => if (ready)",
                "       start_dev()",
                "  => \u68c0\u67e5\u72b6\u6001\uff0c\u5426\u5219\u9000\u51fa"));
        assertEquals(2, r.body().size());
        assertEquals(StepKind.PROSE, r.body().get(1).kind());
    }

    @Test
    void successAndFailureBeforeAColonAreTheIfAndElseOfTheStepAbove() {
        Root r = onlyRoot(fenced(
                "grab_lock_x()",
                "  -> try_claim_x()",
                "     -> \u6210\u529f (cmpxchg): \u7ee7\u7eed",
                "     -> \u5931\u8d25 (\u5df2\u88ab\u5360\u7528): stop_self_x()"));
        Step claim = r.body().get(0);
        assertEquals(1, claim.children().size(), claim.children()::toString);
        assertEquals(StepKind.IF, claim.children().get(0).kind());
        assertEquals(StepKind.ELSE, claim.children().get(0).alternatives().get(0).kind());
    }

    @Test
    void successInASentenceWithoutAColonStaysWords() {
        Root r = onlyRoot(fenced(
                "grab_lock_x()",
                "  -> \u6210\u529f\uff0c\u5219\u7ee7\u7eed\u6267\u884c",
                "  -> stop_self_x()"));
        assertEquals(StepKind.PROSE, r.body().get(0).kind());
    }
}
