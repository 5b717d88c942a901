package org.tracenotes.core.parse;

import org.tracenotes.core.model.Comment;

/**
 * A line of a right-hand remark carried on below its step whose words the lexer split into a step and a
 * note: the remark's line starts with something shaped like code and goes on in words right after it, with
 * no gap ({@code paging(EPT)，初始化之} read as the call {@code paging(EPT)} and the note {@code ，初始化之};
 * {@code vcpu->arch.mmu 中的属性} as {@code vcpu->arch.mmu} and {@code 中的属性}).
 * <pre>
 * foo_open => foo_init => foo_tdp_init          如果支持 two level
 *                                               paging(EPT)，初始化之，设置
 *                                               vcpu->arch.mmu 中的属性和函数
 *                                  => foo_soft_init
 * </pre>
 * Such a note, unmarked and starting less than {@link RightColumnRemarks#GAP} columns past the text it
 * follows, is the rest of one run of words: the line is still a remark line of the column it stands in
 * ({@link RightColumnRemarks}). A note of its own, marked ({@code //}) or far right of the line's text,
 * makes the line a step with a note, as before.
 */
final class AdjacentGlosses {

    private AdjacentGlosses() {
    }

    /** Whether every note of line {@code l} (its text starting at char {@code start}) is an unmarked gloss right after its text. */
    static boolean onlyAdjacent(TraceLine l, int start) {
        if (l.reading() == null) {
            return false;
        }
        for (Comment c : l.comments()) {
            if (c.placement() != Comment.Placement.TRAILING || c.range().line() != l.line() || !c.marker().isEmpty()
                    || c.range().column() - 1 >= start + l.reading().text().length() + RightColumnRemarks.GAP) {
                return false;
            }
        }
        return true;
    }
}
