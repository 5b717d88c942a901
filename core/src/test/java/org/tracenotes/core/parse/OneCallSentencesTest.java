package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Step;

/**
 * A step in Chinese words that names exactly one call, its argument list written out, is that call;
 * conditions, returns, negations, 调用 sentences, sentences naming no call or two, and English sentences
 * stay words. Every fragment is made up.
 */
class OneCallSentencesTest {

    /** The kind of the second step of a small arrow tree whose second step is {@code words}. */
    private static String kindOf(String words) {
        List<Step> body = Parsing.onlyRoot(Parsing.fenced(
                "ring_submit_all()",
                "    -> ring_lock(r)",
                "    -> " + words,
                "    -> ring_unlock(r)")).body();
        assertEquals(3, body.size(), () -> "steps: " + body);
        return body.get(1).kind().id();
    }

    @Test
    void aSentenceEndingInOneQuotedCallIsThatCall() {
        assertEquals("call", kindOf("把 `req` 的地址传给 `ring_submit()`"));
        assertEquals("call", kindOf("校验队列的深度 , `ring_check(q)`"));
        assertEquals("call", kindOf("这个函数是`ring_wrap(r, flags)`的封装"));
    }

    @Test
    void aCallInPlainTextIsThatCallOnlyBeforeAColonRemark() {
        assertEquals("call", kindOf("网卡的 r->ops->xmit()：把帧交给硬件"));
        assertEquals("prose", kindOf("再试一次 ring_try_get(r)，拿到后加锁"));
        assertEquals("prose", kindOf("提交请求：ring_submit(r) 之后加锁"));
    }

    @Test
    void sentencesNamingNoCallOrTwoCallsStayWords() {
        assertEquals("prose", kindOf("检查 `depth` 和 `flags` 是在合法范围内"));
        assertEquals("prose", kindOf("用户态 ring_read()/ring_write() 完成"));
        assertEquals("prose", kindOf("先 `ring_fill()` 再 `ring_kick()`"));
    }

    @Test
    void conditionsReturnsAndNegationsAreNoCalls() {
        assertEquals("if", kindOf("如果 `ring_full(r)` 就丢弃这个请求"));
        assertEquals("prose", kindOf("检查队列是否`ring_ok()`"));
        assertEquals("prose", kindOf("把结果 `ring_status(r)` 返回给上层"));
        assertEquals("prose", kindOf("这里不需要 `ring_flush(r)`"));
    }

    @Test
    void englishSentencesNamingACallStayWords() {
        assertEquals("prose", kindOf("hands the frame over via ring_push()"));
    }
}
