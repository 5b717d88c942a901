package org.tracenotes.core.parse;

/**
 * A list item whose text opens with a quote mark, {@code - > 获取设备}, in a list of functions with quoted steps
 * (the layout's {@code QuotedStepLists}): the author quotes the step inside the item above, so it stands at its
 * quote mark's column, deeper than a plain item's bullet beside it. In other lists the quote is the item's text
 * ({@link SkippedMargins#itemColumns}).
 * <pre>
 * - dev_start(): 启动设备        a function
 * - &gt; 获取设备                    its step: at the column of the {@code >}
 * - &gt; 调用 dev_bind               its step
 * </pre>
 */
final class QuotedItems {

    private QuotedItems() {
    }

    /** Whether the item's text, from {@code text} on, opens with a quote mark and a blank. */
    static boolean opensWithQuote(String line, int text) {
        return text + 1 < line.length() && line.charAt(text) == '>' && (line.charAt(text + 1) == ' ' || line.charAt(text + 1) == '\t');
    }
}
