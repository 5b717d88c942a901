package org.tracenotes.core.parse;

import java.util.Deque;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;

/**
 * The kind and role a line's step takes where it stands, beyond what its text says: words naming
 * every one of something over a body are a loop; an {@code if} led by {@code ->} in the seed's dialect
 * is an else-if; a {@code =>} in the call dialect is a resolved target; a constant under a switch, or an
 * arrow-led label among its cases, is a case.
 */
final class StepKinds {

    /** A step's kind and role. */
    record Taken(StepKind kind, StepRole role) { }

    private StepKinds() {
    }

    static Taken of(TraceLine line, Dialect dialect, List<TraceLine> lines, int index, Deque<OpenLevel> stack) {
        StepReader.Reading r = line.reading();
        StepKind kind = r == null ? StepKind.PROSE : r.kind();
        if (kind == StepKind.PROSE && r != null && AuthorLayout.bodyFollows(lines, index)
                && StepReader.loopMidSentence(r.text())) {
            kind = StepKind.LOOP;   // `=> compare a and b every range[]` over what is done for each: a loop in words
        }
        if (kind == StepKind.EXPRESSION && line.arrow() != Arrow.NONE && r != null
                && ConditionCalls.callsUnderTest(r.expression()) && ConditionCalls.calleeCodeBelow(lines, index)
                && ConditionCalls.bodyFollowsPastComments(lines, index, dialect)) {
            kind = StepKind.CALL;   // `-> enabled && !setup(ops)` over `// drivers/x.c:` and the callee's lines: the call
        } else if (kind == StepKind.EXPRESSION && line.arrow() != Arrow.NONE && r != null
                && ConditionCalls.callWithDashNote(r.expression(), r.text())) {
            kind = StepKind.CALL;   // `+-> release_ctx - collect_stats`: a call, a dash, a note
        }
        if (kind == StepKind.ASSIGN && r != null && r.expression() instanceof Expr.Assign a && a.op().equals("=")
                && a.target() instanceof Expr.Call t && t.arguments().isEmpty()) {
            // `vmx_run() = ops.run(vcpu)`: C assigns to no call without arguments; the note says which function
            // that call is (`per_cpu(v, cpu) = x` and `active(cpu) |= m` are macros that C does assign to)
            kind = StepKind.CALL;
        } else if (kind == StepKind.LOOP && r != null && r.expression() instanceof Expr.Call c && ExpressionKinds.constantFirst(c)) {
            kind = StepKind.CALL;   // `dev_for_each(NULL, attach)`: a loop macro's first argument is its cursor, never a constant
        }
        kind = JoinedCalls.of(kind, r);   // `check_a && setup_b`, an arrowless `a => b => c`: calls on one line
        kind = SlashedCalls.of(kind, r);   // `a_init()/b_init();`: alternatives, one of which is called
        kind = PrototypeSteps.of(DeclaredSteps.of(kind, line), line, lines, index);   // `type name{ … }`: an assignment; `f(int a, long b)`: a declaration
        kind = TemplateDeclarations.of(kind, line);   // `std::vector<T*> v;`: a C++ declaration the C grammar reads as words
        kind = ShortAssignments.of(WordedAssignments.of(kind, line), line);   // `set x->state = READY`, `gp := getg()`: assignments
        kind = SentenceKinds.of(kind, line);   // `调用 `f` …`, `当 … 时 …`: a call, an if, in words
        kind = OneCallSentences.of(SentenceOpenings.of(kind, line), line);   // `返回 `x``, `执行 `f``, `在 … 时，`, `…，如果是则：`, past <font> markup; words naming one call
        kind = QuestionConditions.of(kind, line, lines, index);   // `count == limit?` over what is done then: an if
        StepRole role = StepRole.STEP;
        if (kind == StepKind.ELSE || kind == StepKind.ELSE_IF) {
            role = StepRole.ALTERNATIVE;
        } else if (dialect == Dialect.SEED && line.arrow() == Arrow.DASH && kind == StepKind.IF) {
            kind = StepKind.ELSE_IF;
            role = StepRole.ALTERNATIVE;
        } else if (dialect == Dialect.CALL && line.arrow() == Arrow.STEP) {
            role = StepRole.RESOLVED_TARGET;
        }
        if (kind == StepKind.CALL && r != null && r.expression() instanceof Expr.Name n
                && StepReader.CASE_CONSTANT.matcher(n.name()).matches() && stack.peek().node() != null
                && (stack.peek().node().kind == StepKind.SWITCH && line.indent() > stack.peek().level()
                    || AuthorLayout.constantCaseAt(line, stack))) {
            kind = StepKind.CASE;   // `-> RISCV_EXCP_U_ECALL` under a switch: a case label written as a child
        } else if (kind == StepKind.LABEL && line.arrow() != Arrow.NONE && AuthorLayout.enclosingSwitch(line.indent(), stack) != null) {
            kind = StepKind.CASE;   // `=> other:` among a switch's labels: a branch in words (C's own labels have no arrow)
        }
        return new Taken(kind, role);
    }
}
