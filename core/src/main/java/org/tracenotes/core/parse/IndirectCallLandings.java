package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * Where a call through a pointer lands, written as the next step at the call's own column: the
 * function named after the member ({@code ops->write_begin}, then {@code ext4_write_begin}) is the
 * implementation the call reaches, so it is read under the call, with what hangs below it.
 * <pre>
 * +-> ops->write_begin
 * +-> foo_write_begin         # where ops->write_begin lands: its child
 * |   +-> foo_get_block
 * +-> ops->write_end          # the caller's next step
 * </pre>
 * Several implementations listed one after another all land there. So does one named with the member's
 * name first, when that name has words of its own ({@code info->print_insn(…)}, then
 * {@code print_insn_riscv(…)}); a one-word member ({@code ops->read}) is too common a word to tell a
 * landing ({@code read_lock}) by. A call that names its landing after a spaced arrow
 * ({@code ops->recv -> tcp_recv}) lands in the next step calling exactly that name. Any other step is
 * the caller's next step, as its column says. An arrowless call ({@code --obj->handler()}, its lead a margin)
 * lands in the step right below it marked by one more {@code >} ({@code -->on_read()}), its text one column
 * right of the call's, whatever its name.
 */
final class IndirectCallLandings {

    private IndirectCallLandings() {
    }

    /** The block's lines with landings moved under the indirect call they follow. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        int n = lines.size();
        int[] delta = null;
        int[] next = null;   // next[i]: the first step line after i (one backward pass, made at the first pointer call)
        for (int i = 0; i < n; i++) {
            TraceLine call = lines.get(i);
            String member = call.reading() == null || call.reading().text().indexOf("->") < 0 && call.reading().text().indexOf('.') < 0
                    ? null : memberCalled(call);
            if (member == null) {
                continue;
            }
            if (next == null) {
                next = nextSteps(lines);
            }
            int j = next[i];
            while (j < n && (isMarkedLanding(lines.get(j), call) || isLanding(lines.get(j), call, member))) {
                boolean marked = isMarkedLanding(lines.get(j), call);   // its body is what stands right of the call
                int land = marked ? call.indent() : lines.get(j).indent();
                int shift = marked ? call.indent() + 1 - lines.get(j).indent()
                        : Math.max(1, call.textIndent() - call.indent());   // arrowless: one column deeper is under it
                if (delta == null) {
                    delta = new int[n];
                }
                int k = j;
                do {
                    delta[k] += shift;
                    k++;
                } while (k < n && (lines.get(k).isBlank() || lines.get(k).indent() > land
                        || lines.get(k).reading() == null && next[k] < n && lines.get(next[k]).indent() > land));
                j = k < n && lines.get(k).reading() == null ? next[k - 1] : k;
            }
        }
        return delta == null ? lines : moved(lines, delta);
    }

    /** The lines, each moved right by its accumulated shift (landings nested in landings add up). */
    private static List<TraceLine> moved(List<TraceLine> lines, int[] delta) {
        List<TraceLine> out = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            TraceLine t = lines.get(k);
            int d = delta[k];
            out.add(d == 0 ? t : new TraceLine(t.line(), t.indent() + d, t.textIndent() + d, t.arrow(), t.reading(),
                    t.range(), t.comments()));
        }
        return out;
    }

    /** For each line, the index of the first step line after it, or the list's size. */
    private static int[] nextSteps(List<TraceLine> lines) {
        int n = lines.size();
        int[] next = new int[n];
        int after = n;
        for (int k = n - 1; k >= 0; k--) {
            next[k] = after;
            if (lines.get(k).reading() != null) {
                after = k;
            }
        }
        return next;
    }

    /**
     * Whether a step is marked as where an arrowless call through a pointer lands by one more {@code >} than
     * the call's own lead: {@code -->cb()} under {@code --obj->handler()}, its text one column right of the
     * call's text.
     */
    private static boolean isMarkedLanding(TraceLine t, TraceLine call) {
        return call.arrow() == Arrow.NONE && t.arrow() != Arrow.NONE && t.reading() != null
                && t.reading().kind() == StepKind.CALL && t.indent() < call.indent() && t.textIndent() == call.indent() + 1;
    }

    private static boolean isLanding(TraceLine t, TraceLine call, String member) {
        if (t.reading() == null || t.reading().kind() != StepKind.CALL || t.indent() != call.indent()
                || t.arrow() != call.arrow()) {
            return false;
        }
        String name = nameCalled(t.reading().expression());
        if (namesItsLanding(call.reading().text(), member)) {
            return member.equals(name);   // `ops->recv -> tcp_recv`: that name, no other
        }
        if (name == null || name.length() <= member.length() + 1) {
            return false;
        }
        return name.endsWith(member) && name.charAt(name.length() - member.length() - 1) == '_'
                || member.indexOf('_') > 0 && name.startsWith(member) && name.charAt(member.length()) == '_';
    }

    /**
     * Whether a pointer call's text names where it lands after a spaced arrow, {@code ops->recv -> tcp_recv}
     * (C would write no blanks around a member's arrow): the next step calling that name is its landing.
     */
    private static boolean namesItsLanding(String text, String landing) {
        int at = text.lastIndexOf(" -> ");
        return at > 0 && text.startsWith(landing, at + 4) && text.length() == at + 4 + landing.length();
    }

    /** The member a call goes through ({@code write_begin} of {@code ops->write_begin(…)}), or null. */
    private static String memberCalled(TraceLine t) {
        if (t.reading().kind() != StepKind.CALL) {
            return null;
        }
        Expr e = t.reading().expression();
        if (e instanceof Expr.Call c) {
            e = c.callee();
        }
        return e instanceof Expr.Member m ? m.name() : null;
    }

    /** The plain name a call calls ({@code foo} of {@code foo(x)} or {@code foo}), or null. */
    private static String nameCalled(Expr e) {
        if (e instanceof Expr.Call c) {
            e = c.callee();
        }
        return e instanceof Expr.Name nm ? nm.name() : null;
    }
}
