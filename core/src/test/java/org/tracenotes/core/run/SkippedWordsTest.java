package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracenotes.core.model.Comment;

/** The words that say code was skipped are one list: a prose step that says so is elided in runs too. */
class SkippedWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"先略", "省略", "略过", "略去", "暂略", "跳过", "不看", "待补充", "...", "…", "……", "skip the lru part"})
    void aProseStepSayingCodeWasSkippedTakesItsReturnsAnnotation(String words) {
        RunResult r = Runs.run(Runs.note("```\nf()\n=> ret = g()\n=> return ret\n\ng()\n=> " + words + "  ## @returns 5\n```\n"), "");
        assertEquals(RunOutcome.RETURNED, r.outcome(), r.message());
        assertEquals(5L, r.result(), words + ": the elided step's @returns is the function's result");
        assertTrue(Comment.saysSkipped(words), words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"folio_put(folio)", "如果失败", "page 被分配出去么"})
    void otherProseIsNotSkipping(String words) {
        assertFalse(Comment.saysSkipped(words), words);
    }
}
