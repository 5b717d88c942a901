package org.tracenotes.grammar;

import java.util.regex.Pattern;

/**
 * Chains written in words under captions in a plain-text note: a caption at the margin, under it indented lines
 * each a chain of steps in words joined by spaced arrows ({@code alloc struct bus_type -> scan the bus -> ...}),
 * each link a short phrase naming a code object or a call ({@code call bus_register()}); a line deeper, under a
 * link of the line above (its words, or an arrow under an arrow), goes on from that link:
 * <pre>
 * bus core sets up the bus: build the device list
 *     alloc struct bus_type -&gt; scan the bus -&gt; new device -&gt; add to the device list
 *                                          hub -&gt; alloc struct device -&gt; scan the hub
 * the driver
 *     alloc struct my_driver -&gt; call drv_register() -&gt; add to the driver list
 * </pre>
 * Evidence is asked for, as the layout lives among prose: two captioned groups at least, one after the other
 * (no blank line between), whose first indented line is a chain of {@value #MIN_LINKS} links or more, every
 * link short ({@value #MAX_LINK} characters, {@value #MAX_WORDS} words at most) and words (a blank or a CJK
 * character in it, not only a call), and C code named in two groups at least: a call with an {@code _}
 * ({@code drv_register()}) or a {@code struct x} among a chain's links. Code is no chain in words: a line
 * that starts with {@code $}, {@code #}, {@code //} or {@code key:}, a link holding {@code $}, an opening brace or
 * {@code =}, a list item; nor is it a caption (a line opening or closing a brace, {@code class Loader:}). Menu paths and
 * state sequences ({@code Settings -> Advanced -> Network}, {@code created -> running -> stopped}) name no
 * call; sentences holding an arrow have long links. The run is a trace block of shape
 * {@link BlockShape#WORDED_CHAINS}; its lines nest by their columns.
 */
final class WordedChainCaptions {

    /** The spaced arrow between links, and a run of blanks (compiled once). */
    private static final Pattern LINK_ARROW = Pattern.compile(" -> ", Pattern.LITERAL);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Links of a group's chain, at least. */
    private static final int MIN_LINKS = 3;
    /** Characters of a link, at most. */
    private static final int MAX_LINK = 40;
    /** Words of a link, at most. */
    private static final int MAX_WORDS = 6;
    /** Characters of a caption, at most. */
    private static final int MAX_CAPTION = 60;
    /** Chained groups of a run, at least. */
    private static final int MIN_GROUPS = 2;
    /** A call among a link's words: {@code usb_register()}. */
    private static final Pattern CALL = Pattern.compile("[A-Za-z_]\\w*\\(\\)");
    /** What names C code among a link's words: a call with an {@code _} ({@code usb_register()}) or a {@code struct x}. */
    private static final Pattern C_NAME = Pattern.compile("\\b(?:[A-Za-z]\\w*_\\w*\\(\\)|struct\\s+[A-Za-z_]\\w*)");
    /** A line of code or data, no chain in words: a Perl variable, a comment, a {@code key:} of YAML. */
    private static final Pattern CODE_LINE = Pattern.compile("(?:[$#]|//|[\\w.-]+:\\s).*");
    /** A caption of code: a line opening a brace or closing one ({@code if (x)}, {@code else} between braces), a Python statement's head. */
    private static final Pattern CODE_CAPTION = Pattern.compile(
            ".*\\{|}.*|(?:class|def|if|elif|else|for|while|try|except|finally|with|switch|case)\\b.*:");

    private WordedChainCaptions() {
    }

    /**
     * Whether line {@code j} holds the spaced arrow {@code " -> "}, as every chain line does (read without making a
     * string: most lines holding {@code ->} are code, {@code dev->bus}).
     */
    private static boolean holdsSpacedArrow(NoteLayout layout, int j) {
        int[] t = layout.codePoints();
        for (int k = layout.start(j) + 1, e = layout.contentEnd(j) - 2; k < e; k++) {
            if (t[k] == '-' && t[k + 1] == '>' && t[k - 1] == ' ' && t[k + 2] == ' ') {   // the dash first: blanks are common
                return true;
            }
        }
        return false;
    }

    /** Marks such runs among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (i + 1 >= n || !holdsSpacedArrow(layout, i + 1) || !chain(layout.lineText(i + 1)) || group(layout, i) < 0) {
                i++;
                continue;
            }
            int groups = 0;
            int called = 0;   // groups naming C code
            int last = i;
            for (int c = i; c < n; ) {
                int e = group(layout, c);
                if (e < 0 || layout.indentOf(c) != layout.indentOf(i)) {
                    break;
                }
                groups += chain(layout.lineText(c + 1)) ? 1 : 0;
                boolean call = false;
                for (int j = c + 1; j <= e; j++) {
                    call |= C_NAME.matcher(layout.lineText(j)).find() && layout.lineText(j).contains(" -> ");
                }
                called += call ? 1 : 0;
                last = e;
                c = e + 1;
            }
            if (groups >= MIN_GROUPS && called >= MIN_GROUPS) {
                layout.markTrace(i, last, blockId);
                layout.mark(BlockShape.WORDED_CHAINS, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /**
     * The last line of the group whose caption is line {@code c}: the text lines right under it, deeper than it;
     * -1 when line {@code c} is no caption over such lines.
     */
    private static int group(NoteLayout layout, int c) {
        int n = layout.lineCount();
        if (c + 1 >= n || layout.role(c) != NoteLayout.Role.TEXT || layout.arrowEnd(c) >= 0) {
            return -1;
        }
        String caption = layout.lineText(c).strip();
        if (caption.isEmpty() || caption.length() > MAX_CAPTION || caption.contains("->") || ListItemMarkers.isItem(caption)
                || CODE_CAPTION.matcher(caption).matches()) {
            return -1;
        }
        int column = layout.indentOf(c);
        int last = -1;
        for (int j = c + 1; j < n && layout.role(j) == NoteLayout.Role.TEXT && layout.indentOf(j) > column; j++) {
            last = j;
        }
        return last;
    }

    /** Whether {@code text} is a chain in words: {@value #MIN_LINKS} short links or more, spaced arrows between, one link words. */
    private static boolean chain(String text) {
        if (text.indexOf(" -> ") < 0) {
            return false;   // the cheap test
        }
        String s = text.strip();
        String[] links = LINK_ARROW.split(s, -1);
        if (links.length < MIN_LINKS || s.startsWith("-") || s.startsWith("|") || CODE_LINE.matcher(s).matches()
                || ListItemMarkers.isItem(s)) {
            return false;
        }
        boolean words = false;
        for (String l : links) {
            String t = l.strip();
            if (t.isEmpty() || t.length() > MAX_LINK || SPACES.split(t).length > MAX_WORDS || t.contains("->")
                    || t.indexOf('$') >= 0 || t.indexOf('{') >= 0 || t.indexOf('=') >= 0 || t.indexOf('\u3002') >= 0 || t.indexOf('\uFF0C') >= 0 || t.endsWith(".") && !t.endsWith("...")) {
                return false;
            }
            words |= !CALL.matcher(t).matches() && (t.indexOf(' ') > 0 || t.codePoints().anyMatch(LineScan::isCjk));
        }
        return words;
    }
}
