package org.tracenotes.grammar;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A call path written as one tight arrow chain alone in a Markdown indented code block (a tab, or four columns or
 * more deeper than the text above it, inside a list item too) between paragraphs of prose, perhaps with branches
 * drawn under it: a lone {@code |} under one of its links, then {@code +->} and the chain of that link's other callee.
 * <pre>
 *   The timer path:
 *
 * &lt;TAB&gt;timer_irq_entry-&gt;handle_timer_irq-&gt;local_timer_event-&gt;tick_do_periodic
 *
 *   and a wakeup:
 *
 * &lt;TAB&gt;  wake_task-&gt;queue_wakeup-&gt;do_activate-&gt;activate_one-&gt;enqueue_one-&gt;...
 * &lt;TAB&gt;                              |
 * &lt;TAB&gt;                              +-&gt;do_wakeup-&gt;check_preempt-&gt;...
 * </pre>
 * Such a line is evidence of a call path by itself ({@link PlainChainParagraphs}' lone chain), though its arrows are
 * tight: {@value #MIN_LINKS} links or more, every link a bare name, all of them but one at most with an {@code _},
 * none named like data ({@code hw_ops}, {@code x_t}), none capitalised or in capitals (a menu's path
 * {@code File->Open_Recent}, a state machine's constants {@code STATE_INIT->STATE_RUN}), {@value #MIN_VERBED} at
 * least named as functions are ({@code handle}, {@code __} in front, three parts: a pipeline of two-part stages
 * such as {@code raw_input->clean_rows->train_model} has one), perhaps a dangling {@code ->...} after the last (the
 * path goes on). The block holds the chain alone: the
 * line above its paragraph (blank lines between) is less deep by a code block's four columns, the line below less
 * deep than the chain. One C statement ({@code ops->send_mask(mask, VEC);}), a member's path of short fields
 * ({@code skb->dev->name}, {@code a->b}) and a chain in a paragraph of prose are no such line. The block is of shape
 * {@link BlockShape#PLAIN_CHAINS}: the core reads the chain as a root ({@code PlainChainDepths}), each {@code +->}
 * line, led by its arrow, as a call of it and its {@code |} as a drawn stem, no step.
 */
public final class IndentedChains {

    /** Links of a chain alone in an indented code block, at least. */
    static final int MIN_LINKS = 3;
    /** Links of such a chain named as functions are ({@code handle_irq}, {@code __flush}), at least. */
    static final int MIN_VERBED = 2;
    /** Columns an indented code block is deeper than the text it stands in. */
    private static final int CODE_INDENT = 4;

    /** An arrow between two links: {@code ->}, blanks around it perhaps. */
    private static final Pattern ARROW = Pattern.compile("\\s*->\\s*");
    /** A link: a bare name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private IndentedChains() {
    }

    /**
     * Whether text lines {@code first}..{@code last}, a paragraph, are a chain alone in an indented code block, its
     * first line the chain and the others pairs of a lone {@code |} and a {@code +->} branch under it.
     */
    static boolean alone(NoteLayout layout, int first, int last) {
        String line = layout.lineText(first);
        if (line.isEmpty() || line.charAt(0) != '\t' && !line.startsWith("    ") || (last - first) % 2 != 0) {
            return false;   // the cheap test: no indented code, or a line left over past the branches
        }
        String chain = line.strip();
        if (chain.startsWith("-") || names(chain, MIN_VERBED) < MIN_LINKS || !inOwnCodeBlock(layout, first, last)) {
            return false;
        }
        int from = column(line, line.indexOf(chain.charAt(0)));
        int to = column(line, line.length());
        for (int j = first + 1; j < last; j += 2) {
            if (!branch(layout.lineText(j), layout.lineText(j + 1), from, to)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line under a chain {@code stem} is a lone {@code |} and {@code arm} a {@code +->} under it, both within the chain's columns. */
    private static boolean branch(String stem, String arm, int from, int to) {
        String s = stem.strip();
        String a = arm.strip();
        if (!s.equals("|") || !a.startsWith("+->") || names(a.substring(1), 1) < 1) {
            return false;
        }
        int column = column(stem, stem.indexOf('|'));
        return column > from && column < to && column(arm, arm.indexOf('+')) == column;
    }

    /**
     * How many names the tight chain {@code s} joins by the rules above ({@code ->} first perhaps, a branch's arm
     * after its {@code +}), {@code verbed} of them named as functions at least, or 0 when it is none.
     */
    static int names(String s, int verbed) {
        String chain = s.endsWith("->...") ? s.substring(0, s.length() - 3) : s.endsWith("->\u2026") ? s.substring(0, s.length() - 1) : s;
        boolean led = chain.startsWith("->");
        String[] parts = ARROW.split(chain.strip(), -1);
        int start = led ? 1 : 0;
        int end = parts.length - (chain.endsWith("->") ? 1 : 0);
        if (end - start < 1 || !led && parts.length < 2 || led && !parts[0].isEmpty() || end < parts.length && !parts[end].isEmpty()) {
            return 0;
        }
        int plain = 0;
        int functions = 0;
        for (int k = start; k < end; k++) {
            String name = parts[k];
            if (!NAME.matcher(name).matches() || Character.isUpperCase(name.charAt(0))
                    || name.equals(name.toUpperCase(Locale.ROOT))) {
                return 0;   // no name, a constant (`STATE_RUN`) or a capitalised item (`File`, `Open_Recent`)
            }
            int[] t = name.codePoints().toArray();
            if (name.indexOf('_') < 0) {
                plain++;
            } else if (NameShapes.dataShaped(t, 0, t.length)) {
                return 0;
            }
            functions += functionLike(name, t) ? 1 : 0;
        }
        return plain <= (end - start) / MIN_LINKS && functions >= verbed ? end - start : 0;
    }

    /**
     * Whether a link is named as a function is: {@link NameShapes#functionShaped} ({@code handle}, {@code __} in
     * front), or three parts and more, a subsystem's prefix before what it does ({@code smp_apic_timer_interrupt});
     * the two-part names of a pipeline's stages ({@code raw_input}, {@code git_push}) are none, unless a verb.
     */
    private static boolean functionLike(String name, int[] t) {
        if (NameShapes.functionShaped(t, 0, t.length)) {
            return true;
        }
        int parts = 0;
        for (String part : name.split("_")) {
            parts += part.isEmpty() ? 0 : 1;
        }
        return parts >= 3;
    }

    /**
     * Whether lines {@code first}..{@code last} are an indented code block of their own: the line above them (blank
     * lines between) less deep by {@value #CODE_INDENT} columns at least, the line below less deep than the chain.
     */
    private static boolean inOwnCodeBlock(NoteLayout layout, int first, int last) {
        int indent = layout.indentOf(first);
        if (first == 0 || !layout.blank(first - 1)) {
            return false;   // indented code opens after a blank line, never inside a paragraph
        }
        int above = first - 1;
        while (above >= 0 && layout.blank(above)) {
            above--;
        }
        if (above >= 0 && layout.indentOf(above) + CODE_INDENT > indent) {
            return false;
        }
        int below = last + 1;
        while (below < layout.lineCount() && layout.blank(below)) {
            below++;
        }
        return below >= layout.lineCount() || layout.indentOf(below) < indent;
    }

    /** The column of character {@code index} of {@code line} (ASCII before it), tabs stopping every four columns. */
    private static int column(String line, int index) {
        return IndentedCallTree.width(line.codePoints().toArray(), 0, index, 4);
    }
}
