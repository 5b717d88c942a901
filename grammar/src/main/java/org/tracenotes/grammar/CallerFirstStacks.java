package org.tracenotes.grammar;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A call stack written caller first (top-down) in a fence or a paragraph of its own: a flat column of calls, one {@code f()} a line, no
 * arrow and no indentation, each line called by the line above it and the top line the root; the column may
 * go on as an indented tree under its last line (lines indented under it are its callees, nested by their
 * indentation).
 * <pre>
 * start_kernel()
 * pump_setup()
 * pump_prime()
 *   pump_fill_valve()
 *     __pump_open()
 *   pump_check()
 * </pre>
 * A column of names is as often a list of siblings, or a stack pasted innermost first, so the column is read
 * caller first only on evidence in the text ({@link #direction}):
 * <ul>
 * <li>a sure entry point on top (a stack's outermost frame, {@link StackEntryPoints#isStrongEntry}: a system call's or the
 * kernel's entry such as {@code __x64_sys_read} or {@code entry_SYSCALL_64}, or a boot root such as {@code start_kernel}
 * or {@code setup_arch}; not a name that merely starts {@code entry_} or {@code sys_}, as {@code entry_init()} does) and
 * none at the bottom of the flat column (an entry at the bottom is a stack pasted innermost first);</li>
 * <li>or the caption above the fence (the nearest line above it, ending in a colon) names a call chain or a
 * call path, or says the calls run top-down ({@code caller first}); a caption naming a call stack alone says
 * nothing of the direction;</li>
 * <li>or the flat column's names build on each other as a call path does ({@link FlatChainRuns#layered}).</li>
 * </ul>
 * Every line is a bare call or name ({@code f()}, {@code ops.f()}, {@code f}) and nothing else; three flat lines
 * at least; outside a fence, every line a call with its parentheses, blank lines (or the note's edge) around the
 * paragraph. Columns a heading naming a call chain already makes a chain ({@link FlatChainRuns}) are left to it.
 */
public final class CallerFirstStacks {

    /** A line of the column: a name (with {@code ->} and {@code .}) and a call's parentheses at most. */
    private static final Pattern CALL = Pattern.compile(NameShapes.MEMBER_NAME + "(?:\\(\\s*\\))?");
    /** Words of a caption saying the calls run top-down (lower case), beside {@link FlatChainRuns#CHAIN_WORDS}. */
    private static final String[] TOP_DOWN_WORDS = {"top-down", "top down", "caller first", "callers first", "outermost first"};

    private CallerFirstStacks() {
    }

    /**
     * Whether the fence opened on line {@code open}, content lines {@code first}..{@code last}, is a stack written
     * caller first with evidence of its direction; if so it is recorded as block {@code blockId}'s shape
     * ({@link BlockShape#CALLER_FIRST_STACK}).
     */
    static boolean markFenced(NoteLayout layout, int open, int first, int last, int blockId) {
        if (!isStack(layout, open, first, last, false) || FlatChainRuns.isFencedChain(layout, open, first, last)) {
            return false;
        }
        layout.mark(BlockShape.CALLER_FIRST_STACK, blockId);
        return true;
    }

    /**
     * Marks as trace blocks from {@code blockId} the paragraphs of the note's text that are such stacks, every line
     * a call with its parentheses ({@code f()}); the next free id.
     */
    static int mark(NoteLayout layout, int blockId) {
        int id = blockId;
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT || i > 0 && !layout.blank(i - 1)) {
                continue;
            }
            int last = layout.paragraphEnd(i);
            if (last - i + 1 >= FlatChainRuns.MIN_LINKS && (last + 1 >= n || layout.blank(last + 1))
                    && isStack(layout, i, i, last, true)) {
                layout.markTrace(i, last, id);
                layout.mark(BlockShape.CALLER_FIRST_STACK, id++);
            }
            i = last;
        }
        return id;
    }

    /**
     * Whether lines {@code first}..{@code last}, under the line above {@code top} (a fence's opening line, or the
     * first line itself), are a flat column of calls, a tree under its last line at most, read caller first on
     * evidence ({@link #direction}); {@code parens}: every line a call with its parentheses.
     */
    private static boolean isStack(NoteLayout layout, int top, int first, int last, boolean parens) {
        int column = -1;
        int flat = 0;
        boolean deeper = false;
        String topName = null;
        String bottom = null;
        String[] names = new String[Math.max(0, last - first + 1)];
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                if (flat > 0) {
                    return false;   // one column, no paragraphs
                }
                continue;
            }
            String line = layout.lineText(j).strip();
            if (!CALL.matcher(line).matches() || parens && !line.endsWith(")")) {
                return false;
            }
            int indent = layout.indentOf(j);
            if (column < 0) {
                column = indent;
            }
            if (indent < column || indent == column && deeper) {
                return false;   // back at the column after the tree: not one path
            }
            if (indent > column) {
                deeper = true;
                continue;
            }
            String name = bare(line);
            topName = topName == null ? name : topName;
            bottom = name;
            names[flat++] = line;
            if (flat > FlatChainRuns.MAX_LINKS) {
                return false;
            }
        }
        return flat >= FlatChainRuns.MIN_LINKS && !underChainHeading(layout, top)
                && direction(layout, top, topName, bottom, java.util.Arrays.copyOf(names, flat));
    }

    /** Whether the text says the column runs caller first: an entry on top only, a caption, or layered names. */
    private static boolean direction(NoteLayout layout, int open, String top, String bottom, String[] names) {
        if (StackEntryPoints.isStrongEntry(top) && !StackEntryPoints.isEntry(bottom)) {
            return true;
        }
        if (StackEntryPoints.isEntry(bottom)) {
            return false;   // an entry at the bottom: innermost first
        }
        return topDownCaption(layout, open) || FlatChainRuns.layered(names);
    }

    /** The last part of a line's name, without parentheses ({@code x86_init.paging.f()} is {@code f}). */
    private static String bare(String line) {
        String s = line.endsWith(")") ? line.substring(0, line.indexOf('(')).strip() : line;
        int dot = Math.max(s.lastIndexOf('.'), s.lastIndexOf('>'));
        return dot >= 0 ? s.substring(dot + 1) : s;
    }

    /** The nearest non-blank line above the fence opened on line {@code open}, or -1. */
    private static int above(NoteLayout layout, int open) {
        int k = open - 1;
        while (k >= 0 && layout.blank(k)) {
            k--;
        }
        return k;
    }

    /** Whether the nearest line above the fence names a call chain as a heading or comment does (read by {@code FlatChains}). */
    private static boolean underChainHeading(NoteLayout layout, int open) {
        int k = above(layout, open);
        return k >= 0 && FlatChainRuns.namesCallChain(layout.lineText(k));
    }

    /** Whether the caption right above the fence, ending in a colon, names a call chain or says the calls run top-down. */
    private static boolean topDownCaption(NoteLayout layout, int open) {
        int k = above(layout, open);
        if (k < 0) {
            return false;
        }
        String caption = layout.lineText(k).strip();
        if (!caption.endsWith(":") && !caption.endsWith("\uFF1A")) {
            return false;
        }
        String lower = caption.toLowerCase(Locale.ROOT);
        for (String w : FlatChainRuns.CHAIN_WORDS) {
            if (hasWord(lower, w)) {
                return true;
            }
        }
        for (String w : TOP_DOWN_WORDS) {
            if (hasWord(lower, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} occurs in {@code lower} not glued to a letter before it ({@code recall path} names none). */
    private static boolean hasWord(String lower, String w) {
        for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
            if (at == 0 || !Character.isLetter(lower.charAt(at - 1)) || w.charAt(0) > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
