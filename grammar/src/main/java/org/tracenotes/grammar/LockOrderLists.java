package org.tracenotes.grammar;

import java.util.List;
import java.util.Locale;

/**
 * The order in which locks nest, as C sources and notes write it down: not a call tree, nor a call chain.
 * <pre>
 * /*
 *  * Lock ordering:            a caption naming a lock order, hierarchy or nesting
 *  *   inode_lock              over names drawn deeper each (no call among them)
 *  *     page_lock
 *  *&#47;
 * // mmap_lock -&gt; i_mmap_rwsem -&gt; anon_vma-&gt;rwsem     (every link a lock, one at least a lock object)
 * </pre>
 * A tree of names is a lock order when its first line or the line with text just above it (past a comment's
 * margin, in a fence, a comment or the note's text) is a caption ending in {@code :} that speaks of a lock's
 * order ({@code lock order}, {@code locking order}, {@code lock ordering}, {@code lock hierarchy},
 * {@code lock nesting}) and no line of the tree calls ({@code (}). A chain on one line is one when every link
 * names a lock ({@code …lock}, {@code …sem}, {@code …mutex}, {@code …mtx}) and one at least is a lock object
 * rather than a function that takes one: a member ({@code anon_vma->rwsem}) or a semaphore or mutex
 * ({@code i_mmap_rwsem}); {@code spin_lock -> _raw_spin_lock -> do_raw_spin_lock} stays a chain of calls.
 */
final class LockOrderLists {

    /** Lines above a tree its caption may stand, past lines with no text. */
    private static final int CAPTION_REACH = 3;
    /** The longest caption. */
    private static final int MAX_CAPTION = 80;
    private static final String[] LOCK_ENDS = {"lock", "sem", "mutex", "mtx"};
    private static final String[] OBJECT_ENDS = {"sem", "mutex", "mtx"};
    private static final String[] ORDER_WORDS = {"order", "hierarch", "nesting"};

    private LockOrderLists() {
    }

    /** Whether lines {@code first}..{@code last} are names under a lock-order caption, no call among them. */
    static boolean isCaptionedTree(int[] t, NoteLayout layout, int first, int last) {
        if (!captioned(t, layout, first)) {
            return false;   // the cheap test: the caption
        }
        for (int j = first; j <= last; j++) {
            if (LineScan.count(t, layout.start(j), layout.contentEnd(j), '(') > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether line {@code first}, or the nearest line above it with text, is a lock-order caption. */
    private static boolean captioned(int[] t, NoteLayout layout, int first) {
        for (int j = first; j >= 0 && j >= first - CAPTION_REACH; j--) {
            int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
            int p = layout.start(j);
            while (p < e && (t[p] == ' ' || t[p] == '\t' || t[p] == '*' || t[p] == '/' || t[p] == '#')) {
                p++;   // a comment's margin or opening, a heading's marks
            }
            if (p == e) {
                continue;
            }
            if (isCaption(t, p, e)) {
                return true;
            }
            if (j < first) {
                return false;   // the nearest line with text above the tree is something else
            }
        }
        return false;
    }

    /** Whether [p, e) is a caption ending in {@code :} that speaks of a lock order. */
    private static boolean isCaption(int[] t, int p, int e) {
        if (e - p > MAX_CAPTION || t[e - 1] != ':' || !LineScan.containsLower(t, p, e, "lock")) {
            return false;
        }
        for (String word : ORDER_WORDS) {
            if (LineScan.containsLower(t, p, e, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the chain {@code text} on one line names locks in the order they nest, not calls. */
    static boolean isLockChain(String text) {
        List<String> links = ChainLinkTexts.split(text);
        boolean object = false;
        for (String link : links) {
            String l = link.toLowerCase(Locale.ROOT);
            if (l.indexOf('(') >= 0 || !endsWithAny(l, LOCK_ENDS)) {
                return false;
            }
            object |= l.contains("->") || l.indexOf('.') >= 0 || endsWithAny(l, OBJECT_ENDS);
        }
        return object;
    }

    private static boolean endsWithAny(String s, String[] ends) {
        for (String end : ends) {
            if (s.endsWith(end)) {
                return true;
            }
        }
        return false;
    }
}
