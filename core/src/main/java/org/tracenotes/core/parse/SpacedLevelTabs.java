package org.tracenotes.core.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A block whose own lines say its author sees tabs four wide: under a name at column 0, one level is
 * written as four spaces, the body of such a four-space step as those four spaces and a tab, and other
 * lines of the block are led by a tab. The author's tab adds one level of four columns to the four-space
 * level, so a line led by one tab stands at that level too, beside the four-space steps, as statements
 * copied from the source into a tree typed with spaces do:
 * <pre>
 * foo_cmd_new
 *     foo_alloc
 *     \tp = kmalloc(size);          (4 spaces and a tab: 8, in foo_alloc's body)
 *     \tq = kzalloc(size);
 *
 * \tfoo_match_init(&amp;m);         (a tab: 4, foo_alloc's sibling)
 * \tfoo_lock();
 *         foo_lock_slow();          (8 spaces: in foo_lock's body)
 * </pre>
 * Eight wide, every tab-led line would sink into {@code foo_alloc}'s body, written the one way before the
 * blank line and the other after it. The block's evidence outweighs the note's evidence for eight
 * ({@link HalfTabEvidence}: kernel code quoted elsewhere in the note, aligned for eight). A block without a
 * four-space step whose next line adds a tab to its four spaces, without a tab-led line, or not headed by a
 * bare name at column 0 (a fence's opener, a caption, a call with arguments), is not read this way.
 */
final class SpacedLevelTabs {

    private static final String LEVEL = "    ";
    /** The block's head: a bare function name at column 0 ({@code foo_cmd_new}, {@code foo_cmd_new()}). */
    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_]\\w*(?:\\(\\))?\\s*");

    private SpacedLevelTabs() {
    }

    /** Whether the block's code lines (in order, blank lines and comments left out) say tabs four wide. */
    static boolean fourWide(List<String> code) {
        if (code.size() < 3 || !BARE_NAME.matcher(code.get(0)).matches()) {
            return false;
        }
        boolean spacedBody = false;
        boolean tabLed = false;
        for (int i = 1; i < code.size(); i++) {
            String lead = blanks(code.get(i));
            spacedBody |= blanks(code.get(i - 1)).equals(LEVEL) && lead.startsWith(LEVEL + "\t");
            tabLed |= lead.startsWith("\t");
        }
        return spacedBody && tabLed;
    }

    /** The spaces and tabs a line starts with. */
    private static String blanks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
