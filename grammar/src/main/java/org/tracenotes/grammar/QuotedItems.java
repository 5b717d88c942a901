package org.tracenotes.grammar;

/**
 * A list item whose text opens with a quote mark and a blank, {@code - > 获取设备}: in a list of functions with
 * quoted steps ({@link QuotedStepLists}) the author quotes the step inside the item above. The one reader of
 * that opening for the grammar, which finds such lists and makes the quote mark a margin, and core, which then
 * stands such an item at its quote mark's column, deeper than a plain item's bullet beside it.
 * <pre>
 * - dev_start(): 启动设备        a function
 * - &gt; 获取设备                    its step
 * - &gt; 调用 dev_bind               its step
 * </pre>
 * A quote mark without a blank after it ({@code ->}, {@code >=}) opens no quote.
 */
public final class QuotedItems {

    private QuotedItems() {
    }

    /** Whether code points [{@code text}, {@code e}), an item's text, open with a quote mark and a blank. */
    static boolean opensWithQuote(int[] t, int text, int e) {
        return text + 1 < e && quoteMark(t[text], t[text + 1]);
    }

    /** As {@link #opensWithQuote(int[], int, int)}, for the item's text from char {@code text} of {@code line}. */
    public static boolean opensWithQuote(CharSequence line, int text) {
        return text + 1 < line.length() && quoteMark(line.charAt(text), line.charAt(text + 1));
    }

    /** Whether {@code c}, then {@code next}, are a quote mark and the blank after it. */
    private static boolean quoteMark(int c, int next) {
        return c == '>' && (next == ' ' || next == '\t');
    }
}
