package org.tracenotes.core.parse;

import java.util.Set;

/**
 * The labels of a remark in words, the one list of them: {@code 注意：…} (note), {@code 注：…}, {@code 例如：…}
 * and {@code 比如：…} (for example), {@code 即：…} (that is), {@code 说明：…}, {@code 备注：…} (remark) and
 * {@code 原因：…} (why). What follows such a label is said about the step above, even when it names code
 * ({@code 注意：kmalloc(size) 可能失败}): it is no step of its own.
 */
final class RemarkWords {

    private static final Set<String> LABELS = Set.of("注意", "注", "例如", "比如", "即", "说明", "备注", "原因");

    private RemarkWords() {
    }

    /** Whether {@code label} (the words before a colon, blanks around them ignored) is a remark's label. */
    static boolean isRemarkLabel(String label) {
        return LABELS.contains(label.strip());
    }
}
