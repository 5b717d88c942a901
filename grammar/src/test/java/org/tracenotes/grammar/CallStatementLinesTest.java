package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a line of a column of calls is ({@link CallStatementLines}); every line is made up. */
class CallStatementLinesTest {

    private static int kindOf(String line) {
        int[] t = line.codePoints().toArray();
        return CallStatementLines.kind(t, 0, t.length);
    }

    @Test
    void callsWithArgumentsOrASemicolonAreStatements() {
        assertEquals(CallStatementLines.STATEMENT, kindOf("cfg_load(&cfg, argv)"));
        assertEquals(CallStatementLines.STATEMENT, kindOf("timer_init();"));
        assertEquals(CallStatementLines.STATEMENT, kindOf("srv->hooks.run(srv);   // every hook"));
        assertEquals(CallStatementLines.STATEMENT, kindOf("rc = pool_open(size);  # the result kept"));
        assertEquals(CallStatementLines.STATEMENT, kindOf("Pool::open(size);"));
    }

    @Test
    void bareNamesAndEmptyCallsAreNames() {
        assertEquals(CallStatementLines.NAME, kindOf("alloc_main_conf"));
        assertEquals(CallStatementLines.NAME, kindOf("merge_conf()   /* later */"));
        assertEquals(CallStatementLines.OTHER, kindOf("ok"));
        assertEquals(CallStatementLines.OTHER, kindOf("MAX"));
    }

    @Test
    void cjkWordsAreAStepInWords() {
        assertEquals(CallStatementLines.WORDS, kindOf("加载配置文件"));
        assertEquals(CallStatementLines.OTHER, kindOf("设置 x = 1"));
    }

    @Test
    void codeThatIsNoCallCommandsAndConfigLinesAreOther() {
        assertEquals(CallStatementLines.OTHER, kindOf("x = 4;"));
        assertEquals(CallStatementLines.OTHER, kindOf("if (a) {"));
        assertEquals(CallStatementLines.OTHER, kindOf("puts(\"hello\");"));
        assertEquals(CallStatementLines.OTHER, kindOf("./configure --prefix=/usr"));
        assertEquals(CallStatementLines.OTHER, kindOf("make install"));
        assertEquals(CallStatementLines.OTHER, kindOf("workers 4;"));
        assertEquals(CallStatementLines.OTHER, kindOf("f(a) * 2"));
    }

    @Test
    void aSemicolonBeforeTheRemarkEndsAStatement() {
        assertTrue(CallStatementLines.endsInSemicolon(
                "queue_flush(q);  // drains it".codePoints().toArray(), 0, "queue_flush(q);  // drains it".length()));
        assertFalse(CallStatementLines.endsInSemicolon("queue_flush(q)  # x;".codePoints().toArray(), 0, 20));
    }
}
