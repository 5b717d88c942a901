package org.tracenotes.core.parse;

import java.util.List;

/**
 * An editor's tag stack copied into a note ({@link org.tracenotes.grammar.TagStackListings}): each frame
 * after the first step is called from the step line before it, whatever its column.
 */
final class TagStackChains {

    private TagStackChains() {
    }

    /** {@code lines} with every step after the first moved under the one before it, when the block is a tag stack. */
    static List<TraceLine> apply(List<TraceLine> lines, boolean tagStack) {
        if (!tagStack) {
            return lines;
        }
        boolean[] links = new boolean[lines.size()];
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            links[i] = !first;
            first = false;
        }
        return ChainLinks.apply(lines, links);
    }
}
