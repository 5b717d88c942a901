package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * A link of an arrowed call chain written as a member set to a function ({@code --> ops->read_page =
 * foo_read_page}): the chain goes through that member and lands in the function named after it, so the link is
 * a call of that function, not an assignment, as readers of a call stack take it. It is read so only when the
 * line's arrow leads the link, the member's path is set to a bare name that ends with {@code _} and the
 * member's own name ({@code foo_read_page} for {@code read_page}), no {@code ;} ends its source line, the
 * member is no table of operations ({@code vma->vm_ops = foo_vm_ops} stays an assignment), and it stands
 * between two calls behind the same arrow, deeper than the one before and shallower than the one after (as
 * staged: a flat stack is a staircase by now): a link between its caller and what it runs.
 * <pre>
 * READ: sys_read
 * --> vfs_read
 * --> file->f_op->read_iter = foo_read_iter     a call of foo_read_iter, through f_op->read_iter
 * --> generic_read_iter
 * </pre>
 * An arrowless line ({@code dev->ops->open = foo_open} in code), a value named otherwise
 * ({@code -> regs->ip = handler}), a line among statements and one among siblings of a body (a callback set
 * between two calls at its column) stay assignments.
 */
final class LandedMemberCalls {

    private LandedMemberCalls() {
    }

    /** The block's lines with each such link read as a call of the function it lands in. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (r == null || r.kind() != StepKind.ASSIGN || l.arrow() == Arrow.NONE
                    || !(r.expression() instanceof Expr.Assign a)) {
                continue;   // the cheap test: an arrowed assignment
            }
            String landing = landing(a, r.text());
            if (landing == null || source.line(l.line()).strip().endsWith(";") || !betweenCalls(lines, i)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            Expr.Name callee = new Expr.Name(landing, a.value().range());
            out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(),
                    new StepReader.Reading(StepKind.CALL, r.text(), new Expr.Call(callee, List.of(), l.range()), null, null, null,
                            r.context()),
                    l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    /** The function a member set to it names ({@code foo_read_iter} of {@code f->read_iter = foo_read_iter}), or null. */
    private static String landing(Expr.Assign a, String text) {
        if (!"=".equals(a.op()) || !(a.target() instanceof Expr.Member m) || !(a.value() instanceof Expr.Name v)
                || text.strip().endsWith(";")) {
            return null;
        }
        String member = m.name();
        String name = v.name();
        if (member.endsWith("ops") || name.length() <= member.length() + 1 || !name.endsWith(member)
                || name.charAt(name.length() - member.length() - 1) != '_') {
            return null;
        }
        return name;
    }

    /** Whether line {@code i} stands between two calls behind its arrow, deeper than the one before, shallower than the one after. */
    private static boolean betweenCalls(List<TraceLine> lines, int i) {
        int before = step(lines, i, -1);
        int after = step(lines, i, 1);
        TraceLine l = lines.get(i);
        return isCall(lines, before, l) && isCall(lines, after, l)
                && lines.get(before).indent() < l.indent() && l.indent() < lines.get(after).indent();
    }

    private static boolean isCall(List<TraceLine> lines, int j, TraceLine l) {
        return j >= 0 && lines.get(j).reading().kind() == StepKind.CALL && lines.get(j).arrow() == l.arrow();
    }

    /** The index of the nearest step line from {@code i} in direction {@code d}, or -1. */
    private static int step(List<TraceLine> lines, int i, int d) {
        for (int j = i + d; j >= 0 && j < lines.size(); j += d) {
            if (lines.get(j).reading() != null) {
                return j;
            }
        }
        return -1;
    }
}
