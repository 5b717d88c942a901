package org.tracenotes.core.parse;

import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;

/**
 * Where plain C written at a call's text column (the column after its arrow) belongs: the callee's
 * body, or the caller's next statement. The block's habits decide first ({@link #bodiesGoDeeper},
 * {@link #bodiesAtTextColumn}), then the lines around it ({@link #laterArrowAtColumn},
 * {@link #returnBeforeCallerGoesOn}). Part of the layout rules of {@link AuthorLayout}.
 */
final class CallBodyColumn {

    private CallBodyColumn() {
    }

    /**
     * Whether the block shows that its author writes a callee's plain C deeper than the call's text
     * column: then plain C at that column is the caller's without doubt. Evidence: an arrowless line of
     * code right below a call (not a branch head), deeper than the call's text.
     */
    static boolean bodiesGoDeeper(List<TraceLine> lines) {
        TraceLine previous = null;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            StepReader.Reading r = l.reading();
            if (previous != null && previous.arrow() != Arrow.NONE && l.arrow() == Arrow.NONE && r != null
                    && r.kind() != StepKind.PROSE && r.kind() != StepKind.BRACE && previous.reading() != null
                    && !previous.reading().kind().isBranchHead() && l.indent() > previous.textIndent()) {
                return true;
            }
            previous = l;
        }
        return false;
    }

    /**
     * Whether the block also shows its author writing a callee's code at the call's text column: a
     * {@code case} label there, right below the call ({@code -> arch_ioctl()} then
     * {@code    case KVM_OP:}), which can only be the callee's. With {@link #bodiesGoDeeper} as well,
     * the block shows both habits and plain C at a text column stays a guess.
     */
    static boolean bodiesAtTextColumn(List<TraceLine> lines) {
        TraceLine previous = null;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (previous != null && previous.arrow() != Arrow.NONE && l.arrow() == Arrow.NONE && l.reading() != null
                    && l.reading().kind() == StepKind.CASE && previous.reading() != null
                    && !previous.reading().kind().isBranchHead() && l.indent() == previous.textIndent()) {
                return true;
            }
            previous = l;
        }
        return false;
    }

    /**
     * The open call whose caller an arrowless line of code continues, or null: the line stands exactly
     * at the text column of an open call (the column after its arrow) where no open step stands, and
     * that call's body so far is deeper than its text. Authors align the caller's plain C statements
     * there ({@code -> load_segments()} then {@code    if (opts.type == UNDEF)}) and indent a callee's
     * body deeper. Not for branch heads, whose body that column is, nor for a step a brace opened, a
     * case label (the callee's switch), or a parenthesised resolved target.
     */
    static OpenLevel callContinued(TraceLine line, Deque<OpenLevel> stack, Predicate<TraceLine> opensBrace) {
        StepReader.Reading r = line.reading();
        if (line.arrow() != Arrow.NONE || r == null) {
            return null;
        }
        switch (r.kind()) {
            case PROSE, BRACE, DIRECTIVE, CASE, LABEL, ELSE, ELSE_IF -> {
                return null;
            }
            default -> {
                if (r.text().startsWith("(") || r.kind() == StepKind.DECLARATION
                        && r.context() instanceof org.tracenotes.grammar.TraceParser.ProseContext
                        && CodeInProse.isTypedObject(r.text())) {
                    return null;   // `MemoryListener: listener`: a note's label naming an object, not the caller's C
                }
            }
        }
        for (OpenLevel f : stack) {
            StepNode call = f.node();
            if (call == null || f.level() >= line.indent() && call.line.textIndent() != line.indent()) {
                continue;
            }
            if (f.braced() || call.line.arrow() == Arrow.NONE || call.kind.isBranchHead() || call.kind == StepKind.BRACE
                    || call.role == StepRole.ALTERNATIVE || call.role == StepRole.RESOLVED_TARGET
                    || opensBrace.test(call.line) || call.line.textIndent() != line.indent()
                    || call.children.stream().anyMatch(c -> c.level < line.indent()
                            || c.level == line.indent() && c.line.arrow() == Arrow.NONE)) {
                return null;
            }
            return f;
        }
        return null;
    }

    /**
     * Whether the {@code return} on line {@code at}, at the text column of the call on {@code callLevel},
     * can only be that callee's: the next line of code is an arrow at the call's own column, so the caller
     * goes on after it, which it could not after a return of its own ({@code -> proc_iomem()},
     * {@code    return proc_iomem_str;}, {@code -> callback(…)}).
     */
    static boolean returnBeforeCallerGoesOn(List<TraceLine> lines, int at, int callLevel) {
        StepReader.Reading r = lines.get(at).reading();
        if (r == null || r.kind() != StepKind.RETURN) {
            return false;
        }
        for (int i = at + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (!l.isBlank() && !l.isCommentOnly()) {
                return l.indent() == callLevel && l.arrow() != Arrow.NONE;   // the caller's next call
            }
        }
        return false;
    }

    /**
     * Whether a later line shows that the column of line {@code at} is still the body of the call
     * whose text column it is: an arrow stands at that column right after deeper lines (not as the
     * one statement of a head, nor as the target of a call, at its column), and no line between goes
     * left of it.
     * A child's arrow stands at its parent's text column, so that arrow is the call's child, and
     * the plain C before it, at the same column, is the call's body too ({@code -> cpuidle_idle_call()},
     * {@code    if (not_available)}, {@code    -> default_idle()}, …, {@code    -> call_cpuidle()}).
     */
    static boolean laterArrowAtColumn(List<TraceLine> lines, int at) {
        int column = lines.get(at).indent();
        TraceLine previous = lines.get(at);
        for (int i = at + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (l.indent() < column) {
                return false;
            }
            if (l.indent() == column && l.arrow() != Arrow.NONE && previous.indent() > column) {
                return true;
            }
            previous = l;
        }
        return false;
    }
}
