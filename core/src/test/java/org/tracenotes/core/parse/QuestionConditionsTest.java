package org.tracenotes.core.parse;

import static org.tracenotes.core.parse.Parsing.assertShape;

import org.junit.jupiter.api.Test;

/**
 * A yes-or-no question over the steps done when the answer is yes is an if ({@link QuestionConditions}); a
 * question without a body, or one asking why or how, stays what its words are. Every fragment is made up.
 */
class QuestionConditionsTest {

    @Test
    void aQuestionOverABodyIsAnIf() {
        assertShape("""
                root tick_handler
                  prose bump the tick count
                  if count == limit?
                    prose save the frame
                  if queue empty ?
                    call wake_idle()
                  if 缓存命中？
                    prose 直接返回
                  prose go back
                """, "tick_handler", "  → bump the tick count", "  → count == limit?", "      → save the frame",
                "  → queue empty ?", "      → wake_idle()", "  → 缓存命中？", "      → 直接返回", "  → go back");
    }

    @Test
    void aQuestionWithoutABodyOrAskingWhyStaysWords() {
        assertShape("""
                root tick_handler
                  prose is it locked?
                  prose why twice?
                    prose the timer fires again
                  prose all done
                """, "tick_handler", "  → is it locked?", "  → why twice?", "      → the timer fires again", "  → all done");
    }
}
