package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.PlainChainLines;
import org.tracenotes.grammar.PlainChainLines.Line;

/**
 * The lines of a paragraph of one-line call chains written in a plain note's text (found by the grammar's
 * {@code PlainChainParagraphs}, shape {@code PLAIN_CHAINS}), at the depths their author meant. Nothing is indented
 * but a group's lines: each chain line is a call path complete on its line, so a root of its own; a
 * {@code * words} bullet labels the lines under it, each a call of its group; a {@code {} under a line opens a
 * group of alternatives in it ({@code or} between them a remark, no step); a bare name heads the bare names
 * right below it (the calls it makes), and a label naming a function under a chain ({@code make_fn: f}) says where
 * the chain's call lands, a call of it.
 * <pre>
 * ondemand_ra                              root
 * page_cache_ra_order(ractl, ra)           its call
 * vfs_readx -&gt; ext9_readx-&gt;generic_readx   root generic_readx
 * {
 *         filemap_fetch-&gt;submit_bio         a call of the chain
 *         or                               a remark
 *         blk_issue_read -&gt; submit_bio      a call of the chain
 * }
 * read_fn: ext9_read_pages                 a call of the chain
 * * nuclus                                 root
 * Write - ext9_page_mkwrite                its call
 * </pre>
 * A chain at the margin, a root, is named after its last link's first name ({@code generic_readx}), where the chain
 * lands and whose body the lines under it are (as {@code ChainRoots} names every one-line chain root), whether its
 * arrows are tight or spaced and a label is before it or not; every other step is read as a call of its first name
 * (after the label), a bare name or call as the lexer read it, whatever the lexer made of arrows and dashes.
 */
final class PlainChainDepths {

    /** Columns a level is moved deeper by. */
    private static final int LEVEL = 4;

    private PlainChainDepths() {
    }

    /** The block's lines at their depths when it is a paragraph of plain chains ({@code plain}); else as they are. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean plain) {
        if (!plain || lines.isEmpty()) {
            return lines;
        }
        int base = lines.get(0).indent();
        List<TraceLine> out = new ArrayList<>(lines.size());
        boolean bullet = false;   // a bullet label above: the lines at the margin are its calls
        int owner = -1;           // the depth of the line a group's brace opened under, -1 outside a group
        int lastDepth = 0;        // the depth of the last step
        Line head = null;         // the kind of the last root at the margin
        boolean names = false;    // the last root at the margin is a bare name heading bare names
        for (TraceLine l : lines) {
            String text = source.line(l.line()).strip();
            if (l.isBlank() || text.isEmpty()) {
                out.add(l);
                continue;
            }
            Line kind = PlainChainLines.kind(text);
            int depth;
            if (kind == Line.OPEN) {
                owner = lastDepth;
                depth = owner;
            } else if (kind == Line.CLOSE) {
                depth = Math.max(owner, 0);
                owner = -1;
            } else if (owner >= 0) {
                depth = owner + 1;
            } else if (kind == Line.BULLET) {
                bullet = true;
                depth = 0;
                head = kind;
            } else if (bullet) {
                depth = 1;
            } else if (kind == Line.NAME && names
                    || kind == Line.LABELLED && head != null && PlainChainLines.links(PlainChainLines.unlabelled(text)) < 2) {
                depth = 1;   // `sync_sb` under `syncfs`; `make_fn: f` under a chain
            } else {
                depth = 0;
                names = kind == Line.NAME;
                head = kind;
            }
            int indent = base + depth * LEVEL;
            if (kind == Line.OR) {
                TraceLine moved = new TraceLine(l.line(), indent, indent, Arrow.NONE, l.reading(), l.range(), l.comments());
                out.add(l.reading() == null ? moved : moved.asCommentLine());
                continue;
            }
            if (kind != Line.OPEN && kind != Line.CLOSE) {
                lastDepth = depth;
            }
            out.add(new TraceLine(l.line(), indent, indent, l.arrow(), reading(l, text, kind, depth == 0 && owner < 0 && links(text) >= 2), l.range(), l.comments()));
        }
        return out;
    }

    /**
     * The reading of step line {@code l} (its stripped text {@code text}): a chain's root ({@code root}) the name of
     * its last link, another step a call of its first name.
     */
    private static StepReader.Reading reading(TraceLine l, String text, Line kind, boolean root) {
        StepReader.Reading r = l.reading();
        if (kind == Line.OPEN || kind == Line.CLOSE || r != null && r.kind() == StepKind.CALL && kind == Line.NAME) {
            return r;
        }
        String called = kind == Line.LABELLED ? PlainChainLines.unlabelled(text) : text;
        if (kind == Line.BULLET) {
            return new StepReader.Reading(StepKind.PROSE, text, null, null, null, null, r == null ? null : r.context());
        }
        String first = root && kind != Line.NAME ? PlainChainLines.lastName(text) : null;
        first = first == null ? PlainChainLines.firstName(called) : first;
        Expr callee = new Expr.Name(first == null ? called : first, l.range());
        Expr e = root ? callee : new Expr.Call(callee, List.of(), l.range());
        return new StepReader.Reading(StepKind.CALL, text, e, null, null, null, r == null ? null : r.context());
    }

    /** How many links the chain of line {@code text} (a label before it perhaps) has. */
    private static int links(String text) {
        return PlainChainLines.links(PlainChainLines.unlabelled(text));
    }
}
