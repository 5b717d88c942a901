package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;

/**
 * A step in words that names exactly one call, its argument list written out, is that call: the words
 * say what it does or why, in whatever order the author's language puts them.
 * <pre>
 * 2. 把 `req` 的地址传给 `ring_submit()`       a call of ring_submit
 * 3. 校验队列的深度，`ring_check(q)`            a call of ring_check
 * → 网卡的 ops->xmit()：把帧交给硬件            a call of ops->xmit
 * 1. 检查 `depth` 和 `flags` 是否合法           words: no call named
 * → 用户态 read()/write() 返回                  words: two calls
 * - 如果 `ring_full()` 就丢弃                   words: a condition, not a call
 * </pre>
 * A call is a name (members through {@code ->} or {@code .} allowed) right before a parenthesised list,
 * in a code span, or in plain text with a colon right after it (the words after the colon say what it does).
 * A call after a label ({@code 分配页面：f(x) 可能失败}, {@code 注意：f(x)}) is words about it. Words that make
 * the sentence something else keep it words: a condition (如果, 若, 假如, 否则, 是否), a return (返回), a
 * negation (不, 没, 无需), recursion (递归), 调用 (read by {@link SentenceKinds}); so does a sentence naming
 * two or more calls, and one in English (most often about the call: words). Only a step the reader left in
 * words is looked at.
 *
 * <p>Cost: a few passes over the words of a step in words; none over any other step.
 */
final class OneCallSentences {

    private OneCallSentences() {
    }

    /** {@link StepKind#CALL} when {@code line} is a step in words naming one call; else {@code kind}. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (kind != StepKind.PROSE || r == null || r.expression() != null) {
            return kind;
        }
        String t = r.text();
        if (!hasWords(t) || hasOtherMeaning(t)) {
            return kind;
        }
        return calls(t) == 1 ? StepKind.CALL : kind;
    }

    /**
     * How many calls {@code t} names (stops counting at two); two, so no call, when a call stands after a
     * label ({@code 分配页面：f(x) 可能失败}, {@code 注意：f(x)}: words about it) or in plain text with no colon right
     * after it ({@code 释放资源 ring_free(dev)}: a stage in words).
     */
    private static int calls(String t) {
        int n = 0;
        for (int i = nextName(t, 0); i < t.length() && n < 2; i = nextName(t, nameEnd(t, i))) {
            int e = nameEnd(t, i);
            int close = e < t.length() && t.charAt(e) == '(' ? close(t, e) : -1;
            if (close < 0) {
                continue;
            }
            if (colonBefore(t, i) || !inCodeSpan(t, i) && !colonAfter(t, close + 1)) {
                return 2;
            }
            n++;
        }
        return n;
    }

    private static boolean colonBefore(String t, int i) {
        for (int k = 0; k < i; k++) {
            if (t.charAt(k) == ':' || t.charAt(k) == '\uFF1A') {
                return true;
            }
        }
        return false;
    }

    private static boolean colonAfter(String t, int k) {
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        return k < t.length() && (t.charAt(k) == ':' || t.charAt(k) == '\uFF1A');
    }

    /** Whether an odd number of backticks stands before {@code i}: it is inside a code span. */
    private static boolean inCodeSpan(String t, int i) {
        boolean in = false;
        for (int k = 0; k < i; k++) {
            in ^= t.charAt(k) == '`';
        }
        return in;
    }

    /** Where the next name of {@code t} at or after {@code from} starts (not a member after {@code ->} or {@code .}); its length when none. */
    private static int nextName(String t, int from) {
        for (int i = Math.max(from, 0); i < t.length(); i++) {
            if (PlainTextCalls.isNameStart(t.charAt(i)) && (i == 0 || !PlainTextCalls.isNamePart(t.charAt(i - 1))
                    && t.charAt(i - 1) != '>' && t.charAt(i - 1) != '.')) {
                return i;
            }
        }
        return t.length();
    }

    /** Where the name (with {@code ->} and {@code .} members) starting at {@code i} ends. */
    private static int nameEnd(String t, int i) {
        int e = i;
        while (true) {
            while (e < t.length() && PlainTextCalls.isNamePart(t.charAt(e))) {
                e++;
            }
            if (e + 2 < t.length() && t.charAt(e) == '-' && t.charAt(e + 1) == '>' && PlainTextCalls.isNameStart(t.charAt(e + 2))) {
                e += 2;
            } else if (e + 1 < t.length() && t.charAt(e) == '.' && PlainTextCalls.isNameStart(t.charAt(e + 1))) {
                e++;
            } else {
                return e;
            }
        }
    }

    /** Where the {@code (} at {@code open} is closed on the line, with no other {@code (} before; -1 when it is not. */
    private static int close(String t, int open) {
        for (int k = open + 1; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ')') {
                return k;
            }
            if (c == '(' || c == '\uFF08' || c == '\uFF09') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code t} holds CJK words (a sentence in English naming a call is most often about it: words). */
    private static boolean hasWords(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (Character.UnicodeScript.of(t.charAt(k)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOtherMeaning(String t) {
        for (String w : OTHER_MEANINGS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that make a sentence something else than its call: a condition (如果, 若, 假如, 否则, 是否), a
     * return (返回), a negation (不, 没, 无需), recursion (递归); 调用 (calls), whose sentences
     * {@link SentenceKinds} and {@link PlainTextCalls} read.
     */
    private static final String[] OTHER_MEANINGS = {"\u5982\u679C", "\u82E5", "\u5047\u5982", "\u5426\u5219",
        "\u662F\u5426", "\u8FD4\u56DE", "\u4E0D", "\u6CA1", "\u65E0\u9700", "\u9012\u5F52", "\u8C03\u7528"};
}
